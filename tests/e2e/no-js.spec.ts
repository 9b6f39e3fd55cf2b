/**
 * Every public journey with JavaScript off (issue 19): reading, search, filters,
 * pagination, the language switch and exports are plain links and GET forms, so a
 * reader whose browser runs no script (or has not loaded it yet) loses nothing.
 */
import { expect, test } from "@playwright/test";

test.use({ javaScriptEnabled: false });

test("a reader filters the agreements, pages through them and opens one, with no script", async ({ page }) => {
  await page.goto("/agreements");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // 68 agreements at 20 a page: the next page is a link.
  await expect(page.getByTestId("agreement-row")).toHaveCount(20);
  await page.getByRole("link", { name: /Next/ }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByTestId("agreement-row")).toHaveCount(20);
  await expect(page.getByText(/Page 2 of \d+/)).toBeVisible();

  // The filter form is a GET form: choosing and applying puts the filter in the URL.
  await page.goto("/agreements");
  await page.getByLabel("Ministry").selectOption({ label: "Ministry of Climate, Energy and Environment" });
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/ministry=mcee/);
  const rows = page.getByTestId("agreement-row");
  const count = await rows.count();
  expect(count).toBeGreaterThan(0);
  expect(count).toBeLessThan(20);

  // The text search too.
  await page.getByRole("searchbox").fill("carbon market");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/q=carbon\+market/);
  await expect(rows).toHaveCount(1);
  await rows.getByRole("link", { name: /Environmental and Climate Cooperation/ }).click();
  await expect(page).toHaveURL(/\/agreements\/environmental-cooperation-mou-2026$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Environmental and Climate Cooperation/);
});

test("the language switch leads to the same page in the other language, with no script", async ({ page }) => {
  await page.goto("/agreements/environmental-cooperation-mou-2026");
  const switcher = page.getByRole("navigation", { name: "Language" });
  await switcher.getByRole("link", { name: "한국어" }).click();
  await expect(page).toHaveURL(/\/ko\/agreements\/environmental-cooperation-mou-2026$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "ko");

  // (The choice is remembered, so the Korean page's switch is labelled in Korean.)
  await page.goto("/ko/timeline");
  await page.getByRole("navigation", { name: "언어" }).getByRole("link", { name: "中文" }).click();
  await expect(page).toHaveURL(/\/zh\/timeline$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");

  // A filtered list leads to the same list; its filters follow once the page's script runs
  // (the static HTML cannot know the query), see browse and i18n specs for that.
  await page.goto("/zh/agreements?ministry=mcee");
  await page.getByRole("link", { name: "한국어" }).click();
  await expect(page).toHaveURL(/\/ko\/agreements/);
});

test("the exports of a filtered list are plain links to files holding exactly that list", async ({ page, request }) => {
  await page.goto("/agreements?ministry=mcee");
  const shown = await page.getByTestId("agreement-row").count();
  const links = page.getByTestId("export-links").getByRole("link");
  const csv = await links.filter({ hasText: "CSV" }).getAttribute("href");
  const json = await links.filter({ hasText: "JSON" }).getAttribute("href");
  expect(csv).toMatch(/ministry=mcee/);
  const file = await request.get(csv ?? "");
  expect(file.headers()["content-type"]).toMatch(/text\/csv/);
  // A header line, then one line a record (titles hold no line breaks).
  expect((await file.text()).trim().split(/\r\n/).length - 1).toBe(shown);
  const data = await (await request.get(json ?? "")).json();
  expect(data.rows).toHaveLength(shown);
  expect(data.filters).toEqual({ ministry: ["mcee"] });
});

test("the timeline, the status page and a plan read in full with no script", async ({ page }) => {
  await page.goto("/timeline");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await page.locator("time").count()).toBeGreaterThan(10);

  await page.goto("/status");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator("main")).toContainText(/Not assessed/);

  // The plan in full (its page shows the first screenful of items, a line each for the rest).
  await page.goto("/plans/clear-sky-plan/all");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // What no source states about an item is named on one line per item, not a line per field.
  const items = page.getByTestId("plan-item");
  const notStated = page.getByTestId("item-not-stated");
  expect(await notStated.count()).toBeGreaterThan(0);
  expect(await notStated.count()).toBeLessThanOrEqual(await items.count());
  await expect(notStated.first()).toHaveText(/^Not stated by the sources: (responsible body|due date)/);
  await expect(items.getByText("Not stated by the sources", { exact: true })).toHaveCount(0);
  // A plan item's status history is a disclosure that opens without a script.
  const history = page.locator("details").filter({ has: page.locator("summary", { hasText: /status updates?$/ }) });
  await history.first().locator("summary").click();
  await expect(history.first()).toHaveAttribute("open", "");
});

test("the header's search box on every page searches everything, in the page's language, with no script", async ({
  page,
}) => {
  await page.goto("/agreements/environmental-cooperation-mou-2026");
  await page.getByRole("search").getByRole("textbox", { name: "Site search" }).fill("Saemangeum");
  await page.getByRole("textbox", { name: "Site search" }).press("Enter");
  await expect(page).toHaveURL(/\/search\?q=Saemangeum$/);
  await expect(page.getByTestId("search-group").first()).toBeVisible();

  await page.goto("/ko/timeline");
  await page.getByRole("textbox", { name: "사이트 검색" }).fill("새만금");
  await page.getByRole("button", { name: "사이트 검색" }).click();
  await expect(page).toHaveURL(/\/ko\/search\?q=%EC%83%88%EB%A7%8C%EA%B8%88$/);
  await expect(page.getByTestId("search-summary")).toContainText("새만금");
});
