/**
 * `npm run bench`: builds the production server on the synthetic scale database and
 * measures it on this machine, loopback only, then writes docs/performance.md.
 *
 *   npm run bench              full run (scale database of 10,000 agreements…)
 *   npm run bench -- --quick   a small, fast version (the test command runs it)
 *
 * For each page: requests per second at saturation, and p50/p95/p99 latency at 10
 * connections, with and without gzip. Two floors on the same machine: a bare Node
 * `http` server sending the same bytes, and /ping, a dynamic Next.js page that
 * touches no database. Cached pages are compared with the first, dynamic pages
 * with the second. Also: the search module's own query time over the dataset,
 * each public page's first-load JavaScript, gzipped, as Chromium loads it, and (issue
 * 19) each public page's weight in every language: HTML bytes and DOM elements, on the
 * scale database and on a freshly seeded one; a never-asked query's latency at one
 * connection and its throughput at ten against /ping.
 *
 * The run fails (exit 1) on request errors and on any target it prints: the quick
 * version (the test command) holds the seed database's page budgets and our own
 * JavaScript budget; the full run holds every target of issue 19.
 */
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import autocannon from "autocannon";
import { createPrismaClient } from "../lib/server/db/prisma";
import { CHROMIUM_LAUNCH } from "../tests/chromium";
import { measurePageWeights, type PageWeight, publicPagesOf, weightTable, weightVerdict } from "./lib/page-weight";
import { SEARCH_TARGETS, type SearchFigure, searchFigures } from "./lib/search-bench";
import { publicPages } from "./public-pages";

const { values } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    port: { type: "string", default: "3500" },
    "skip-build": { type: "boolean", default: false },
    dist: { type: "string", default: ".next-bench" },
    out: { type: "string" },
  },
});
const quick = values.quick;
const port = Number(values.port);
const base = `http://localhost:${port}`;
const database = path.resolve(quick ? "data/scale-quick.db" : "data/scale.db");
/**
 * BENCH_DATABASE_URL measures the same on another database, e.g. PostgreSQL holding
 * a copy of the scale database (npm run db:copy-to-postgres; see docs/deploy.md).
 */
const databaseUrl = process.env.BENCH_DATABASE_URL || `file:${database}`;
const distDir = values.dist;
/** A database migrated and seeded afresh: the dataset the tracker ships with, for its page budgets. */
const seedDatabase = path.resolve("data/seed-bench.db");
const duration = quick ? 1 : 6;
const report = values.out ?? (quick ? null : "docs/performance.md");

/**
 * The pages measured, and which floor each is compared with. `fresh` pages get a
 * parameter of their own on every request (`&fresh=N`, which the page ignores), so
 * that no request is answered from a kept copy: what a query costs the first time.
 */
const PAGES: { name: string; path: string; cached: boolean; fresh?: boolean }[] = [
  { name: "overview", path: "/", cached: true },
  { name: "agreements", path: "/agreements", cached: true },
  { name: "search", path: "/agreements?q=carbon+market", cached: false },
  { name: "search, a new URL every request", path: "/agreements?q=carbon+market", cached: false, fresh: true },
  { name: "filtered list", path: "/agreements?sector=digital&side=CN&from=2020", cached: false },
  {
    name: "filtered list, a new URL every request",
    path: "/agreements?sector=digital&side=CN&from=2020",
    cached: false,
    fresh: true,
  },
  // The header's search box: every kind searched, the best few of each shown.
  {
    name: "site search, a new URL every request",
    path: "/search?q=carbon+market",
    cached: false,
    fresh: true,
  },
  { name: "agreement page", path: "", cached: true },
  { name: "timeline", path: "/timeline", cached: true },
  { name: "status", path: "/status", cached: true },
  { name: "API agreements", path: "/api/v1/agreements", cached: true },
];

function run(cmd: string, args: string[], env: Record<string, string> = {}) {
  execFileSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
}

async function waitFor(url: string, ms = 60_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not come up in ${ms} ms`);
}

type Load = { rps: number; p50: number; p95: number; p99: number; errors: number; non2xx: number };

/** Connections for the saturation runs: enough to keep one Node process busy. */
const SATURATION = 20;

/** Waits until the server has worked through what the last run left queued. */
async function drain() {
  await waitFor(`${base}/ping`, 600_000);
}

let freshCount = 0;

async function load(url: string, connections: number, gzip: boolean, fresh = false): Promise<Load> {
  const target = new URL(url);
  const result = await autocannon({
    url,
    connections,
    duration,
    headers: gzip ? { "accept-encoding": "gzip" } : {},
    ...(fresh
      ? {
          requests: [
            {
              setupRequest: (req: { path?: string }) => ({
                ...req,
                path: `${target.pathname}${target.search}&fresh=${++freshCount}`,
              }),
            },
          ],
        }
      : {}),
  });
  if (url.startsWith(base)) await drain();
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p95: result.latency.p97_5 ?? result.latency.p99,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

/** The report's hand-written part starts at this heading; a new run rewrites only what is above it. */
const KEPT_HEADING = "## Before and after";

/** Issue 19: a never-asked search or filter, at one connection and at ten (against /ping). */
const NEVER_ASKED = { p50: 25, p95: 50, ratioAt10: 0.35 };

/** p-th percentile of sorted numbers (nearest rank). */
function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(sorted.length * p) - 1))] ?? 0;
}

/** One reader at a time: each request a URL nobody asked before; p50 and p95 in ms. */
async function serialFresh(pathAndQuery: string, count: number): Promise<{ p50: number; p95: number }> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const t = performance.now();
    const res = await fetch(`${base}${pathAndQuery}&fresh=${++freshCount}`);
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`${pathAndQuery} answered ${res.status}`);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 0.5), p95: percentile(times, 0.95) };
}

/**
 * A never-asked query's requests per second at 10 connections as a share of /ping's,
 * measured in turns (/ping, the query, /ping, the query…) so that a change in the
 * machine's speed during the run (seen here: /ping from 140 to 230 req/s within
 * minutes) weighs on both alike; the share is of the totals over all turns.
 */
async function shareOfPing(pathAndQuery: string, turns: number): Promise<{ rps: number; ping: number; share: number }> {
  let ping = 0;
  let query = 0;
  for (let i = 0; i < turns; i++) {
    ping += (await load(`${base}/ping`, 10, true)).rps;
    query += (await load(base + pathAndQuery, 10, true, true)).rps;
  }
  return { rps: query / turns, ping: ping / turns, share: query / Math.max(1, ping) };
}

/** A bare Node http server answering every request with the same bytes and headers. */
async function bareServer(body: Buffer, contentType: string): Promise<{ url: string; close: () => void }> {
  const gz = gzipSync(body);
  const server = http.createServer((req, res) => {
    const wantsGzip = /gzip/.test(String(req.headers["accept-encoding"] ?? ""));
    res.writeHead(200, {
      "content-type": contentType,
      ...(wantsGzip ? { "content-encoding": "gzip" } : {}),
      "content-length": wantsGzip ? gz.length : body.length,
    });
    res.end(wantsGzip ? gz : body);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("no address");
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}

/** The search module in process (scripts/lib/search-bench.ts), on the database measured. */
async function searchTimings(): Promise<SearchFigure[]> {
  const db = createPrismaClient(databaseUrl);
  try {
    return await searchFigures(db, { runs: quick ? 5 : 100 });
  } finally {
    await db.$disconnect();
  }
}

/**
 * The most JavaScript of our own (client components, error pages) a public page may
 * load on top of what Next.js and React load on an empty page; the run fails above it.
 */
const OWN_JS_BUDGET_KB = 5;

async function firstLoadJs(paths: string[]): Promise<{ path: string; kb: number }[]> {
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  const out: { path: string; kb: number }[] = [];
  for (const p of paths) {
    const page = await browser.newPage();
    const sizes: Promise<number>[] = [];
    page.on("response", (res) => {
      if (res.request().resourceType() === "script")
        sizes.push(
          res.body().then(
            (b) => gzipSync(b).length,
            () => 0,
          ),
        );
    });
    await page.goto(base + p, { waitUntil: "load" });
    const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
    out.push({ path: p, kb: bytes / 1024 });
    await page.close();
  }
  await browser.close();
  return out;
}

// ---------------------------------------------------------------- run

if (!existsSync(database)) {
  run("npx", [
    "tsx",
    "--conditions=react-server",
    "scripts/seed-scale.ts",
    "--out",
    database,
    ...(quick ? ["--scale", "0.01"] : []),
  ]);
}
if (!values["skip-build"]) {
  // Next rewrites tsconfig.json's include list for a new build folder; put it back afterwards.
  const tsconfig = readFileSync("tsconfig.json", "utf8");
  try {
    run("npx", ["next", "build"], { NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" });
  } finally {
    writeFileSync("tsconfig.json", tsconfig);
  }
}

/** The production server as npm start runs it (next start, gzipping cached pages once), on a database. */
function startServer(onPort: number, url: string) {
  return spawn(process.execPath, ["lib/server/cache/serve.mjs", "-H", "localhost", "-p", String(onPort)], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_DIST_DIR: distDir,
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: url,
      BETTER_AUTH_SECRET:
        process.env.BETTER_AUTH_SECRET ?? `bench-${Math.random().toString(36).slice(2)}-${Date.now()}`,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

// The seed database, afresh: what the tracker ships with (npm start's database).
for (const f of [seedDatabase, `${seedDatabase}-wal`, `${seedDatabase}-shm`]) rmSync(f, { force: true });
run("npm", ["run", "--silent", "db:migrate"], { DATABASE_URL: `file:${seedDatabase}` });
run("npx", ["tsx", "--conditions=react-server", "prisma/seed.ts"], { DATABASE_URL: `file:${seedDatabase}` });

const server = startServer(port, databaseUrl);
const seedPort = port + 1;
const seedServer = startServer(seedPort, `file:${seedDatabase}`);
const lines: string[] = [];
const say = (line = "") => {
  console.log(line);
  lines.push(line);
};

try {
  await waitFor(`${base}/ping`);
  const db = createPrismaClient(databaseUrl);
  const sample = await db.agreement.findFirst({ orderBy: { signedOn: "desc" }, select: { slug: true } });
  await db.$disconnect();
  for (const p of PAGES) if (p.name === "agreement page") p.path = `/agreements/${sample?.slug ?? "none"}`;
  // Warm every page once (compilation caches, the status mix cache).
  for (const p of [...PAGES.map((x) => x.path), "/ping"]) await fetch(base + p);

  // /ping under load once before it is measured: cold, it gave 135 req/s where it gave
  // 170–220 later in the same run, which flattered every page compared with it.
  await load(`${base}/ping`, 10, true);
  const pingNoGzip = await load(`${base}/ping`, 10, false);
  const pingGzip = await load(`${base}/ping`, 10, true);
  const results: {
    name: string;
    path: string;
    cached: boolean;
    fresh?: boolean;
    bytes: number;
    plain: Load;
    gzip: Load;
    at10: Load;
    floorPlain: Load;
    floorGzip: Load;
  }[] = [];
  for (const p of PAGES) {
    const res = await fetch(base + p.path);
    const body = Buffer.from(await res.arrayBuffer());
    const bare = await bareServer(body, res.headers.get("content-type") ?? "text/html");
    const floorPlain = p.cached ? await load(bare.url, SATURATION, false) : pingNoGzip;
    const floorGzip = p.cached ? await load(bare.url, SATURATION, true) : pingGzip;
    bare.close();
    const plain = await load(base + p.path, SATURATION, false, p.fresh);
    const gzip = await load(base + p.path, SATURATION, true, p.fresh);
    const at10 = await load(base + p.path, 10, true, p.fresh);
    results.push({ ...p, bytes: body.length, plain, gzip, at10, floorPlain, floorGzip });
    console.error(`measured ${p.name}`);
  }
  // A never-asked query, one reader at a time (issue 19).
  const neverAsked = [];
  for (const r of results.filter((x) => x.fresh)) {
    const serial = await serialFresh(r.path, quick ? 10 : 100);
    const shared = await shareOfPing(r.path, quick ? 1 : 5);
    neverAsked.push({
      ...r,
      serial,
      shared,
      ratio: shared.share,
      ok: serial.p50 <= NEVER_ASKED.p50 && serial.p95 <= NEVER_ASKED.p95 && shared.share >= NEVER_ASKED.ratioAt10,
    });
  }
  // Page weights in every language: on the seed database always, on the scale database in the full run.
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  await waitFor(`http://localhost:${seedPort}/ping`);
  const seedDb = createPrismaClient(`file:${seedDatabase}`);
  const seedWeights = await measurePageWeights(
    `http://localhost:${seedPort}`,
    await publicPagesOf(seedDb),
    browser,
    "seed",
  );
  await seedDb.$disconnect();
  let scaleWeights: PageWeight[] = [];
  if (!quick) {
    const scaleDb = createPrismaClient(databaseUrl);
    scaleWeights = await measurePageWeights(base, await publicPagesOf(scaleDb), browser, "scale");
    await scaleDb.$disconnect();
  }
  await browser.close();
  const search = await searchTimings();
  const js = await firstLoadJs(publicPages(results.find((r) => r.name === "agreement page")?.path ?? "/"));
  // What Next.js and React load on a page with no component of ours (docs/decisions/0008).
  const [jsFloor] = await firstLoadJs(["/ping"]);
  if (!jsFloor) throw new Error("/ping's first-load JavaScript was not measured");

  const date = new Date().toISOString().slice(0, 10);
  say(`# Performance`);
  say();
  say(
    `Measured by \`npm run bench${quick ? " -- --quick" : ""}\` on ${date}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, on ${process.env.BENCH_DATABASE_URL ? `PostgreSQL (a copy of ${path.basename(database)})` : path.basename(database)}; ${duration} s per measurement, loopback.`,
  );
  say();
  say(
    `Floors: /ping (dynamic Next.js page, no database) ${pingNoGzip.rps.toFixed(0)} req/s plain, ${pingGzip.rps.toFixed(0)} req/s gzip, p95 ${pingGzip.p95} ms at 10 connections.`,
  );
  say();
  say(
    `| page | kind | bytes | req/s (${SATURATION} conn) | req/s gzip | floor req/s | ratio | ratio gzip | p50 / p95 / p99 ms at 10 conn (gzip) | errors |`,
  );
  say(`| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |`);
  for (const r of results) {
    const ratio = r.plain.rps / Math.max(1, r.floorPlain.rps);
    const ratioGz = r.gzip.rps / Math.max(1, r.floorGzip.rps);
    say(
      `| ${r.name} \`${r.path}\` | ${r.cached ? "cached (vs bare Node)" : "dynamic (vs /ping)"} | ${r.bytes} | ${r.plain.rps.toFixed(0)} | ${r.gzip.rps.toFixed(0)} | ${r.floorPlain.rps.toFixed(0)} | ${(ratio * 100).toFixed(1)}% | ${(ratioGz * 100).toFixed(1)}% | ${r.at10.p50} / ${r.at10.p95} / ${r.at10.p99} | ${r.plain.errors + r.plain.non2xx + r.gzip.errors + r.gzip.non2xx + r.at10.errors + r.at10.non2xx} |`,
    );
  }
  say();
  say(`A query nobody asked before (issue 19): each request a new URL, so nothing kept answers it.`);
  say();
  say(
    `| query | p50 ms (1 conn) | p95 ms (1 conn) | req/s at 10 conn | /ping req/s in turn | share of /ping | target met |`,
  );
  say(`| --- | ---: | ---: | ---: | ---: | ---: | --- |`);
  for (const n of neverAsked)
    say(
      `| ${n.name.replace(/, a new URL every request$/, "")} \`${n.path}\` | ${n.serial.p50.toFixed(1)} | ${n.serial.p95.toFixed(1)} | ${n.shared.rps.toFixed(0)} | ${n.shared.ping.toFixed(0)} | ${(n.ratio * 100).toFixed(1)}% | ${n.ok ? "yes" : "no"} |`,
    );
  say();
  say(
    `Targets: p50 ≤ ${NEVER_ASKED.p50} ms and p95 ≤ ${NEVER_ASKED.p95} ms at one connection (${quick ? 10 : 100} requests in a row, exact percentiles); at 10 connections at least ${NEVER_ASKED.ratioAt10 * 100}% of /ping's requests per second (gzip), the two measured in ${quick ? 1 : 5} turns of ${duration} s each, one after the other, and compared over all turns.`,
  );
  say();
  say(`Page weight, seed database (the dataset \`npm start\` loads):`);
  say();
  for (const line of weightTable(seedWeights, "seed")) say(line);
  say();
  if (scaleWeights.length > 0) {
    say(`Page weight, scale database (${path.basename(database)}):`);
    say();
    for (const line of weightTable(scaleWeights, "scale")) say(line);
    say();
  }
  say(`Search module, in process (${quick ? 5 : 100} runs each, on the database measured):`);
  say();
  say(`| query | hits | p50 ms | p95 ms | target p95 | met |`);
  say(`| --- | ---: | ---: | ---: | ---: | --- |`);
  for (const s of search)
    say(
      `| ${s.label} (“${s.query}”) | ${s.hits} | ${s.p50.toFixed(2)} | ${s.p95.toFixed(2)} | ${s.targetMs} ms | ${s.ok ? "yes" : "no"} |`,
    );
  say();
  say(
    `A query is rare when it finds ten records or fewer. Targets (issue 19): rare ≤ ${SEARCH_TARGETS.rare} ms, common ≤ ${SEARCH_TARGETS.common} ms p95 (docs/search-profile.md; \`scripts/bench-search.ts\` prints the same for SQLite and PostgreSQL side by side).`,
  );
  say();
  say(`First-load JavaScript, gzipped, as Chromium loads each page:`);
  say();
  say(`| page | KB gzipped | ours (above /ping) |`);
  say(`| --- | ---: | ---: |`);
  for (const j of js) say(`| \`${j.path}\` | ${j.kb.toFixed(1)} | ${(j.kb - jsFloor.kb).toFixed(1)} |`);
  say();
  say(
    `Floor: /ping, a page with no component of ours, loads ${jsFloor.kb.toFixed(1)} KB (Next.js and React); our own budget on top of it is ${OWN_JS_BUDGET_KB} KB (docs/decisions/0008-first-load-javascript.md).`,
  );
  say();
  say(
    `Targets (issue 8): cached pages ≥ 15% of bare Node; search and filtered pages ≥ 50% of /ping with p95 < 100 ms at 10 connections; search p95 < 10 ms; first-load JS < 130 KB gzipped; no errors. p95 above is autocannon's p97.5, the nearest percentile it reports. Pages are served by lib/server/cache/serve.mjs as \`npm start\` serves them: a repeated URL is answered from a copy kept until the data changes; the "new URL every request" rows are what a query costs when nothing is kept.`,
  );

  if (report) {
    mkdirSync(path.dirname(report), { recursive: true });
    // What a person wrote below the measured part (the before and after of a change) is kept.
    const previous = existsSync(report) ? readFileSync(report, "utf8") : "";
    const kept = previous.indexOf(KEPT_HEADING);
    writeFileSync(report, `${lines.join("\n")}\n${kept >= 0 ? `\n${previous.slice(kept)}` : ""}`);
    console.log(`\nWrote ${report}`);
  }
  const overBudget = js.filter((j) => j.kb - jsFloor.kb > OWN_JS_BUDGET_KB);
  for (const j of overBudget)
    console.error(
      `${j.path} loads ${(j.kb - jsFloor.kb).toFixed(1)} KB of our own JavaScript, over the ${OWN_JS_BUDGET_KB} KB budget`,
    );
  if (overBudget.length > 0) process.exitCode = 1;
  const seedVerdict = weightVerdict(seedWeights, "seed");
  const scaleVerdict = weightVerdict(scaleWeights, "scale");
  const heavy = [...seedVerdict.failed, ...scaleVerdict.failed];
  for (const w of heavy)
    console.error(`${w.name} (${w.locale}) ${w.path}: ${w.bytes} bytes, ${w.nodes} elements, over its budget`);
  for (const name of seedVerdict.nowUnder)
    console.log(`${name} is now under the seed budget: take it out of OVER_BUDGET.seed`);
  for (const name of scaleVerdict.nowUnder)
    console.log(`${name} is now under the scale budget: take it out of OVER_BUDGET.scale`);
  if (heavy.length > 0) process.exitCode = 1;
  // The latency targets hold for the scale database on a quiet machine: the full run only.
  const slow = quick ? [] : neverAsked.filter((n) => !n.ok);
  for (const n of slow)
    console.error(
      `${n.path} never asked: p50 ${n.serial.p50.toFixed(1)} ms, p95 ${n.serial.p95.toFixed(1)} ms, ${(n.ratio * 100).toFixed(1)}% of /ping, off target`,
    );
  if (slow.length > 0) process.exitCode = 1;
  const slowSearch = quick ? [] : search.filter((x) => !x.ok);
  for (const x of slowSearch)
    console.error(`search “${x.query}” (${x.kind}): p95 ${x.p95.toFixed(2)} ms, over its ${x.targetMs} ms target`);
  if (slowSearch.length > 0) process.exitCode = 1;
  const errors = results.reduce((n, r) => n + r.plain.errors + r.gzip.errors + r.at10.errors, 0);
  if (errors > 0) {
    console.error(`${errors} request errors`);
    process.exitCode = 1;
  }
} finally {
  server.kill("SIGTERM");
  seedServer.kill("SIGTERM");
}
