/** A piece of text, marked when it matches a search term. */
export type Segment = { text: string; match: boolean };

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Splits `text` into segments so a view can wrap the matches in <mark>. Case- and
 * accent-insensitive for Latin text; a Korean or Chinese term matches as typed.
 * Returns plain segments: the caller renders them as text, so nothing is ever
 * interpreted as HTML.
 */
export function highlight(text: string, terms: readonly string[]): Segment[] {
  const words = terms.flatMap((t) => t.split(/\s+/)).filter((t) => t.length > 0);
  if (words.length === 0 || text.length === 0) return [{ text, match: false }];
  const pattern = new RegExp(
    `(${words
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join("|")})`,
    "giu",
  );
  const segments: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    const start = m.index ?? 0;
    if (start > last) segments.push({ text: text.slice(last, start), match: false });
    segments.push({ text: m[0], match: true });
    last = start + m[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), match: false });
  return segments;
}
