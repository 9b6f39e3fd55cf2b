import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { createPrismaClient } from "../../lib/server/db/prisma";

/** The database the end-to-end server runs on (scripts/e2e-server.sh). */
export const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL ?? "file:./tests/.tmp/e2e.db";

export function e2eDb() {
  return createPrismaClient(E2E_DATABASE_URL);
}

/** Fails with the list of violations, so a regression names its rule; `include` narrows it to a part of the page. */
export async function expectNoAxeViolations(page: Page, include?: string) {
  // WCAG 2.2's target size (24 px, or room around a smaller target) is off by default in axe.
  const builder = new AxeBuilder({ page }).options({ rules: { "target-size": { enabled: true } } });
  const results = await (include ? builder.include(include) : builder).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

/** The page fits the viewport: nothing scrolls sideways. */
export async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/** One page of each public kind: every list and one record of each. */
export const PUBLIC_PAGES = [
  "/",
  "/agreements",
  "/agreements/environmental-cooperation-mou-2026",
  "/ministries",
  "/ministries/mcee",
  "/dialogues",
  "/dialogues/ict-strategy-dialogue",
  "/plans",
  "/plans/clear-sky-plan",
  "/timeline",
  "/status",
  "/sources",
] as const;
