/**
 * Newest first with undated rows last, as Prisma's orderBy takes it. SQLite sorts
 * NULL below every value, so a plain descending order already puts it last, and an
 * index on the column (declared DESC where it leads) serves it. Prisma's
 * `{ sort: "desc", nulls: "last" }` compiles on SQLite to `ORDER BY CASE WHEN x IS
 * NULL …`, which no index serves: every row is sorted for a page of twenty.
 * PostgreSQL sorts NULL above every value: there this must become
 * `{ sort: "desc", nulls: "last" }` (which it runs natively, index included).
 */
export const DESC_NULLS_LAST = "desc" as const;
