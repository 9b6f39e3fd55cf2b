/**
 * The hidden inputs of the sign-in form (the server action's id and state), read
 * from /login's HTML, so that a script or test can post the form as a browser
 * without JavaScript does (tests/e2e/http-session.ts, scripts/soak.ts).
 */
export function loginFormFields(html: string): Record<string, string> {
  const form = html.match(/<form[^>]*>([\s\S]*?)<\/form>/)?.[1] ?? "";
  const decode = (s: string) =>
    s
      .replace(/&quot;/g, '"')
      .replace(/&#x27;/g, "'")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&");
  const fields: Record<string, string> = {};
  for (const m of form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?\/>/g))
    fields[decode(m[1] ?? "")] = decode(m[2] ?? "");
  return fields;
}
