import "server-only";
import { cachedByStamp, dataStamp } from "@/lib/server/cache/cache";
import type { Db } from "@/lib/server/db/prisma";
import {
  compareKeys,
  type Directions,
  type KeySpec,
  keyOf,
  keysetAfter,
  keysetOrderBy,
  type SortKey,
} from "../pagination";
import type { ListPage, Row, Window } from "./define";

/** How the resources read one page of a list: in SQL by key, or in memory for a few rows. */

export const ID: KeySpec[number] = { path: ["id"], dir: 1, type: "string" };
export const SLUG: KeySpec[number] = { path: ["slug"], dir: 1, type: "string" };
export const directionsOf = (spec: KeySpec): Directions => spec.map((f) => f.dir);

/** The Prisma arguments for one keyset page of `where` in the window's order. */
export function keyset<W>(db: Db, where: W, { keys, after, limit }: Window) {
  return {
    where: (after ? { AND: [where, keysetAfter(keys, after)] } : where) as W,
    orderBy: keysetOrderBy(db, keys) as never,
    take: limit + 1,
  };
}

export type Stats = { _count: { _all: number }; _max: { updatedAt: Date | null } };
export const COUNT_AND_NEWEST = { _count: { _all: true }, _max: { updatedAt: true } } as const;

/**
 * A list's count and newest `updatedAt`, cached by the data stamp (lib/server/cache/cache.ts): the
 * one part of a page that reads every matching row (a count over 200,000 status
 * updates filtered through their items and plans takes a couple of hundred ms).
 */
export async function statsOf(db: Db, list: string, filters: unknown, read: () => Promise<Stats>): Promise<Stats> {
  const cached = await cachedByStamp(`api-stats-${list}`, await dataStamp(db), [filters], async () => {
    const s = await read();
    return { total: s._count._all, newest: s._max.updatedAt?.toISOString() ?? null };
  });
  return { _count: { _all: cached.total }, _max: { updatedAt: cached.newest ? new Date(cached.newest) : null } };
}

/** Shapes keyset rows into a ListPage. */
export function sqlPage<R extends Record<string, unknown>, T>(
  spec: KeySpec,
  rows: R[],
  stats: Stats,
  shape: (r: R) => T,
): ListPage<T> {
  return {
    rows: rows.map((r) => ({ key: keyOf(spec, r), value: shape(r) })),
    total: stats._count._all,
    lastModified: stats._max.updatedAt,
  };
}

/**
 * A list read a page at a time in SQL: the filters as a where, the rows of one page
 * in the window's key order, and the cached count and newest change of all that match.
 */
export function sqlList<F, W, R extends Record<string, unknown>, T>(list: {
  /** Names the cached stats. */
  model: string;
  where: (filters: F) => W;
  rows: (db: Db, page: { where: W; orderBy: never; take: number }) => Promise<R[]>;
  stats: (db: Db, where: W) => Promise<Stats>;
  shape: (row: R) => T;
}): (db: Db, filters: F, window: Window) => Promise<ListPage<T>> {
  return async (db, filters, window) => {
    const where = list.where(filters);
    const [rows, stats] = await Promise.all([
      list.rows(db, keyset(db, where, window)),
      statsOf(db, list.model, filters, () => list.stats(db, where)),
    ]);
    return sqlPage(window.keys, rows, stats, list.shape);
  };
}

/** A page of a list held in memory (small lists, or keys that SQL cannot order by). */
export function memoryPage<T>(
  rows: readonly { key: SortKey; value: T; updatedAt?: Date }[],
  { keys, after, limit }: Window,
): { rows: Row<T>[]; total: number; lastModified: Date | null } {
  const directions = directionsOf(keys);
  const sorted = [...rows].sort((a, b) => compareKeys(a.key, b.key, directions));
  const rest = after ? sorted.filter((r) => compareKeys(r.key, after, directions) > 0) : sorted;
  let lastModified: Date | null = null;
  for (const r of rows) if (r.updatedAt && (!lastModified || r.updatedAt > lastModified)) lastModified = r.updatedAt;
  return {
    rows: rest.slice(0, limit + 1).map(({ key, value }) => ({ key, value })),
    total: rows.length,
    lastModified,
  };
}

/** A list's `from`/`to` years as conditions on a partial-date column (ISO strings of any precision compare as strings). */
export function yearRange(column: string, { from, to }: { from?: number; to?: number }) {
  return [
    ...(from !== undefined ? [{ [column]: { gte: String(from) } }] : []),
    ...(to !== undefined ? [{ [column]: { lt: String(to + 1) } }] : []),
  ];
}
