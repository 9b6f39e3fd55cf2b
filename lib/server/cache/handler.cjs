// @ts-check
/**
 * Next.js's cache handler (next.config.ts `cacheHandler`), so that several app
 * instances on one database agree about cached pages (docs/decisions/0006,
 * docs/deploy.md).
 *
 * Each instance keeps rendered pages in its own memory, as Next.js does by default
 * (this class is Next's own cache, extended). An edit through one instance
 * revalidates that instance's pages at once (lib/server/cache/revalidate.ts); the others learn of
 * it from the database through the data's generation (lib/server/cache/stamp.cjs: the newest
 * audit entry, read at most once a second). Before answering from its cache, an
 * instance looks at the generation and, when it has moved since it last expired its
 * pages, expires every page as revalidatePath("/", "layout") would. Another
 * instance's edit therefore shows within about a second, with no shared cache server.
 *
 * Plain CommonJS: Next.js loads this file at run time, unbundled.
 */
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache.js").default;
const dataStamp = require("./stamp.cjs");

/** The tag revalidatePath("/", "layout") expires: every page under the root layout. */
const ALL_PAGES = "_N_T_/layout";
/** The generation this process's pages were last expired at (process-wide, like the generation). */
const EXPIRED = Symbol.for("tracker.cache-handler.expired");

module.exports = class StampedCache extends FileSystemCache {
  /** @param {Parameters<FileSystemCache["get"]>} args */
  async get(...args) {
    const g = /** @type {Record<symbol, number | undefined>} */ (/** @type {unknown} */ (globalThis));
    const generation = await dataStamp.current();
    if (g[EXPIRED] === undefined) g[EXPIRED] = generation;
    else if (g[EXPIRED] !== generation) {
      g[EXPIRED] = generation;
      await this.revalidateTag([ALL_PAGES]);
    }
    return super.get(...args);
  }
};
