/**
 * The search module's own time, in process, on whatever database `db` is open on
 * (the scale database: `npm run seed:scale`, or a PostgreSQL copy of it): the
 * figures of `npm run bench` and of scripts/bench-search.ts. Every query is first run
 * WARM_RUNS times untimed (the search's own connection opens and prepares its
 * statements, and V8 compiles the code on the way), then each is timed `runs` times; a query is rare when it finds a handful of records, common otherwise,
 * and each kind has its target (docs/search-profile.md).
 */
import type { Db, Tx } from "../../lib/server/db/prisma";
import { searchRecords } from "../../lib/server/search";

export type PrismaClientLike = Db | Tx;

/** p95 targets in milliseconds: a rare term's search costs little more than its statement. */
export const SEARCH_TARGETS = { rare: 1, common: 4 } as const;

/** A query finding at most this many records is rare. */
export const RARE_HITS = 10;

export type SearchFigure = {
  label: string;
  query: string;
  kind: "rare" | "common";
  hits: number;
  p50: number;
  p95: number;
  targetMs: number;
  ok: boolean;
};

/**
 * The queries timed, by language. On the scale database the record numbers find one
 * agreement each ("no 4321" through its title's "no. 4321", 제4321호, 第4321号); every
 * other query finds the 500 a search returns at most.
 */
export const SEARCH_QUERIES: readonly { language: string; query: string }[] = [
  { language: "English", query: "cooperation" },
  { language: "English phrase", query: "carbon markets" },
  { language: "English", query: "no 4321" },
  { language: "Korean", query: "협력" },
  { language: "Korean", query: "해양쓰레기" },
  { language: "Korean", query: "제4321호" },
  { language: "Chinese", query: "合作" },
  { language: "Chinese", query: "碳" },
  { language: "Chinese", query: "第4321号" },
];

/**
 * Untimed runs of every query before any is timed: a server answering searches is
 * warm. With one, the first query timed paid for V8 compiling the search's code: its
 * 14th to 30th runs took 7 ms where the others took 2.7 (docs/search-profile.md).
 */
export const WARM_RUNS = 30;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}

/** Times `searchRecords(db, "agreement", query)` for each of SEARCH_QUERIES. */
export async function searchFigures(db: PrismaClientLike, opts: { runs: number }): Promise<SearchFigure[]> {
  for (let i = 0; i < WARM_RUNS; i++)
    for (const { query } of SEARCH_QUERIES) await searchRecords(db, "agreement", query);
  const hits = await Promise.all(
    SEARCH_QUERIES.map(async ({ query }) => (await searchRecords(db, "agreement", query))?.hits.length ?? 0),
  );
  // In turns, one run of each query after another: a stretch of the machine being
  // slow (this one is a shared VM) weighs on every query alike, not on whichever was
  // being timed.
  const times: number[][] = SEARCH_QUERIES.map(() => []);
  for (let i = 0; i < opts.runs; i++) {
    for (const [q, { query }] of SEARCH_QUERIES.entries()) {
      const t = performance.now();
      await searchRecords(db, "agreement", query);
      times[q]?.push(performance.now() - t);
    }
  }
  return SEARCH_QUERIES.map(({ language, query }, q) => {
    const sorted = [...(times[q] ?? [])].sort((a, b) => a - b);
    const found = hits[q] ?? 0;
    const kind = found <= RARE_HITS ? "rare" : "common";
    const p95 = percentile(sorted, 0.95);
    return {
      label: `${kind}, ${language}`,
      query,
      kind,
      hits: found,
      p50: percentile(sorted, 0.5),
      p95,
      targetMs: SEARCH_TARGETS[kind],
      ok: p95 <= SEARCH_TARGETS[kind],
    };
  });
}

/** The figures as a markdown table. */
export function searchTable(figures: readonly SearchFigure[]): string {
  const rows = figures.map(
    (f) =>
      `| ${f.label} (“${f.query}”) | ${f.hits} | ${f.p50.toFixed(2)} | ${f.p95.toFixed(2)} | ≤ ${f.targetMs} | ${f.ok ? "yes" : "**no**"} |`,
  );
  return [
    "| query | hits | p50 ms | p95 ms | target p95 ms | met |",
    "| --- | ---: | ---: | ---: | ---: | --- |",
    ...rows,
  ].join("\n");
}
