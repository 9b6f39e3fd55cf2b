import "server-only";
import { z } from "zod";
import { param, parseSearchParams, type RawSearchParams } from "@/lib/schemas/search-params";
import type { Locale } from "@/lib/schemas/vocab";
import { db } from "@/lib/server/db/client";
import { MAX_QUERY_LENGTH, SEARCH_KINDS, type SearchKind, searchEverything } from "@/lib/server/search";
import { hiddenIds, readResults, type SearchResult } from "@/lib/server/search/results";

export { SEARCH_KINDS, type SearchKind } from "@/lib/server/search";
export type { SearchResult } from "@/lib/server/search/results";

/** /search's state in the URL: the text, optionally one kind to list in full, and its page. */
export const SearchPageParamsSchema = z.object({
  q: param.text(MAX_QUERY_LENGTH),
  kind: param.oneOf(SEARCH_KINDS),
  page: param.page(),
});
export type SearchPageParams = z.infer<typeof SearchPageParamsSchema>;

/** Each kind shows its best few; "Show all" lists one kind, a page at a time. */
export const RESULTS_PER_GROUP = 5;
export const RESULTS_PER_PAGE = 20;

/**
 * The order of the groups when no kind has a record named exactly as the query:
 * the agreements the tracker is about first, then what carries them out, the
 * mechanisms and what happened, the bodies and people, and the sources last.
 */
const GROUP_ORDER: readonly SearchKind[] = SEARCH_KINDS;

export type SearchGroup = {
  kind: SearchKind;
  /** Every live match (at most the search's bound per kind, MAX_SEARCH_HITS). */
  total: number;
  results: SearchResult[];
  /** A record of this kind is named exactly as the query. */
  exact: boolean;
};

/** Letters and digits only, lower-cased: "Korea–China" and "korea china" are the same name. */
const normalise = (text: string) =>
  text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");

/**
 * Results named exactly as the query first (BM25 may put a longer title that repeats a
 * word above it), and whether there is one. Each name is normalised once: /search reads
 * 20 results of each kind for this, some 600 names a page.
 */
function exactFirst(results: SearchResult[], query: string): { ordered: SearchResult[]; exact: boolean } {
  const wanted = normalise(query);
  const exact = new Set(results.filter((r) => r.names.some((n) => normalise(n) === wanted)));
  if (exact.size === 0) return { ordered: results, exact: false };
  return { ordered: [...exact, ...results.filter((r) => !exact.has(r))], exact: true };
}

async function readGroup(
  kind: SearchKind,
  ids: string[],
  { q, page, locale, terms, full }: { q: string; page: number; locale: Locale; terms: string[]; full: boolean },
): Promise<SearchGroup & { page: number; pageCount: number }> {
  const hidden = await hiddenIds(db, kind);
  const live = hidden.size === 0 ? ids : ids.filter((id) => !hidden.has(id));
  const pageCount = Math.max(1, Math.ceil(live.length / RESULTS_PER_PAGE));
  const shown = Math.min(page, pageCount);
  // The exact match is looked for among the first page's worth, where ranking puts it.
  const start = full ? (shown - 1) * RESULTS_PER_PAGE : 0;
  const read = await readResults(db, kind, live.slice(start, start + RESULTS_PER_PAGE), locale, terms);
  const { ordered, exact } = start === 0 ? exactFirst(read, q) : { ordered: read, exact: false };
  return {
    kind,
    total: live.length,
    results: full ? ordered : ordered.slice(0, RESULTS_PER_GROUP),
    exact,
    page: shown,
    pageCount,
  };
}

/**
 * Everything /search shows for a query: its parameters and their errors, and the
 * matches grouped by kind (groups with a record named exactly as the query first),
 * each with its best few; or, with `kind`, that kind's matches a page at a time.
 */
export async function getSearchPage(locale: Locale, searchParams: RawSearchParams) {
  const { values, errors } = parseSearchParams(SearchPageParamsSchema, searchParams);
  const base = {
    params: values,
    errors,
    terms: [] as string[],
    groups: [] as SearchGroup[],
    page: 1,
    pageCount: 1,
    total: 0,
  };
  if (!values.q) return { ...base, state: "empty" as const };
  const kinds = values.kind ? [values.kind] : GROUP_ORDER;
  const found = await searchEverything(db, values.q, kinds);
  if (!found) return { ...base, state: "unsearchable" as const };
  const q = values.q;
  const groups = await Promise.all(
    kinds.map((kind) =>
      readGroup(
        kind,
        (found.hits.get(kind) ?? []).map((h) => h.id),
        {
          q,
          page: values.page,
          locale,
          terms: found.terms,
          full: values.kind !== undefined,
        },
      ),
    ),
  );
  const nonEmpty = groups.filter((g) => g.total > 0);
  const ordered = [...nonEmpty.filter((g) => g.exact), ...nonEmpty.filter((g) => !g.exact)];
  const total = nonEmpty.reduce((sum, g) => sum + g.total, 0);
  return {
    ...base,
    state: total === 0 ? ("none" as const) : ("found" as const),
    terms: found.terms,
    groups: ordered.map(({ page: _p, pageCount: _c, ...g }) => g),
    page: groups[0]?.page ?? 1,
    pageCount: values.kind ? (groups[0]?.pageCount ?? 1) : 1,
    total,
  };
}

export type SearchPageData = Awaited<ReturnType<typeof getSearchPage>>;
