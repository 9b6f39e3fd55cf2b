import "server-only";
/**
 * Search behind one interface: callers import from "@/lib/server/search" only. SQLite
 * searches an FTS5 table (./fts.ts), PostgreSQL a tsvector table (./pg.ts); both
 * index the same tokens, so they find the same records. The staff forms' name lookup
 * (./lookup.ts) is a substring match, a scan on SQLite and a pg_trgm index on PostgreSQL.
 */
import type { Db, Tx } from "@/lib/server/db/prisma";
import { onPostgres } from "@/lib/server/db/provider";
import { SEARCH_KINDS, type SearchKind } from "./documents";
import * as fts from "./fts";
import * as pg from "./pg";
import { parseQuery } from "./tokenize";

export { highlight, type Segment } from "../../highlight";
export { indexEntity } from "./dependents";
export { SEARCH_KINDS, type SearchKind } from "./documents";
export {
  DEFAULT_LOOKUP_LIMIT,
  LOOKUP_KINDS,
  type LookupHit,
  LookupInputSchema,
  type LookupKind,
  type LookupResult,
  lookupRecords,
  MAX_LOOKUP_LIMIT,
  MAX_LOOKUP_TEXT,
} from "./lookup";
export { MAX_QUERY_LENGTH, parseQuery } from "./tokenize";
export type SearchHit = fts.SearchHit;

/** Creates the SQLite search table if missing; on PostgreSQL the migrations create it. */
export async function ensureSearchIndex(db: Db | Tx): Promise<void> {
  if (!onPostgres(db)) await fts.ensureSearchIndex(db);
}

/** Re-indexes the given agreements (all of them when `ids` is omitted). */
export function indexAgreements(db: Db | Tx, ids?: readonly string[]): Promise<number> {
  return onPostgres(db) ? pg.indexAgreements(db, ids) : fts.indexAgreements(db, ids);
}

/** Re-indexes the given records of `kind` (all of them when `ids` is omitted). */
export function indexRecords(db: Db | Tx, kind: SearchKind, ids?: readonly string[]): Promise<number> {
  return onPostgres(db) ? pg.indexRecords(db, kind, ids) : fts.indexRecords(db, kind, ids);
}

/** Rebuilds the whole index, every kind (after seeding or copying a database); returns the records indexed. */
export async function indexAllRecords(db: Db | Tx): Promise<number> {
  let total = 0;
  for (const kind of SEARCH_KINDS) total += await indexRecords(db, kind);
  return total;
}

/** The records of `kind` matching a reader's query, best first; null when the query has nothing searchable. */
export function searchRecords(db: Db | Tx, kind: SearchKind, query: string) {
  return onPostgres(db) ? pg.searchRecords(db, kind, query) : fts.searchRecords(db, kind, query);
}

/**
 * The records of each of `kinds` matching a reader's query, each kind best first
 * (/search shows them by kind); null when the query has nothing searchable.
 */
export async function searchEverything(
  db: Db | Tx,
  query: string,
  kinds: readonly SearchKind[] = SEARCH_KINDS,
): Promise<{ terms: string[]; hits: Map<SearchKind, SearchHit[]> } | null> {
  if (!onPostgres(db)) return fts.searchKinds(db, query, kinds);
  if (!parseQuery(query)) return null;
  const answers = await Promise.all(kinds.map((kind) => searchRecords(db, kind, query)));
  const hits = new Map<SearchKind, SearchHit[]>();
  kinds.forEach((kind, i) => {
    hits.set(kind, answers[i]?.hits ?? []);
  });
  return { terms: parseQuery(query)?.terms ?? [], hits };
}
