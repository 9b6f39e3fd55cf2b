import { type NextRequest, NextResponse } from "next/server";
import createMiddleware from "next-intl/middleware";
import { routing } from "./lib/i18n/routing";
import { decodedPath, isNoncePath, newNonce, nonceCsp, securityHeaders } from "./lib/security-headers";

const intl = createMiddleware(routing);

/**
 * List pages whose query (filters, search, page) makes them per request; a source's page
 * too (`?page=` pages the records citing it).
 */
const FILTERABLE = /^\/(en|ko|zh)\/(agreements|plans|status|timeline|sources(?:\/[A-Za-z0-9_-]{1,80})?)\/?$/;

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
export default function proxy(request: NextRequest): NextResponse | Promise<NextResponse> {
  const refused = refuse(request);
  if (refused) return refused;
  // Only a posted page reads its body here; every other request stays synchronous.
  if (request.method === "POST" && isPage(request.nextUrl.pathname)) {
    return refuseMalformedBody(request).then((bad) => bad ?? route(request));
  }
  return route(request);
}

function route(request: NextRequest): NextResponse {
  // Route handlers (the API, exports, feeds) only needed the checks above.
  if (!isPage(request.nextUrl.pathname)) return NextResponse.next();
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

/** Pages: not the API, the floor page, or files with an extension (exports, feeds, icons). */
function isPage(pathname: string): boolean {
  return !/^\/(?:api|ping)(?:\/|$)|\.[^/]*$/.test(pathname);
}

/** A plain-text refusal that carries the usual security headers. */
function answer(status: number, message: string): NextResponse {
  const response = new NextResponse(message, { status, headers: { "content-type": "text/plain; charset=utf-8" } });
  for (const { key, value } of securityHeaders(process.env.NODE_ENV === "production")) {
    response.headers.set(key, value);
  }
  response.headers.set("Cache-Control", "no-store");
  return response;
}

/**
 * What no route should see: a path that is not valid percent-encoded UTF-8 (Next.js
 * would answer 500 without our headers), and a server action posted from another
 * origin, scheme included (Next.js compares only the host).
 */
function refuse(request: NextRequest): NextResponse | null {
  if (decodedPath(request.nextUrl.pathname) === null) return answer(400, "Bad request: the path is not valid UTF-8.");
  if (request.method === "POST" && request.headers.has("next-action")) {
    const origin = request.headers.get("origin");
    const own = process.env.SITE_URL ? new URL(process.env.SITE_URL).origin : request.nextUrl.origin;
    if (origin !== own) return answer(403, "Forbidden: a form may only be sent from this site.");
  }
  return null;
}

/**
 * A form or server-action body Next.js cannot decode makes it answer 500 ("Failed to
 * parse body as FormData", a reply that is not JSON); a copy is read here first so
 * the sender gets a 400 with the usual headers instead.
 */
async function refuseMalformedBody(request: NextRequest): Promise<NextResponse | null> {
  const type = request.headers.get("content-type") ?? "";
  try {
    if (type.toLowerCase().startsWith("multipart/form-data")) await request.clone().formData();
    else if (request.headers.has("next-action")) JSON.parse(await request.clone().text());
  } catch {
    return answer(400, "Bad request: the form could not be read.");
  }
  return null;
}

export const config = {
  // Everything but Next's own files: pages get the language routing; every request
  // gets the path and origin checks.
  matcher: "/((?!_next/|_vercel/).*)",
};
