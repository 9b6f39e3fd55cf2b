/**
 * The agreements list lines up as a table on a wide screen and stacks as cards on a
 * phone (components/agreements/agreement-rows.tsx, app/globals.css .ag-row/.ag-cols).
 * A row carries both classes, so their order in the stylesheet decides which columns
 * win: once the card's two columns won at every width and each row's cells fell out
 * of line with the header.
 */
import { expect, test } from "@playwright/test";

test("on a wide screen each agreement row's cells sit under their column headings", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto("/agreements");
  const heads = page.locator("[data-testid=results-columns] > span");
  await expect(heads).toHaveCount(4);
  const headX = await heads.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().left));
  const rows = page.locator("[data-testid=agreement-row]");
  expect(await rows.count()).toBeGreaterThan(5);
  for (const row of (await rows.all()).slice(0, 5)) {
    // The cells other than the labels a phone shows (.cl, hidden from md up): title, date, signatories, status.
    const cellX = await row.evaluate((li) =>
      [...li.children].filter((el) => !el.classList.contains("cl")).map((el) => el.getBoundingClientRect().left),
    );
    expect(cellX).toHaveLength(4);
    for (const [i, x] of cellX.entries()) expect(Math.abs(x - (headX[i] ?? 0)), `cell ${i}`).toBeLessThan(2);
  }
});

test("on a phone an agreement row stacks: title first, then each cell under its label", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/agreements");
  await expect(page.locator("[data-testid=results-columns]")).toBeHidden();
  const row = page.locator("[data-testid=agreement-row]").first();
  const labels = row.locator(".cl");
  await expect(labels.first()).toBeVisible();
  const title = await row.locator(".row-title").boundingBox();
  const status = await row.locator(".cl").last().boundingBox();
  expect(title && status && status.y > title.y).toBe(true);
});
