/**
 * The production server: `next start`, except that cached pages are gzipped once per
 * version instead of once per request (docs/decisions/0006).
 *
 *   node scripts/serve.mjs [-p PORT] [-H HOST]      (as `next start`; NEXT_DIST_DIR as the build)
 *
 * Next.js stays the authority on every response: for a page it has answered as
 * cacheable before (`Cache-Control: s-maxage…` with an ETag), the request goes to
 * Next.js without Accept-Encoding and with If-None-Match set to the ETag of the
 * gzipped copy kept here. A 304 means the copy is current and it is sent; a 200 is
 * the new version, gzipped once and kept. Anything else (a redirect for the language
 * cookie, a 404, a page that stopped being cacheable) is sent as Next.js made it,
 * gzipped for this request. Router (RSC) requests, server actions and clients that do
 * not take gzip are passed straight through.
 */
import http from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";

process.env.NODE_ENV ??= "production";
const { default: next } = await import("next");

const { values } = parseArgs({
  options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname;

const app = next({ dev: false, dir: path.resolve(import.meta.dirname, ".."), hostname: hostname ?? "localhost", port });
await app.prepare();
const handle = app.getRequestHandler();

/** Gzipped cacheable pages by URL: { etag, gz, type }; oldest dropped past MAX_BYTES. */
const copies = new Map();
const MAX_BYTES = 128 * 1024 * 1024;
let bytes = 0;
/** URLs Next.js has answered as cacheable: the next request for one is handled here. */
const cacheable = new Set();

function keep(url, copy) {
  const old = copies.get(url);
  if (old) bytes -= old.gz.length;
  copies.delete(url);
  copies.set(url, copy);
  bytes += copy.gz.length;
  for (const [key, value] of copies) {
    if (bytes <= MAX_BYTES) break;
    copies.delete(key);
    bytes -= value.gz.length;
  }
}

const isCacheable = (res) => /^s-maxage=/.test(String(res.getHeader("cache-control") ?? "")) && res.getHeader("etag");

function candidate(req) {
  const h = req.headers;
  return (
    req.method === "GET" &&
    /\bgzip\b/.test(String(h["accept-encoding"] ?? "")) &&
    !h.rsc &&
    !h["next-router-state-tree"] &&
    !h["next-router-prefetch"] &&
    !h["next-router-segment-prefetch"] &&
    !h["next-action"]
  );
}

function varyOnEncoding(res) {
  const vary = String(res.getHeader("vary") ?? "");
  if (!/accept-encoding/i.test(vary)) res.setHeader("Vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
}

/** Watches a passed-through response for whether Next.js calls it cacheable. */
function observe(req, res) {
  const end = res.end;
  res.end = function (...args) {
    if (res.statusCode === 200 && isCacheable(res)) cacheable.add(req.url);
    return end.apply(this, args);
  };
}

/** Holds back the whole response, then sends the kept copy, a new one, or Next's answer gzipped. */
function intercept(req, res) {
  const url = req.url;
  const copy = copies.get(url);
  const clientTag = req.headers["if-none-match"];
  delete req.headers["accept-encoding"];
  if (copy) req.headers["if-none-match"] = copy.etag;
  else delete req.headers["if-none-match"];

  const chunks = [];
  const { end, writeHead } = res;
  // Next.js's compression wraps these in turn, and Node's end() writes the head
  // through res.writeHead: held back until this server sends, then the real one.
  let sending = false;
  res.writeHead = function (...args) {
    if (sending) return writeHead.apply(this, args);
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
  res.end = (chunk, encoding, cb) => {
    try {
      return finish(chunk, encoding, cb);
    } catch (error) {
      console.error("serve.mjs:", error);
      res.destroy();
    }
  };
  const finish = (chunk, encoding, cb) => {
    if (chunk && typeof chunk !== "function") res.write(chunk, encoding);
    const done = [chunk, encoding, cb].find((f) => typeof f === "function");
    const send = (status, body) => {
      sending = true;
      res.statusCode = status;
      if (body) res.setHeader("Content-Length", body.length);
      end.call(res, status === 304 || req.method === "HEAD" ? undefined : body, done);
    };
    const etag = res.getHeader("etag");
    if (res.statusCode === 304 && copy && etag === copy.etag) {
      // Current: the kept copy, or a 304 if the client holds it already.
      if (clientTag === copy.etag) return send(304);
      res.setHeader("Content-Type", copy.type);
      res.setHeader("Content-Encoding", "gzip");
      varyOnEncoding(res);
      return send(200, copy.gz);
    }
    const body = Buffer.concat(chunks);
    if (res.statusCode === 200 && isCacheable(res)) {
      const gz = gzipSync(body);
      keep(url, { etag, gz, type: String(res.getHeader("content-type") ?? "text/html; charset=utf-8") });
      if (clientTag === etag) return send(304);
      res.setHeader("Content-Encoding", "gzip");
      varyOnEncoding(res);
      return send(200, gz);
    }
    cacheable.delete(url);
    copies.delete(url);
    if (body.length > 1024 && /text|json|xml|javascript/.test(String(res.getHeader("content-type") ?? ""))) {
      res.setHeader("Content-Encoding", "gzip");
      varyOnEncoding(res);
      return send(res.statusCode, gzipSync(body));
    }
    return send(res.statusCode, body.length > 0 ? body : undefined);
  };
}

const server = http.createServer((req, res) => {
  if (candidate(req)) {
    if (cacheable.has(req.url)) intercept(req, res);
    else observe(req, res);
  }
  handle(req, res);
});
server.listen(port, hostname, () => {
  console.log(`▲ Next.js (scripts/serve.mjs) on http://${hostname ?? "localhost"}:${port}`);
});
for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 2000).unref();
  });
}
