/**
 * Page weights of a running server, for working on a page (the benchmark measures the
 * same, every page in every language, in its report):
 *
 *   npx tsx --conditions=react-server scripts/page-weights.ts --base http://localhost:3301 \
 *     --database-url file:./tests/.tmp/e2e.db [--budget seed|scale] [--only agreements,plan]
 *
 * Prints the table (scripts/lib/page-weight.ts) and exits 1 when a page is over budget.
 */
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";
import { createPrismaClient } from "../lib/server/db/prisma";
import { CHROMIUM_LAUNCH } from "../tests/chromium";
import { measurePageWeights, publicPagesOf, weightTable, weightVerdict } from "./lib/page-weight";

const { values } = parseArgs({
  options: {
    base: { type: "string", default: "http://localhost:3000" },
    "database-url": { type: "string", default: process.env.DATABASE_URL ?? "file:./data/tracker.db" },
    budget: { type: "string", default: "seed" },
    only: { type: "string" },
  },
});
const database = values.budget === "scale" ? "scale" : "seed";
const only = values.only?.split(",").map((s) => s.trim());
const db = createPrismaClient(values["database-url"]);
const pages = (await publicPagesOf(db)).filter((p) => !only || only.includes(p.name));
await db.$disconnect();
const browser = await chromium.launch(CHROMIUM_LAUNCH);
const weights = await measurePageWeights(values.base, pages, browser, database);
await browser.close();
console.log(weightTable(weights, database).join("\n"));
const { failed, nowUnder } = weightVerdict(weights, database);
for (const name of nowUnder) console.log(`${name} is now under budget: take it out of OVER_BUDGET.${database}`);
if (failed.length > 0) process.exitCode = 1;
