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
import { measurePageWeights, PAGE_BUDGETS, publicPagesOf, weightTable } from "./lib/page-weight";

const { values } = parseArgs({
  options: {
    base: { type: "string", default: "http://localhost:3000" },
    "database-url": { type: "string", default: process.env.DATABASE_URL ?? "file:./data/tracker.db" },
    budget: { type: "string", default: "seed" },
    only: { type: "string" },
  },
});
const budget = values.budget === "scale" ? PAGE_BUDGETS.scale : PAGE_BUDGETS.seed;
const only = values.only?.split(",").map((s) => s.trim());
const db = createPrismaClient(values["database-url"]);
const pages = (await publicPagesOf(db)).filter((p) => !only || only.includes(p.name));
await db.$disconnect();
const browser = await chromium.launch(CHROMIUM_LAUNCH);
const weights = await measurePageWeights(values.base, pages, browser, budget);
await browser.close();
console.log(weightTable(weights, budget).join("\n"));
if (weights.some((w) => !w.ok)) process.exitCode = 1;
