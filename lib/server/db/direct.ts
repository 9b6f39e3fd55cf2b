import "server-only";
import Database from "better-sqlite3";
import { BUSY_TIMEOUT_MS, type Db, sqliteFileOf, type Tx } from "./prisma";

/**
 * Read-only connections of our own, by SQLite database file, with their prepared
 * statements, for reads that return many rows: through Prisma's query engine the rows
 * cost more than the query. On the scale database, Prisma took about 2.5 ms of a common
 * search term's 7, and reading the agreement index takes 270 ms through Prisma
 * against 50 ms directly.
 * SQLite in WAL mode lets them read beside the app's connection; what they read is
 * what is committed. On PostgreSQL, and inside a transaction (whose uncommitted writes
 * only its own connection sees), the read goes through Prisma.
 */
const readers = new Map<string, { db: Database.Database; statements: Map<string, Database.Statement> }>();

function readerFor(db: Db | Tx) {
  const file = sqliteFileOf(db);
  if (!file) return null;
  let reader = readers.get(file);
  if (!reader) {
    const connection = new Database(file, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
    reader = { db: connection, statements: new Map() };
    readers.set(file, reader);
  }
  return reader;
}

/** Runs a read-only statement (SQL both databases accept) on our own connection when there is one, else through Prisma. */
export async function readRows<T>(db: Db | Tx, sql: string, ...args: unknown[]): Promise<T[]> {
  const reader = readerFor(db);
  if (!reader) return db.$queryRawUnsafe<T[]>(sql, ...args);
  let statement = reader.statements.get(sql);
  if (!statement) {
    statement = reader.db.prepare(sql);
    reader.statements.set(sql, statement);
  }
  return statement.all(...args) as T[];
}
