import type { NextRequest } from "next/server";
import createMiddleware from "next-intl/middleware";
import { routing } from "./lib/i18n/routing";
import { isNoncePath, newNonce, nonceCsp } from "./lib/security-headers";

const intl = createMiddleware(routing);

/** List pages whose query (filters, search, page) makes them per request. */
const FILTERABLE = /^\/(en|ko|zh)\/(agreements|plans|status|timeline)\/?$/;

/** Whether the request has a query of its own (Next's `_rsc` cache-buster does not count). */
function hasQuery(request: NextRequest): boolean {
  for (const key of request.nextUrl.searchParams.keys()) if (key !== "_rsc") return true;
  return false;
}

/**
 * Runs before every page: language routing (next-intl), then
 * - a list page with a query goes to its per-request twin under /filtered/, so the
 *   page without one can be served from the cache; the twin's response is marked as
 *   the same for every reader, which lib/server/cache/serve.mjs keeps per URL until the data
 *   changes (docs/decisions/0006);
 * - sign-in and staff pages get a fresh nonce: Next.js reads it from the request's
 *   Content-Security-Policy header and puts it on its scripts, and the response
 *   carries the same policy (docs/decisions/0003).
 */
export default function proxy(request: NextRequest) {
  const staff = isNoncePath(request.nextUrl.pathname);
  const csp = staff ? nonceCsp(newNonce()) : null;
  // next-intl passes the request's headers on to the page, this one included.
  if (csp) request.headers.set("content-security-policy", csp);
  const response = intl(request);
  if (csp) response.headers.set("Content-Security-Policy", csp);
  if (response.status >= 300 && response.status < 400) return response;
  if (!staff && hasQuery(request)) {
    // next-intl answers with a rewrite (unprefixed English) or a pass-through (/ko/…);
    // either way the page it resolved to is the one to swap for its twin.
    const resolved = new URL(response.headers.get("x-middleware-rewrite") ?? request.url);
    const match = FILTERABLE.exec(resolved.pathname);
    if (match) {
      resolved.pathname = `/${match[1]}/filtered/${match[2]}`;
      resolved.search = request.nextUrl.search;
      // What NextResponse.rewrite sets; kept on next-intl's response so its cookie,
      // Link header and request headers stay.
      response.headers.delete("x-middleware-next");
      response.headers.set("x-middleware-rewrite", resolved.toString());
      // The same for every reader: lib/server/cache/serve.mjs keeps it until the data changes.
      response.headers.set("X-Tracker-Cache", "query");
    }
  }
  return response;
}

export const config = {
  // Pages only: not the API, Next's own files, or files with an extension.
  matcher: "/((?!api|ping|_next|_vercel|.*\\..*).*)",
};
