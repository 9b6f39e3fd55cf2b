import "server-only";
import { createHash } from "node:crypto";
import type { ApiError, Problem } from "@/lib/schemas/api";

/**
 * Response helpers for the read-only open-data endpoints (JSON API, exports, feeds,
 * calendar): open CORS, CDN-friendly caching, and conditional requests answered with
 * 304 from a hash of the body (ETag) and the newest record's `updatedAt`
 * (Last-Modified).
 */

export const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "If-None-Match, If-Modified-Since, Accept",
  "Access-Control-Expose-Headers": "ETag, Last-Modified",
  "Access-Control-Max-Age": "86400",
} as const;

/** Shared caches keep a response five minutes and may serve it stale while refreshing. */
export const CACHE_CONTROL = "public, max-age=60, s-maxage=300, stale-while-revalidate=600";

export function etagOf(body: string | Uint8Array): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}

/** Whether the request's validators say the client already holds this representation. */
export function isNotModified(request: Request, etag: string, lastModified: Date | null): boolean {
  const ifNoneMatch = request.headers.get("if-none-match");
  if (ifNoneMatch !== null) {
    // RFC 9110: If-None-Match wins over If-Modified-Since, and compares weakly.
    const tags = ifNoneMatch.split(",").map((t) => t.trim().replace(/^W\//, ""));
    return tags.includes("*") || tags.includes(etag);
  }
  const ifModifiedSince = request.headers.get("if-modified-since");
  if (ifModifiedSince !== null && lastModified) {
    const since = Date.parse(ifModifiedSince);
    // HTTP dates have whole seconds.
    return !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
  }
  return false;
}

/** The newest of some timestamps, or null. */
export function newest(dates: Iterable<Date | null | undefined>): Date | null {
  let max: Date | null = null;
  for (const d of dates) if (d && (!max || d > max)) max = d;
  return max;
}

/**
 * A cacheable response for a GET or HEAD: 304 when the client's copy is current,
 * otherwise the body with its validators.
 */
export function cacheableResponse(
  request: Request,
  body: string | Uint8Array<ArrayBuffer>,
  contentType: string,
  lastModified: Date | null,
  extraHeaders: Record<string, string> = {},
): Response {
  const etag = etagOf(body);
  const headers: Record<string, string> = {
    ...CORS_HEADERS,
    "Cache-Control": CACHE_CONTROL,
    ETag: etag,
    Vary: "Accept-Encoding",
    ...(lastModified ? { "Last-Modified": lastModified.toUTCString() } : {}),
  };
  if (isNotModified(request, etag, lastModified)) return new Response(null, { status: 304, headers });
  const payload = request.method === "HEAD" ? null : typeof body === "string" ? body : new Blob([body]);
  return new Response(payload, { status: 200, headers: { ...headers, "Content-Type": contentType, ...extraHeaders } });
}

export function jsonResponse(request: Request, data: unknown, lastModified: Date | null): Response {
  return cacheableResponse(request, JSON.stringify(data), "application/json; charset=utf-8", lastModified);
}

function errorResponse(status: number, error: ApiError): Response {
  return new Response(JSON.stringify(error), {
    status,
    headers: { ...CORS_HEADERS, "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/** 400 naming every bad parameter. */
export function badRequest(given: readonly Problem[]): Response {
  const problems = given.map(({ field, message }) => ({ field, message }));
  return errorResponse(400, {
    error: "invalid_parameters",
    message: `Bad parameters: ${problems.map((p) => `${p.field} ${p.message}`).join("; ")}`,
    problems,
  });
}

export function notFound(what: string): Response {
  return errorResponse(404, { error: "not_found", message: `No ${what}`, problems: [] });
}

/** The CORS preflight answer. */
export function preflight(): Response {
  return new Response(null, { status: 204, headers: { ...CORS_HEADERS } });
}

/** URL search parameters as the page schemas read them: repeated keys become arrays. */
export function rawParams(url: URL): Record<string, string | string[]> {
  const raw: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const all = url.searchParams.getAll(key);
    raw[key] = all.length === 1 ? (all[0] ?? "") : all;
  }
  return raw;
}

/** Parameters that no schema field names: reported rather than silently ignored. */
export function unknownParams(raw: Record<string, unknown>, known: Iterable<string>): Problem[] {
  const allowed = new Set(known);
  return Object.keys(raw)
    .filter((k) => !allowed.has(k))
    .map((field) => ({ field, message: "is not a known parameter" }));
}
