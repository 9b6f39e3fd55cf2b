// @ts-check
/**
 * The data's generation, shared by everything in this process that keeps rendered
 * pages: Next.js's cache handler (lib/server/cache/handler.cjs) and the response cache in
 * front of it (lib/server/cache/serve.mjs). A kept page is current while the generation it
 * was made in is.
 *
 * The generation moves
 * - at once, when a write in this process calls revalidatePublicPages()
 *   (lib/server/cache/revalidate.ts calls `bump()` through the global below), and
 * - within CACHE_STAMP_CHECK_MS (default a second) of a write anywhere else: another
 *   instance, a script, a restore. Every write records an audit entry in its
 *   transaction, so the newest entry is a stamp of the data; `current()` reads it at
 *   most once per interval (one indexed row) and moves the generation when it moved.
 *
 * The state lives on a process-wide global, not in this module: Next.js and
 * lib/server/cache/serve.mjs may each load their own copy of the file, and both must see one
 * generation. Plain CommonJS: loaded unbundled by Next.js and by serve.mjs.
 */
const path = require("node:path");

const KEY = Symbol.for("tracker.data-stamp");
/** How often (ms) the database's stamp is read. */
const CHECK_EVERY_MS = Number(process.env.CACHE_STAMP_CHECK_MS ?? 1000);
const NEWEST_AUDIT = 'SELECT "id", "at" FROM "AuditEntry" ORDER BY "at" DESC, "id" DESC LIMIT 1';

/** @returns {() => Promise<string>} reads the data stamp from the configured database */
function stampReader() {
  const url = process.env.DATABASE_URL ?? "file:./data/tracker.db";
  if (/^postgres(ql)?:\/\//i.test(url)) {
    const { Pool } = require("pg");
    const pool = new Pool({ connectionString: url, max: 1 });
    return async () => {
      const { rows } = await pool.query(NEWEST_AUDIT);
      return rows[0] ? `${new Date(rows[0].at).toISOString()}/${rows[0].id}` : "initial";
    };
  }
  const Database = require("better-sqlite3");
  /** @type {import("better-sqlite3").Database | null} */
  let db = null;
  return async () => {
    db ??= new Database(path.resolve(url.slice("file:".length)), { readonly: true, fileMustExist: true });
    const row = /** @type {{ id: string; at: unknown } | undefined} */ (db.prepare(NEWEST_AUDIT).get());
    return row ? `${String(row.at)}/${row.id}` : "initial";
  };
}

/**
 * @typedef {{
 *   generation: number;
 *   read: (() => Promise<string>) | null;
 *   seen: string | null;
 *   checkedAt: number;
 *   pending: Promise<number> | null;
 * }} State
 */

/** @returns {State} */
function state() {
  const g = /** @type {Record<symbol, State | undefined>} */ (/** @type {unknown} */ (globalThis));
  g[KEY] ??= { generation: 0, read: null, seen: null, checkedAt: 0, pending: null };
  return g[KEY];
}

/** Moves the generation: everything kept before now is out of date. */
function bump() {
  state().generation += 1;
}

/**
 * The current generation, after reading the database's stamp if the last read is
 * older than CHECK_EVERY_MS. A database that cannot be read (first start, a restore
 * in progress) leaves the generation as it is.
 * @returns {Promise<number>}
 */
function current() {
  const s = state();
  if (Date.now() - s.checkedAt < CHECK_EVERY_MS) return Promise.resolve(s.generation);
  s.pending ??= (async () => {
    try {
      s.read ??= stampReader();
      const stamp = await s.read();
      if (s.seen !== null && stamp !== s.seen) s.generation += 1;
      s.seen = stamp;
    } catch {
      // Keep serving what is kept.
    } finally {
      s.checkedAt = Date.now();
      s.pending = null;
    }
    return s.generation;
  })();
  return s.pending;
}

module.exports = { bump, current, KEY };
