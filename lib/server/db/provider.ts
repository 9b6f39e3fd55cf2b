import "server-only";
import type { Db, Tx } from "./prisma";

/** The databases the app runs on: SQLite by default, PostgreSQL for a `postgres://` DATABASE_URL. */
export type DatabaseProvider = "sqlite" | "postgresql";

/**
 * Which database a client (or a transaction's client) talks to: Prisma keeps the
 * generated client's provider on every client it derives. The one place that asks;
 * this module imports no client, so search and the queries can use it without
 * loading a database driver.
 */
export function databaseProvider(db: Db | Tx): DatabaseProvider {
  return (db as unknown as { _activeProvider?: string })._activeProvider === "postgresql" ? "postgresql" : "sqlite";
}

export const onPostgres = (db: Db | Tx): boolean => databaseProvider(db) === "postgresql";
