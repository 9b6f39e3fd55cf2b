// Runs read-only SQLite statements for ./direct.ts's `readRowsAside` in a worker thread
// (node:worker_threads), so that a statement's time (a never-asked search's BM25
// ranking: about 3 ms of its 17 on the scale database) is spent beside the server's one
// JavaScript thread instead of on it. Plain JavaScript, started by path from the
// project's folder, as ../services/import/parse-worker.mjs is. It keeps connections of
// its own, by database file, each with its prepared statements, as direct.ts's
// in-thread readers do.
//
// In:  { id, file, sql, args, timeout } (timeout: SQLite's busy timeout, ms)
// Out: { id, rows } or { id, error: { name, message, code } }
import { parentPort } from "node:worker_threads";
import Database from "better-sqlite3";

/** @type {Map<string, { db: import("better-sqlite3").Database; statements: Map<string, import("better-sqlite3").Statement> }>} */
const readers = new Map();

function readerFor(file, timeout) {
  let reader = readers.get(file);
  if (!reader) {
    reader = { db: new Database(file, { readonly: true, fileMustExist: true, timeout }), statements: new Map() };
    readers.set(file, reader);
  }
  return reader;
}

parentPort.on("message", ({ id, file, sql, args, timeout }) => {
  try {
    const reader = readerFor(file, timeout);
    let statement = reader.statements.get(sql);
    if (!statement) {
      statement = reader.db.prepare(sql);
      reader.statements.set(sql, statement);
    }
    parentPort.postMessage({ id, rows: statement.all(...args) });
  } catch (error) {
    const { name, message, code } = error instanceof Error ? error : new Error(String(error));
    parentPort.postMessage({ id, error: { name, message, code } });
  }
});
