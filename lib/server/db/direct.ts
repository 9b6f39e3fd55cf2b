import "server-only";
import path from "node:path";
import { Worker } from "node:worker_threads";
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

/**
 * The worker thread behind `readRowsAside` (./read-worker.mjs, found from the working
 * directory as the import's parse worker is), started on first use and held (`ref`)
 * only while it has statements to answer, so that it never keeps a script or a test
 * from exiting. Should it stop, what it was asked fails and the next read starts another.
 */
type Pending = { resolve: (rows: unknown[]) => void; reject: (error: Error) => void };
let aside: { worker: Worker; pending: Map<number, Pending> } | undefined;
let nextRead = 0;

const WORKER_FILE = path.join(process.cwd(), "lib/server/db/read-worker.mjs");

function asideWorker() {
  if (aside) return aside;
  const worker = new Worker(WORKER_FILE);
  const pending = new Map<number, Pending>();
  const current = { worker, pending };
  const failAll = (error: Error) => {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
    // The next read starts a new worker.
    if (aside === current) aside = undefined;
  };
  worker.on(
    "message",
    (message: { id: number; rows?: unknown[]; error?: { name: string; message: string; code?: string } }) => {
      const waiting = pending.get(message.id);
      if (!waiting) return;
      pending.delete(message.id);
      if (pending.size === 0) worker.unref();
      if (message.error) {
        waiting.reject(
          Object.assign(new Error(message.error.message), { name: message.error.name, code: message.error.code }),
        );
      } else waiting.resolve(message.rows ?? []);
    },
  );
  worker.on("error", failAll);
  worker.on("exit", (code) => failAll(new Error(`The SQLite read worker stopped (exit code ${code})`)));
  worker.unref();
  aside = current;
  return aside;
}

/**
 * The requests the server is answering at this moment, counted by
 * lib/server/cache/serve.mjs (absent under `next start`, in scripts and in tests).
 */
export const REQUESTS_IN_FLIGHT = Symbol.for("tracker.requestsInFlight");

/** Whether requests other than this one are waiting for this thread. */
function othersWaiting(): boolean {
  return ((globalThis as { [REQUESTS_IN_FLIGHT]?: number })[REQUESTS_IN_FLIGHT] ?? 0) > 1;
}

/**
 * As `readRows`, but while the server answers other requests too, the statement runs
 * on a worker thread of its own, and this thread renders those requests meanwhile: for
 * statements that cost milliseconds and return few rows (a common term's ranking).
 * Alone, the statement runs here: the worker's round trip cost about 0.5 ms on this
 * 2-core machine, a thread woken on the other core, and nothing else was waiting.
 * The rows are copied between threads, so a statement returning thousands of rows
 * belongs on `readRows`.
 */
export async function readRowsAside<T>(db: Db | Tx, sql: string, ...args: unknown[]): Promise<T[]> {
  const file = sqliteFileOf(db);
  if (!file || !othersWaiting()) return readRows<T>(db, sql, ...args);
  return onWorker<T>(file, sql, args);
}

/**
 * As `readRowsAside`, but on the worker even when this request is the only one: for a
 * statement that costs milliseconds while this thread has other statements of the
 * same request to run meanwhile (/search ranks the agreements here while the worker
 * ranks the plan items), so that the two cores share one reader's wait.
 */
export async function readRowsBeside<T>(db: Db | Tx, sql: string, ...args: unknown[]): Promise<T[]> {
  const file = sqliteFileOf(db);
  if (!file) return readRows<T>(db, sql, ...args);
  return onWorker<T>(file, sql, args);
}

function onWorker<T>(file: string, sql: string, args: unknown[]): Promise<T[]> {
  const background = asideWorker();
  const id = ++nextRead;
  const rows = new Promise<unknown[]>((resolve, reject) => background.pending.set(id, { resolve, reject }));
  background.worker.ref();
  background.worker.postMessage({ id, file, sql, args, timeout: BUSY_TIMEOUT_MS });
  return rows as Promise<T[]>;
}
