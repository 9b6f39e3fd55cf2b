// @ts-check
/**
 * Next.js's cache handler (next.config.ts `cacheHandler`), so that several app
 * instances on one database agree about cached pages (docs/decisions/0006,
 * docs/deploy.md).
 *
 * Each instance keeps rendered pages in its own memory, as Next.js does by default
 * (this class is Next's own cache, extended). An edit through one instance
 * revalidates that instance's pages at once (lib/revalidate.ts); the others learn of
 * it from the database: every write records an audit entry in its transaction, so
 * the newest entry is a stamp of the data (lib/cache.ts). Before answering from its
 * cache, an instance reads that stamp (at most once a second, one indexed row) and,
 * when it has moved, expires every page as revalidatePath("/", "layout") would.
 * Another instance's edit therefore shows within about a second, with no shared
 * cache server.
 *
 * Plain CommonJS: Next.js loads this file at run time, unbundled.
 */
const path = require("node:path");
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache.js").default;

/** The tag revalidatePath("/", "layout") expires: every page under the root layout. */
const ALL_PAGES = "_N_T_/layout";
/** How often (ms) an instance reads the stamp. */
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

/** @type {{ read: () => Promise<string>; seen: string | null; checkedAt: number; pending: Promise<boolean> | null }} */
const state = { read: stampReader(), seen: null, checkedAt: 0, pending: null };

/** Whether the data changed since the last look (false on the first look, or when the database cannot be read). */
async function dataChanged() {
  if (Date.now() - state.checkedAt < CHECK_EVERY_MS) return false;
  state.pending ??= (async () => {
    try {
      const stamp = await state.read();
      const changed = state.seen !== null && stamp !== state.seen;
      state.seen = stamp;
      return changed;
    } catch {
      // A database not there yet (first start, a restore in progress): keep serving.
      return false;
    } finally {
      state.checkedAt = Date.now();
      state.pending = null;
    }
  })();
  return state.pending;
}

module.exports = class StampedCache extends FileSystemCache {
  /** @param {Parameters<FileSystemCache["get"]>} args */
  async get(...args) {
    if (await dataChanged()) await this.revalidateTag([ALL_PAGES]);
    return super.get(...args);
  }
};
