import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, expectNoHorizontalScroll, PUBLIC_PAGES } from "./helpers";

test("an analyst searches, filters, opens the January 2026 MOU, follows its lineage and opens a source", async ({
  page,
}) => {
  await page.goto("/agreements");
  await page.getByRole("searchbox").fill("carbon market");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/q=carbon\+market/);
  await expect(page.getByText("1 agreement for “carbon market”")).toBeVisible();
  // On a wide screen the rows line up under column headings; the per-row labels are for screen readers.
  await expect(page.getByTestId("results-columns")).toBeVisible();
  const label = page.getByTestId("agreement-row").getByText("Signatories", { exact: true });
  await expect(label).toHaveCSS("position", "absolute");

  await page.getByLabel("Ministry").selectOption({ label: "Ministry of Climate, Energy and Environment" });
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/ministry=mcee/);
  await expect(page).toHaveURL(/q=carbon\+market/);
  const row = page.getByTestId("agreement-row");
  await expect(row).toHaveCount(1);
  await expect(row.locator("mark").first()).toHaveText(/carbon/i);

  await row.getByRole("link", { name: /Environmental and Climate Cooperation/ }).click();
  await expect(page).toHaveURL(/\/agreements\/environmental-cooperation-mou-2026$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    /Environmental and Climate Cooperation \(revised, 2026\)/,
  );
  await expect(page.locator("time[datetime='2026-01-05']").first()).toBeVisible();
  await expect(
    page.locator("section[aria-labelledby=sources-heading] ol").getByText("05 Monday 2025").first(),
  ).toBeVisible();

  await page
    .getByTestId("lineage")
    .getByRole("link", { name: /MOU \(2014 revision\)/ })
    .click();
  await expect(page).toHaveURL(/\/agreements\/environmental-cooperation-agreement-2014$/);
  await expect(page.getByTestId("lineage").locator("[aria-current=page]")).toHaveText(/2014/);

  const quote = page.locator("section[aria-labelledby=sources-heading] ol li").first();
  await quote.getByRole("link").last().click();
  await expect(page).toHaveURL(/\/sources\/[0-9a-z_]+$/);
  await expect(page.getByTestId("source-citation").first()).toBeVisible();
});

test("the counterpart matrix links to the agreements both ministries signed", async ({ page }) => {
  await page.goto("/ministries");
  const link = page
    .getByTestId("counterpart-matrix")
    .getByRole("link", { name: /agreements? signed by BOK and PBOC$/ });
  const count = Number(await link.textContent());
  expect(count).toBeGreaterThan(0);
  await link.click();
  await expect(page).toHaveURL(/ministry=bok&ministry=pboc/);
  await expect(page.locator("#results-heading")).toContainText(String(count));
});

test("the counterpart matrix shows the most active bodies and says the rest are a filter away", async ({ page }) => {
  await page.goto("/ministries");
  const matrix = page.getByTestId("counterpart-matrix");
  // At most twelve bodies a side: a row header per row, a column header per column besides the corner.
  expect(await matrix.locator("tbody th").count()).toBeLessThanOrEqual(12);
  expect(await matrix.locator("thead th").count()).toBeLessThanOrEqual(13);
  // The seed has more Korean signatories than that, so the note names the totals.
  await expect(page.getByTestId("matrix-trimmed")).toContainText(/of \d+ and \d+/);
});

test("a bad filter value gets a message naming it, not an error page", async ({ page }) => {
  const response = await page.goto(`/agreements?from=abc&status=nonsense&q=${"x".repeat(10_000)}`);
  expect(response?.status()).toBe(200);
  const alert = page.getByRole("alert").filter({ hasText: "could not be used" });
  await expect(alert).toContainText("Signed from");
  await expect(alert).toContainText("must be one of");
  await expect(alert).toContainText("at most 200 characters");
});

test("an unknown slug shows the 404 page", async ({ page }) => {
  for (const path of [
    "/agreements/no-such-thing",
    "/ministries/nope",
    "/plans/nope",
    "/dialogues/nope",
    "/sources/nope",
    "/agreements/%3Cscript%3E",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  }
});

test.describe("on a 390-pixel-wide phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("a reader reads the agreements as cards and the record pages without sideways scrolling", async ({ page }) => {
    await page.goto("/agreements?q=carbon+market");
    const row = page.getByTestId("agreement-row");
    await expect(row).toHaveCount(1);
    // Stacked as a card: each value beside a label of its own, no column headings.
    const label = row.getByText("Signatories", { exact: true });
    await expect(label).toBeVisible();
    await expect(label).toHaveCSS("position", "static");
    await expect(page.getByTestId("results-columns")).toBeHidden();
    await expectNoHorizontalScroll(page);
    for (const path of [
      "/agreements/environmental-cooperation-mou-2026",
      "/ministries",
      "/dialogues",
      "/plans/clear-sky-plan",
      "/timeline",
      "/status",
    ]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoHorizontalScroll(page);
    }
  });
});

for (const path of [...PUBLIC_PAGES, "/agreements?q=carbon", "/no-such-page"]) {
  test(`${path} has a title and no accessibility violations`, async ({ page }) => {
    await page.goto(path);
    await expect(page).toHaveTitle(/Korea–China Cooperation Tracker/);
    await expectNoAxeViolations(page);
  });
}

test("the source pages have no accessibility violations", async ({ page }) => {
  await page.goto("/sources");
  await page.getByTestId("source-card").first().getByRole("link").first().click();
  await expect(page.getByTestId("source-citation").first()).toBeVisible();
  await expectNoAxeViolations(page);
});
