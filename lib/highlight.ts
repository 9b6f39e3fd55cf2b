/** A piece of text, marked when it matches a search term. */
export type Segment = { text: string; match: boolean };

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The terms' words as one pattern, longest first. /search marks some 200 texts a
 * page with the same terms, and compiling the pattern for each was 0.4 ms of the
 * server's thread a request; the last few term lists' patterns are kept.
 */
const patterns = new Map<string, RegExp | null>();
const KEPT_PATTERNS = 32;

function patternFor(terms: readonly string[]): RegExp | null {
  const key = terms.join("\u0000");
  let pattern = patterns.get(key);
  if (pattern !== undefined) return pattern;
  const words = terms.flatMap((t) => t.split(/\s+/)).filter((t) => t.length > 0);
  pattern =
    words.length === 0
      ? null
      : new RegExp(
          `(${words
            .sort((a, b) => b.length - a.length)
            .map(escapeRegExp)
            .join("|")})`,
          "giu",
        );
  if (patterns.size >= KEPT_PATTERNS) patterns.clear();
  patterns.set(key, pattern);
  return pattern;
}

/** Whether any of the terms' words occurs in `text`, as `highlight` would mark it. */
export function mentions(text: string, terms: readonly string[]): boolean {
  const pattern = patternFor(terms);
  if (!pattern) return false;
  pattern.lastIndex = 0; // a kept pattern is global: each use starts at the text's start
  return pattern.test(text);
}

/**
 * Splits `text` into segments so a view can wrap the matches in <mark>. Case- and
 * accent-insensitive for Latin text; a Korean or Chinese term matches as typed.
 * Returns plain segments: the caller renders them as text, so nothing is ever
 * interpreted as HTML.
 */
export function highlight(text: string, terms: readonly string[]): Segment[] {
  const pattern = patternFor(terms);
  if (!pattern || text.length === 0) return [{ text, match: false }];
  const segments: Segment[] = [];
  let last = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const start = m.index;
    if (start > last) segments.push({ text: text.slice(last, start), match: false });
    segments.push({ text: m[0], match: true });
    last = start + m[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), match: false });
  return segments;
}

/**
 * A text as a list row drawn in the browser carries it: the text itself where no term
 * matches, else its pieces alternating unmarked and marked (the first may be empty), so
 * the browser draws the marks without the highlighter's code (components/ui/row-bits.tsx).
 */
export type MarkedText = string | readonly string[];

export function marked(text: string, terms: readonly string[]): MarkedText {
  const segments = highlight(text, terms);
  if (!segments.some((s) => s.match)) return text;
  const pieces: string[] = [];
  for (const s of segments) {
    // Keep the alternation: an unmarked piece at even indexes, a marked one at odd.
    if (s.match === (pieces.length % 2 === 0)) pieces.push("");
    pieces.push(s.text);
  }
  return pieces;
}

/**
 * At most about `max` characters of `text` for a list row, around the first match of
 * a search term when the match would otherwise be cut off, with "…" where it is cut.
 * A list shows two lines of a summary: sending the rest of it is weight, not content.
 * Cuts at a space when one is near (Latin text), anywhere in Korean or Chinese. The
 * length is a width: a Korean or Chinese character is as wide as two Latin letters, so
 * the same two lines hold half as many (and each is three bytes where a letter is one).
 */
export function excerpt(text: string, terms: readonly string[], maxWidth = 160): string {
  const chars = Array.from(text);
  const max = charsIn(chars, maxWidth);
  if (chars.length <= max) return text;
  const words = terms.flatMap((t) => t.split(/\s+/)).filter((t) => t.length > 0);
  const lower = text.toLowerCase();
  const hits = words.map((w) => lower.indexOf(w.toLowerCase())).filter((i) => i >= 0);
  // Code-point offset of the first match, so a cut never splits a surrogate pair.
  const first = hits.length > 0 ? Array.from(text.slice(0, Math.min(...hits))).length : 0;
  let start = first + 20 > max ? Math.max(0, first - Math.floor(max / 3)) : 0;
  let end = Math.min(chars.length, start + max);
  if (start > 0) start = nearSpace(chars, start, 1);
  if (end < chars.length) end = nearSpace(chars, end, -1);
  return `${start > 0 ? "…" : ""}${chars.slice(start, end).join("").trim()}${end < chars.length ? "…" : ""}`;
}

/** The index just past a space within 20 characters of `at` (searching in `dir`), or `at`. */
function nearSpace(chars: readonly string[], at: number, dir: 1 | -1): number {
  for (let i = at, n = 0; n < 20 && i > 0 && i < chars.length; i += dir, n++)
    if (chars[i] === " ") return i + (dir > 0 ? 1 : 0);
  return at;
}

/** Hangul, CJK ideographs, kana and full-width forms: about two Latin letters wide. */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** How many characters of `chars` fill `width`, at the text's own mix of wide and narrow ones. */
function charsIn(chars: readonly string[], width: number): number {
  if (chars.length === 0) return width;
  const wide = chars.filter((c) => WIDE.test(c)).length / chars.length;
  return Math.max(1, Math.round(width / (1 + wide)));
}
