import { z } from "zod";

/**
 * /compare?a=<slug>&a=<slug>…: which agreements to set side by side. The URL holds
 * the selection (the agreements list's checkboxes send it as a GET form), so a
 * comparison is a link anyone can open, with or without JavaScript.
 */

export const COMPARE_MIN = 2;
export const COMPARE_MAX = 4;

const SLUG = /^[a-z0-9-]{1,120}$/;

/** What can be wrong with a selection, as a code the page words in the reader's language. */
export type CompareProblem =
  | { code: "none" }
  | { code: "tooFew"; values: { count: number; min: number } }
  | { code: "tooMany"; values: { count: number; max: number } }
  | { code: "notIdentifier"; values: { value: string } }
  | { code: "unknown"; values: { slug: string } };

/** The values of `a`, given once or several times; blanks dropped. */
const asList = (v: unknown) =>
  (v === undefined ? [] : Array.isArray(v) ? v : [v]).filter((s) => typeof s !== "string" || s.trim() !== "");

/** The same agreement ticked twice (or typed twice into the URL) is compared once. */
const unique = (slugs: string[]) => [...new Set(slugs)];

/**
 * Each value must look like a slug; then, once duplicates are gone, there must be
 * two to four of them. Whether they name live agreements is the loader's question
 * (lib/server/queries/compare.ts), which reports an unknown one the same way.
 */
export const CompareSlugsSchema = z.preprocess(
  asList,
  z.array(z.string().regex(SLUG)).transform(unique).pipe(z.array(z.string()).min(COMPARE_MIN).max(COMPARE_MAX)),
);

/** Shown values are cut short: a URL may carry anything, at any length. */
const shown = (value: unknown) => {
  const text = typeof value === "string" ? value : String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
};

/** The selection in the URL, or what is wrong with it (every bad value, or the count). */
export function parseCompareSlugs(
  raw: unknown,
): { ok: true; slugs: string[] } | { ok: false; problems: CompareProblem[] } {
  const parsed = CompareSlugsSchema.safeParse(raw);
  if (parsed.success) return { ok: true, slugs: parsed.data };
  const given = asList(raw);
  const problems = parsed.error.issues.map((issue): CompareProblem => {
    if (issue.code === "too_small") {
      const count = unique(given as string[]).length;
      return count === 0 ? { code: "none" } : { code: "tooFew", values: { count, min: COMPARE_MIN } };
    }
    if (issue.code === "too_big") {
      return { code: "tooMany", values: { count: unique(given as string[]).length, max: COMPARE_MAX } };
    }
    const index = typeof issue.path[0] === "number" ? issue.path[0] : -1;
    return { code: "notIdentifier", values: { value: shown(given[index] ?? raw) } };
  });
  return { ok: false, problems };
}
