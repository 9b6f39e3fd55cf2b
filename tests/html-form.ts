/**
 * A form's fields read from server-rendered HTML as a browser without JavaScript
 * would submit them (hidden server-action fields included): inputs (radios and
 * checkboxes when checked), textareas, and selects' chosen options. For scripts that
 * post staff forms over HTTP (scripts/soak.ts).
 */
export type Field = [name: string, value: string];

const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([^\s=/>]+)(?:="([^"]*)")?/g)) out[m[1] ?? ""] = decode(m[2] ?? "");
  return out;
}

/** The fields of the first form whose HTML contains `marker`, in document order; null when there is none. */
export function formFields(html: string, marker: string): Field[] | null {
  const form = [...html.matchAll(/<form\b[^>]*>([\s\S]*?)<\/form>/g)]
    .map((m) => m[1] ?? "")
    .find((f) => f.includes(marker));
  if (form === undefined) return null;
  const fields: { at: number; field: Field }[] = [];
  for (const m of form.matchAll(/<input\b([^>]*)>/g)) {
    const a = attributes(m[1] ?? "");
    if (!a.name || a.type === "submit") continue;
    if ((a.type === "radio" || a.type === "checkbox") && !("checked" in a)) continue;
    fields.push({ at: m.index ?? 0, field: [a.name, a.value ?? (a.type === "checkbox" ? "on" : "")] });
  }
  for (const m of form.matchAll(/<textarea\b([^>]*)>([\s\S]*?)<\/textarea>/g)) {
    const a = attributes(m[1] ?? "");
    if (a.name) fields.push({ at: m.index ?? 0, field: [a.name, decode(m[2] ?? "")] });
  }
  for (const m of form.matchAll(/<select\b([^>]*)>([\s\S]*?)<\/select>/g)) {
    const a = attributes(m[1] ?? "");
    if (!a.name) continue;
    const options = [...(m[2] ?? "").matchAll(/<option\b([^>]*)>/g)].map((o) => attributes(o[1] ?? ""));
    const chosen = options.filter((o) => "selected" in o);
    const values = chosen.length > 0 || "multiple" in a ? chosen : options.slice(0, 1);
    for (const o of values) fields.push({ at: m.index ?? 0, field: [a.name, o.value ?? ""] });
  }
  return fields.sort((x, y) => x.at - y.at).map((f) => f.field);
}

/** The fields with `name` set to one value (replacing every value it had). */
export function withField(fields: readonly Field[], name: string, value: string): Field[] {
  const kept = fields.filter(([n]) => n !== name);
  return [...kept, [name, value]];
}

/** The value of a field, or undefined. */
export const fieldValue = (fields: readonly Field[], name: string) => fields.find(([n]) => n === name)?.[1];

/** The text of the element with this data-testid (tags stripped), or "". */
export function testIdText(html: string, testId: string): string {
  const m = html.match(new RegExp(`data-testid="${testId}"[^>]*>([\\s\\S]*?)</div>`));
  return decode((m?.[1] ?? "").replace(/<[^>]+>/g, "")).trim();
}

/** A multipart body of these fields, as a browser posts a form: the bytes and their content type. */
export async function multipart(fields: readonly Field[]): Promise<{ body: Buffer; type: string }> {
  const data = new FormData();
  for (const [name, value] of fields) data.append(name, value);
  const request = new Request("http://localhost/", { method: "POST", body: data });
  return {
    body: Buffer.from(await request.arrayBuffer()),
    type: request.headers.get("content-type") ?? "multipart/form-data",
  };
}
