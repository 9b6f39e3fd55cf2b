import "server-only";

/**
 * Characters XML 1.0 cannot carry (C0 controls but tab, newline and carriage return;
 * lone surrogates, which a `u` regular expression sees as such; U+FFFE and U+FFFF),
 * and the C1 controls, which it only discourages. They are dropped: no escape exists.
 */
const NOT_XML = /(?![\t\n\r])[\p{Cc}\uFFFE\uFFFF\uD800-\uDFFF]/gu;

/** Markup characters, and the whitespace an XML parser would normalise (\r to \n; tabs and newlines in attributes). */
const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  "\r": "&#13;",
  "\n": "&#10;",
  "\t": "&#9;",
};

/**
 * Any string as XML character data or an attribute value: every markup character
 * escaped, so that no text (`]]>`, `</title>`, `<script>`) can close an element or
 * open one. Used for every field of the feeds instead of CDATA sections, which a
 * `]]>` in the text ends.
 */
export function xmlText(value: string): string {
  return value.replace(NOT_XML, "").replace(/[&<>"'\r\n\t]/g, (c) => ENTITIES[c] ?? c);
}

/** `<name attr="…">text</name>`, with the text and attributes escaped. */
export function element(name: string, text: string | null, attributes: Record<string, string> = {}): string {
  const attrs = Object.entries(attributes)
    .map(([k, v]) => ` ${k}="${xmlText(v)}"`)
    .join("");
  return text === null ? `<${name}${attrs}/>` : `<${name}${attrs}>${xmlText(text)}</${name}>`;
}
