/**
 * The production server: `next start`, with the rendered public pages kept as
 * finished responses (plain and gzipped once) until the data changes
 * (docs/decisions/0006).
 *
 *   node lib/server/cache/serve.mjs [-p PORT] [-H HOST]      (as `next start`; NEXT_DIST_DIR as the build)
 *
 * A copy is made of a response Next.js has answered with 200 and that is the same
 * for every reader:
 * - a response a shared cache may keep (`Cache-Control` with s-maxage and an ETag:
 *   the ISR pages, the JSON API), and
 * - a list with a query (proxy.ts marks these `X-Tracker-Cache: query`): a search or
 *   a filter is a page of its own per URL, rendered by Next.js once per data version.
 * The copy answers the same request (URL, host, language cookie and Accept-Language,
 * which decide next-intl's redirects and Set-Cookie) while the data's generation is
 * the one it was made in (lib/server/cache/stamp.cjs: moved at once by an edit in this
 * process, within a second by one anywhere else) and for at most COPY_TTL_MS, so
 * what moves with the date ("coming up", "overdue") is at most that much later than
 * Next.js's own revalidation. Next.js decides everything else: a URL is only kept
 * after Next.js has answered it as keepable once (the next request is buffered and
 * copied), and redirects, 404s, staff pages, router (RSC) requests and server actions
 * pass straight through. Kept copies are bounded by MAX_BYTES, oldest dropped first.
 */
import { createHash } from "node:crypto";
import http from "node:http";
import { createRequire } from "node:module";
import path from "node:path";
import { parseArgs } from "node:util";
import { gzip as gzipAsync, gzipSync } from "node:zlib";

process.env.NODE_ENV ??= "production";
const { default: next } = await import("next");
const dataStamp = createRequire(import.meta.url)("./stamp.cjs");

const { values } = parseArgs({
  options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname;

const app = next({
  dev: false,
  dir: path.resolve(import.meta.dirname, "../../.."),
  hostname: hostname ?? "localhost",
  port,
});
await app.prepare();
const handle = app.getRequestHandler();

/** How long (ms) a copy may answer without asking Next.js again, data unchanged. */
const COPY_TTL_MS = 60_000;
/** Kept copies (plain and gzipped bytes together) by request key; least recently used dropped first. */
const MAX_BYTES = 128 * 1024 * 1024;
/** URLs Next.js has answered as keepable: the next request for one is buffered and copied. */
const MAX_KNOWN = 20_000;

/** @type {Map<string, { generation: number; expires: number; etag: string; headers: [string, string | string[]][]; plain: Buffer; gz: Buffer }>} */
const copies = new Map();
let bytes = 0;
const known = new Set();

/** Headers that belong to one response on one connection, never to a copy. */
const PER_RESPONSE = new Set([
  "date",
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "content-encoding",
]);

function drop(key) {
  const copy = copies.get(key);
  if (!copy) return;
  copies.delete(key);
  bytes -= copy.plain.length + copy.gz.length;
}

function keep(key, copy) {
  drop(key);
  copies.set(key, copy);
  bytes += copy.plain.length + copy.gz.length;
  for (const oldest of copies.keys()) {
    if (bytes <= MAX_BYTES) break;
    drop(oldest);
  }
}

function remember(url) {
  known.delete(url);
  known.add(url);
  if (known.size > MAX_KNOWN) known.delete(known.values().next().value);
}

/** Everything about a request that can change Next.js's answer to a public page. */
function keyOf(req) {
  const h = req.headers;
  const language = /(?:^|;\s*)NEXT_LOCALE=([^;]*)/.exec(String(h.cookie ?? ""))?.[1] ?? "";
  return [h.host, h["x-forwarded-host"], h["x-forwarded-proto"], req.url, language, h["accept-language"]].join("\n");
}

function candidate(req) {
  const h = req.headers;
  return (
    req.method === "GET" &&
    !h.rsc &&
    !h["next-router-state-tree"] &&
    !h["next-router-prefetch"] &&
    !h["next-router-segment-prefetch"] &&
    !h["next-action"]
  );
}

const wantsGzip = (req) => /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));

/** Whether a finished 200 is the same for every reader, so that a copy may answer for it. */
function keepable(res) {
  if (res.statusCode !== 200) return false;
  const cookies = [res.getHeader("set-cookie") ?? []].flat().map(String);
  if (cookies.some((c) => !c.startsWith("NEXT_LOCALE="))) return false;
  if (res.getHeader("x-tracker-cache") === "query") return true;
  return (
    /(^|[\s,])s-maxage=/.test(String(res.getHeader("cache-control") ?? "")) &&
    !/\bprivate\b/.test(String(res.getHeader("cache-control") ?? "")) &&
    Boolean(res.getHeader("etag")) &&
    res.getHeader("x-nextjs-cache") !== "STALE"
  );
}

function varyOnEncoding(res) {
  const vary = String(res.getHeader("vary") ?? "");
  if (!/accept-encoding/i.test(vary)) res.setHeader("Vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
}

/** Sends a copy to a client that takes gzip or not and may hold the copy already (`clientTag`). */
function sendCopy(res, copy, gzip, clientTag) {
  for (const [name, value] of copy.headers) res.setHeader(name, value);
  varyOnEncoding(res);
  if (clientTag === copy.etag) {
    res.statusCode = 304;
    return res.end();
  }
  const body = gzip ? copy.gz : copy.plain;
  res.statusCode = 200;
  if (gzip) res.setHeader("Content-Encoding", "gzip");
  res.setHeader("Content-Length", body.length);
  res.end(body);
}

/**
 * Watches a passed-through response for whether Next.js calls it keepable. `url` is
 * the request's as it came: Next.js rewrites req.url as it routes (`%20` to `+`).
 */
function observe(url, res) {
  const end = res.end;
  res.end = function (...args) {
    if (keepable(res)) remember(url);
    return end.apply(this, args);
  };
}

/**
 * zlib's level for a page sent once (a query nobody asked before): level 3 compressed
 * the scale database's search page (75 KB) in 0.31 ms against level 6's 0.75, to
 * 13.4 KB against 12.0. A kept copy, sent many times, is compressed at zlib's default.
 */
const ONCE_GZIP_LEVEL = 3;

/**
 * Ends a held-back response with its whole body: gzipped on libuv's threads when the
 * client takes gzip and the body is text worth it, as it is.
 */
function sendBody(res, body, gzip, done) {
  const send = (out) => {
    if (out.length > 0) res.setHeader("Content-Length", out.length);
    return res.end(out.length > 0 ? out : undefined, done);
  };
  const compressible =
    body.length > 1024 && /text|json|xml|javascript/.test(String(res.getHeader("content-type") ?? ""));
  if (compressible) varyOnEncoding(res);
  if (!gzip || !compressible) return send(body);
  gzipAsync(body, { level: ONCE_GZIP_LEVEL }, (error, out) => {
    if (error) {
      console.error("serve.mjs:", error);
      return res.destroy();
    }
    res.setHeader("Content-Encoding", "gzip");
    send(out);
  });
  return res;
}

/**
 * Holds back Next.js's whole response and sends it; when `key` is given, keeps a copy
 * if it may. Without one (a list's query nobody has asked yet), only notes whether
 * Next.js called it keepable, as `observe` does: held back, the page is compressed in
 * one piece off this thread, instead of chunk by chunk as Next.js's compression
 * flushes each one (docs/search-profile.md: 0.5 ms of this thread a filtered list).
 */
function intercept(req, url, res, key, generation) {
  const gzip = wantsGzip(req);
  const clientTag = req.headers["if-none-match"];
  // The copy is made of the plain page; the client's own validator is answered here.
  delete req.headers["accept-encoding"];
  delete req.headers["if-none-match"];

  const chunks = [];
  const { end, write, writeHead } = res;
  // Held back until Next.js ends the response; then the real ones send it.
  res.writeHead = (...args) => {
    const [status, reason, headers] = args;
    const h = typeof reason === "object" ? reason : headers;
    res.statusCode = status;
    if (Array.isArray(h)) for (let i = 0; i < h.length; i += 2) res.setHeader(h[i], h[i + 1]);
    else if (h) for (const [k, v] of Object.entries(h)) res.setHeader(k, v);
    return res;
  };
  res.write = (chunk, encoding, cb) => {
    if (chunk)
      chunks.push(
        Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8"),
      );
    if (typeof encoding === "function") encoding();
    else if (typeof cb === "function") cb();
    return true;
  };
  const finish = (chunk, encoding, cb) => {
    if (chunk && typeof chunk !== "function") res.write(chunk, encoding);
    const done = [chunk, encoding, cb].find((f) => typeof f === "function");
    Object.assign(res, { end, write, writeHead });
    const body = Buffer.concat(chunks);
    if (key === null) {
      if (keepable(res)) remember(url);
      return sendBody(res, body, gzip, done);
    }
    if (keepable(res)) {
      const headers = res
        .getHeaderNames()
        .filter((name) => !PER_RESPONSE.has(name))
        .map((name) => [name, res.getHeader(name)]);
      const etag = String(res.getHeader("etag") ?? `"q${createHash("sha1").update(body).digest("base64url")}"`);
      if (!res.getHeader("etag")) headers.push(["etag", etag]);
      const copy = { generation, expires: Date.now() + COPY_TTL_MS, etag, headers, plain: body, gz: gzipSync(body) };
      keep(key, copy);
      for (const name of res.getHeaderNames()) res.removeHeader(name);
      sendCopy(res, copy, gzip, clientTag);
      if (done) res.once("finish", done);
      return res;
    }
    known.delete(url);
    drop(key);
    return sendBody(res, body, gzip, done);
  };
  res.end = (chunk, encoding, cb) => {
    try {
      return finish(chunk, encoding, cb);
    } catch (error) {
      console.error("serve.mjs:", error);
      res.destroy();
    }
  };
}

/**
 * A list page with a query, in any language (proxy.ts's FILTERABLE, before next-intl
 * prefixes it), and /search: a search or a filter, most often one nobody has asked before.
 */
const LIST_QUERY =
  /^(?:\/(?:en|ko|zh))?\/(?:agreements|plans|status|timeline|search|sources(?:\/[A-Za-z0-9_-]{1,80})?)\/?\?/;

async function route(req, res) {
  if (!candidate(req)) return handle(req, res);
  const key = keyOf(req);
  const generation = await dataStamp.current();
  const copy = copies.get(key);
  if (copy && copy.generation === generation && Date.now() < copy.expires) {
    // Most recently used last, so that the oldest is dropped first.
    copies.delete(key);
    copies.set(key, copy);
    return sendCopy(res, copy, wantsGzip(req), req.headers["if-none-match"]);
  }
  drop(key);
  if (known.has(req.url)) intercept(req, req.url, res, key, generation);
  else if (LIST_QUERY.test(req.url ?? "")) intercept(req, req.url, res, null, generation);
  else observe(req.url, res);
  return handle(req, res);
}

/** The client's address for sign-in limits (lib/server/auth/index.ts, CLIENT_ADDRESS_HEADER). */
const CLIENT_ADDRESS = "x-tracker-client-address";
/** How many proxies in front of this server append to X-Forwarded-For (0: none, trust the socket). */
const TRUSTED_HOPS = Math.max(0, Number.parseInt(process.env.TRUSTED_PROXY_HOPS ?? "0", 10) || 0);

/**
 * The socket's peer, or behind TRUSTED_HOPS proxies the entry the outermost of them
 * appended to X-Forwarded-For. Entries before it are the client's own words.
 */
function clientAddress(req) {
  if (TRUSTED_HOPS > 0) {
    const chain = String(req.headers["x-forwarded-for"] ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    const entry = chain.at(-TRUSTED_HOPS);
    if (entry) return entry;
  }
  return req.socket.remoteAddress ?? "";
}

/**
 * How many requests this server is answering at this moment, for lib/server/db/direct.ts:
 * a search's ranking moves to a worker thread only while other requests wait for this
 * thread (REQUESTS_IN_FLIGHT there).
 */
const IN_FLIGHT = Symbol.for("tracker.requestsInFlight");
globalThis[IN_FLIGHT] = 0;

const server = http.createServer((req, res) => {
  globalThis[IN_FLIGHT]++;
  res.once("close", () => globalThis[IN_FLIGHT]--);
  req.headers[CLIENT_ADDRESS] = clientAddress(req);
  route(req, res).catch((error) => {
    console.error("serve.mjs:", error);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
});
server.listen(port, hostname, () => {
  console.log(`▲ Next.js (lib/server/cache/serve.mjs) on http://${hostname ?? "localhost"}:${port}`);
});
for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 2000).unref();
  });
}
