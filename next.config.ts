import path from "node:path";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { securityHeaders } from "./lib/security-headers";

const nextConfig: NextConfig = {
  // better-sqlite3 is a native addon: load it from node_modules at run time.
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
  // The benchmark builds into its own folder so it never replaces the build under test.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // `npm test` type-checks the whole project (tests included) before building, so
  // the build does not repeat it.
  typescript: { ignoreBuildErrors: true },
  reactStrictMode: true,
  // Cached pages say `s-maxage=<their revalidate>, stale-while-revalidate=<this minus
  // that>`: a CDN keeps a page five minutes and may serve it stale for the rest of the hour
  // while it fetches a fresh one (docs/decisions/0006).
  expireTime: 3600,
  // Rendered pages are kept in memory only: a page cached on disk would outlive a
  // restart onto another or a restored database (the e2e server reseeds; db:restore).
  experimental: {
    isrFlushToDisk: false,
    // proxy.ts runs before every request, so Next.js keeps a copy of each request body
    // for it, up to this size (10 MB by default). The largest body the app takes is a
    // spreadsheet import of 2 MB (lib/server/services/import/limits.ts), which
    // POST /api/import reads itself and refuses past its limit with a 413: a body cut
    // off here at 3 MB is still over that limit, and is refused the same way.
    proxyClientMaxBodySize: "3mb",
    // One script per chunk group instead of Turbopack's default split (React DOM, the
    // router, the RSC client and helpers in eight files): gzip does better on one file,
    // and every page loads them all anyway. 133.7 KB instead of 135.9 KB of first-load
    // JavaScript per public page, 6 scripts instead of 10 (scripts/measure-js.ts). The
    // largest chunk is ~470 KB unminified, hence the raised merge limit.
    turbopackChunking: { maxChunkCountPerGroup: 1, minChunkSize: 2_000_000, maxMergeChunkSize: 5_000_000 },
  },
  // Next's own cache, extended so that an edit through another instance on the same
  // database expires this instance's pages within a second (lib/server/cache/handler.cjs).
  cacheHandler: path.resolve("lib/server/cache/handler.cjs"),
  cacheMaxMemorySize: 128 * 1024 * 1024,
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders(process.env.NODE_ENV === "production") }];
  },
};

export default createNextIntlPlugin("./lib/i18n/request.ts")(nextConfig);
