import "server-only";
/**
 * The PostgreSQL search index's table (lib/server/search/pg.ts), made outside the
 * migrations like SQLite's FTS5 tables: the PostgreSQL migrations must neither drop
 * it nor count it as drift (scripts/lib/migrate.ts passes this list to the engine).
 */
export const PG_SEARCH_TABLE = "search_doc";
// PostgreSQL wants external tables schema-qualified.
export const PG_EXTERNAL_TABLES = [`public.${PG_SEARCH_TABLE}`];
