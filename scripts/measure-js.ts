/**
 * What makes up each public page's first-load JavaScript: every script Chromium
 * loads, with its gzipped size, measured as the benchmark measures it (scripts/bench.ts,
 * firstLoadJs) but listed chunk by chunk.
 *
 *   npx tsx scripts/measure-js.ts [--dist .next-measure] [--skip-build] [--webpack] [--port 3160]
 *                                 [--paths /,/ping] [--json out.json]
 *
 * Builds into --dist (not .next, so the build under test is left alone), seeds a small
 * database of its own (tests/.tmp/measure-js.db), starts the production server on
 * loopback and prints, per page, each script URL and its gzipped size, then the total.
 */
import { execFileSync, spawn } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { createPrismaClient } from "../lib/server/db/prisma";
import { CHROMIUM_LAUNCH } from "../tests/chromium";
import { publicPages } from "./public-pages";

const { values } = parseArgs({
  options: {
    dist: { type: "string", default: ".next-measure" },
    "skip-build": { type: "boolean", default: false },
    webpack: { type: "boolean", default: false },
    port: { type: "string", default: "3160" },
    json: { type: "string" },
    /** Only these paths (comma-separated) instead of the public pages. */
    paths: { type: "string" },
  },
});
const base = `http://localhost:${values.port}`;
const databaseUrl = "file:./tests/.tmp/measure-js.db";
const env = { ...process.env, NEXT_DIST_DIR: values.dist, NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: databaseUrl };

function run(cmd: string, args: string[]) {
  execFileSync(cmd, args, { stdio: ["ignore", "ignore", "inherit"], env });
}

if (!values["skip-build"]) {
  // Next rewrites tsconfig.json's include list for a new build folder; put it back afterwards.
  const tsconfig = readFileSync("tsconfig.json", "utf8");
  try {
    run("npx", ["next", "build", ...(values.webpack ? ["--webpack"] : [])]);
  } finally {
    writeFileSync("tsconfig.json", tsconfig);
  }
}
for (const suffix of ["", "-wal", "-shm"]) rmSync(`tests/.tmp/measure-js.db${suffix}`, { force: true });
run("npx", ["tsx", "--conditions=react-server", "scripts/db-migrate.ts", "deploy"]);
run("npx", ["tsx", "--conditions=react-server", "prisma/seed.ts"]);

const server = spawn(process.execPath, ["lib/server/cache/serve.mjs", "-H", "localhost", "-p", values.port], {
  env: { ...env, NODE_ENV: "production", BETTER_AUTH_SECRET: `measure-${Date.now()}-${Math.random()}` },
  stdio: ["ignore", "ignore", "inherit"],
});

async function waitFor(url: string) {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer`);
}

try {
  await waitFor(`${base}/ping`);
  const db = createPrismaClient(databaseUrl);
  const sample = await db.agreement.findFirst({ orderBy: { signedOn: "desc" }, select: { slug: true } });
  await db.$disconnect();
  const paths = values.paths?.split(",") ?? [
    ...publicPages(`/agreements/${sample?.slug ?? "none"}`),
    "/ko",
    "/zh/agreements",
  ];
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  const summary: { path: string; kb: number; scripts: { url: string; kb: number }[] }[] = [];
  for (const p of paths) {
    const page = await browser.newPage();
    const sizes: Promise<{ url: string; kb: number }>[] = [];
    page.on("response", (res) => {
      if (res.request().resourceType() === "script")
        sizes.push(
          res.body().then(
            (b) => ({ url: res.url().replace(base, ""), kb: gzipSync(b).length / 1024 }),
            () => ({ url: res.url().replace(base, ""), kb: 0 }),
          ),
        );
    });
    await page.goto(base + p, { waitUntil: "load" });
    const scripts = await Promise.all(sizes);
    const kb = scripts.reduce((a, s) => a + s.kb, 0);
    summary.push({ path: p, kb, scripts });
    console.log(`\n${p}  ${kb.toFixed(1)} KB`);
    for (const s of [...scripts].sort((a, b) => b.kb - a.kb)) console.log(`  ${s.kb.toFixed(1).padStart(6)}  ${s.url}`);
    await page.close();
  }
  await browser.close();
  console.log("\nTotal per page (KB gzipped):");
  for (const s of summary) console.log(`  ${s.kb.toFixed(1).padStart(6)}  ${s.path}`);
  if (values.json) writeFileSync(values.json, JSON.stringify(summary, null, 2));
} finally {
  server.kill();
}
