/**
 * The hidden inputs of the sign-in form (the server action's id and state), read
 * from /login's HTML, so that a script or test can post the form as a browser
 * without JavaScript does (tests/e2e/http-session.ts, scripts/soak.ts).
 */
export function loginFormFields(html: string): Record<string, string> {
  // The page's server-action form (the header's search form comes first on every page).
  const form =
    [...html.matchAll(/<form[^>]*>([\s\S]*?)<\/form>/g)]
      .map((m) => m[1] ?? "")
      .find((f) => f.includes('name="$ACTION')) ?? "";
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
