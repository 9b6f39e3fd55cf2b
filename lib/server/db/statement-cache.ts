import "server-only";
import type Database from "better-sqlite3";

/**
 * Prisma's better-sqlite3 adapter prepares every statement it runs, each time
 * (`client.prepare(sql).bind(args)`, then `columns()` and `raw().all()`, or `run()`):
 * about 2% of the server's thread under /search's load, where SQLite's own work on the
 * same statements is 5%. This keeps the last `max` statements prepared, by their text,
 * and hands the adapter a view of one bound to its arguments for a single run, so a
 * statement Prisma sends again is not compiled again.
 *
 * A better-sqlite3 statement binds once for good (`bind` fixes its arguments), so the
 * view passes the arguments to each run instead. Every run is synchronous and finishes
 * before the next starts, so one statement is never in use twice at once.
 */
export const KEPT_STATEMENTS = 256;

type BoundView = {
  readonly reader: boolean;
  columns(): Database.ColumnDefinition[];
  raw(): { all(): unknown[] };
  run(): Database.RunResult;
};

type StatementView = BoundView & { bind(args: unknown[]): BoundView };

/** Replaces `db.prepare` with one that keeps statements; returns `db`. */
export function keepStatements(db: Database.Database, max = KEPT_STATEMENTS): Database.Database {
  const prepare = db.prepare.bind(db);
  const kept = new Map<string, Database.Statement>();
  const statement = (sql: string) => {
    let st = kept.get(sql);
    if (st) kept.delete(sql);
    else {
      st = prepare(sql);
      if (kept.size >= max) kept.delete(kept.keys().next().value as string);
    }
    kept.set(sql, st); // the most recently used last
    return st;
  };
  const view = (st: Database.Statement, args: unknown[]): BoundView => ({
    reader: st.reader,
    columns: () => st.columns(),
    raw: () => ({ all: () => st.raw(true).all(...args) }),
    run: () => st.run(...args),
  });
  const cached = (sql: string): StatementView => {
    const st = statement(sql);
    return { ...view(st, []), bind: (args) => view(st, args) };
  };
  return Object.assign(db, { prepare: cached as unknown as Database.Database["prepare"] });
}
