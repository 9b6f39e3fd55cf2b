import "server-only";
/**
 * Search behind one interface: callers import from "@/lib/server/search" only. SQLite
 * searches an FTS5 table (./fts.ts), PostgreSQL a tsvector table (./pg.ts); both
 * index the same tokens, so they find the same records. The staff forms' name lookup
 * (./lookup.ts) is a substring match, a scan on SQLite and a pg_trgm index on PostgreSQL.
 */
import type { Db, Tx } from "@/lib/server/db/prisma";
import { onPostgres } from "@/lib/server/db/provider";
import * as fts from "./fts";
import * as pg from "./pg";

export { highlight, type Segment } from "../../highlight";
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
export type SearchKind = fts.SearchKind;

/** Creates the SQLite search table if missing; on PostgreSQL the migrations create it. */
export async function ensureSearchIndex(db: Db | Tx): Promise<void> {
  if (!onPostgres(db)) await fts.ensureSearchIndex(db);
}

/** Re-indexes the given agreements (all of them when `ids` is omitted). */
export function indexAgreements(db: Db | Tx, ids?: readonly string[]): Promise<number> {
  return onPostgres(db) ? pg.indexAgreements(db, ids) : fts.indexAgreements(db, ids);
}

/** The records of `kind` matching a reader's query, best first; null when the query has nothing searchable. */
export function searchRecords(db: Db | Tx, kind: SearchKind, query: string) {
  return onPostgres(db) ? pg.searchRecords(db, kind, query) : fts.searchRecords(db, kind, query);
}
