import "server-only";
import type { Db, Tx } from "@/lib/server/db/prisma";
import { onPostgres } from "@/lib/server/db/provider";

/**
 * Newest first with undated rows last, as Prisma's orderBy takes it, for the
 * database at hand. SQLite sorts NULL below every value, so a plain descending order
 * already puts it last, and an index on the column (declared DESC where it leads)
 * serves it; Prisma's `{ sort: "desc", nulls: "last" }` would compile there to
 * `ORDER BY CASE WHEN x IS NULL …`, which no index serves: every row sorted for a
 * page of twenty. PostgreSQL sorts NULL above every value, and runs `NULLS LAST`
 * natively, index included.
 */
export function descNullsLast(db: Db | Tx) {
  return onPostgres(db) ? ({ sort: "desc", nulls: "last" } as const) : ("desc" as const);
}
