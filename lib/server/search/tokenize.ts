import "server-only";

/**
 * Tokenising for search in English, Korean and Chinese.
 *
 * SQLite's own tokenizers fail Korean and Chinese readers: `trigram` matches nothing
 * shorter than three characters (탄소, 碳), `unicode61` keeps a run of Han or Hangul
 * as one token (탄소시장 matches, 탄소 does not). So, as Lucene's CJK analyzer does,
 * we index every Han/Hangul/kana run as its single characters and its overlapping
 * bigrams, and Latin text as words; the FTS5 table then only splits on spaces.
 * A query is tokenised the same way: a one-character CJK term looks up the character,
 * a longer one requires all its bigrams; a Latin word matches as a prefix
 * ("market" finds "markets").
 */

const CJK = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;
// Runs of CJK characters, or of letters/digits in any other script.
const RUNS = /([\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]+)|([\p{L}\p{N}]+)/gu;

/** Latin (and other alphabetic) words are compared lower-cased and without accents. */
function normaliseWord(word: string): string {
  return word.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

function cjkGrams(run: string): { unigrams: string[]; bigrams: string[] } {
  const chars = Array.from(run);
  const bigrams: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) bigrams.push(chars[i] + (chars[i + 1] as string));
  return { unigrams: chars, bigrams };
}

/** The space-separated token stream stored in the FTS5 table for a piece of text. */
export function tokensForIndex(text: string): string {
  const out: string[] = [];
  for (const m of text.normalize("NFKC").matchAll(RUNS)) {
    if (m[1]) {
      const { unigrams, bigrams } = cjkGrams(m[1]);
      out.push(...unigrams, ...bigrams);
    } else if (m[2]) {
      out.push(normaliseWord(m[2]));
    }
  }
  return out.join(" ");
}

export type ParsedQuery = {
  /** The FTS5 MATCH expression, every token quoted: nothing the reader types is an operator. */
  match: string;
  /** The terms as typed, for highlighting matches in the original text. */
  terms: string[];
};

export const MAX_QUERY_LENGTH = 200;

/** FTS5 string literal: wrapped in double quotes, inner quotes doubled. */
function quote(token: string): string {
  return `"${token.replaceAll('"', '""')}"`;
}

/**
 * Parses what a reader typed. Accepted syntax: words (all must match) and
 * "quoted phrases" (the words in that order). Everything else — FTS5 operators
 * (AND, OR, NOT, NEAR), `*`, `^`, `:`, parentheses, stray quotes — is plain text.
 * Returns null when nothing searchable is left.
 */
export function parseQuery(input: string): ParsedQuery | null {
  const text = input.normalize("NFKC").slice(0, MAX_QUERY_LENGTH);
  const clauses: string[] = [];
  const terms: string[] = [];
  const parts = text.split('"');
  parts.forEach((part, i) => {
    // Odd parts sit between a pair of quotes, unless it's the unterminated tail.
    const isPhrase = i % 2 === 1 && i < parts.length - 1;
    const latinWords: string[] = [];
    for (const m of part.matchAll(RUNS)) {
      if (m[1]) {
        terms.push(m[1]);
        const { unigrams, bigrams } = cjkGrams(m[1]);
        const grams = bigrams.length > 0 ? bigrams : unigrams;
        clauses.push(grams.map(quote).join(" AND "));
      } else if (m[2]) {
        const word = normaliseWord(m[2]);
        if (isPhrase) latinWords.push(word);
        else {
          terms.push(m[2]);
          clauses.push(`${quote(word)}*`);
        }
      }
    }
    if (isPhrase && latinWords.length > 0) {
      terms.push(latinWords.join(" "));
      clauses.push(quote(latinWords.join(" ")));
    }
  });
  if (clauses.length === 0) return null;
  return { match: clauses.map((c) => `(${c})`).join(" AND "), terms };
}

/**
 * The clauses a match from parseQuery requires, all of them: it is `(c1) AND (c2)…`,
 * and no token holds a parenthesis, so the clauses are what lies between `) AND (`.
 */
export function clausesOf(match: string): string[] {
  return match.slice(1, -1).split(") AND (");
}

export function isCjk(text: string): boolean {
  return CJK.test(text);
}
