/**
 * Issue 16: a Korean or Chinese reader meets the record in their language, with one
 * quiet mark where it is the tracker's own translation instead of a language tag on
 * every line; official names and aliases find it in every language; sources are named
 * by publisher and title and link to the original, never by a file name.
 */
import { expect, test } from "@playwright/test";

const MOU = "/agreements/industrial-complexes-mou-2026";
const OFFICIAL_KO = "한중 산업단지 협력 강화에 관한 양해각서";
const TRANSLATED_ZH = "关于深化中韩产业园合作的谅解备忘录";

test("in Korean, an agreement reads in Korean: its official title, no language tags", async ({ page }) => {
  await page.goto(`/ko${MOU}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(OFFICIAL_KO);
  await expect(page.locator("main [data-fallback-mark]")).toHaveCount(0);
  // The Korean title is the official form: no translation mark beside it.
  await expect(page.getByRole("heading", { level: 1 }).locator("[data-translation-mark]")).toHaveCount(0);
  // Its signatories read in Korean too.
  await expect(page.locator("main")).toContainText("산업통상부");
  await expect(page.locator("main")).toContainText("상무부");
});

test("in Chinese, the tracker's own translation carries one quiet mark that explains itself on focus", async ({
  page,
}) => {
  await page.goto(`/zh${MOU}`);
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toContainText(TRANSLATED_ZH);
  await expect(page.locator("main [data-fallback-mark]")).toHaveCount(0);
  const mark = heading.locator("[data-translation-mark]");
  await expect(mark).toHaveAttribute("role", "note");
  await expect(mark).toHaveAccessibleName(/本站翻译/);
  await mark.focus();
  const tip = await mark.evaluate((el) => getComputedStyle(el, "::after").content);
  expect(tip).toContain("本站翻译");
});

for (const [path, query] of [
  ["/ko/agreements", "산업단지"],
  ["/ko/agreements", "새만금"],
  ["/agreements", "MOTIE"],
  ["/zh/agreements", "商务部"],
  ["/zh/agreements", "产业园"],
] as const) {
  test(`${path}?q=${query} finds the industrial-park MOU by an official name, a translation or an alias`, async ({
    page,
  }) => {
    await page.goto(`${path}?q=${encodeURIComponent(query)}`);
    await expect(page.locator(`main a[href$="${MOU}"]`).first()).toBeVisible();
  });
}

test("sources are named by publisher and title, and a web source links to its original", async ({ page }) => {
  await page.goto("/sources");
  await expect(page.locator("main")).not.toContainText(".txt");
  await expect(page.getByRole("heading", { name: /Public reporting/ })).toBeVisible();
  const web = page.locator("section[aria-labelledby='sources-web'] [data-testid=source-card] a").first();
  await web.click();
  const original = page.getByTestId("source-original");
  await expect(original).toHaveAttribute("href", /^https?:\/\//);
  await expect(original).toHaveAttribute("rel", /noopener/);
  await expect(page.locator("main")).not.toContainText(".txt");
  // Its citations say where and what in our words, and never quote the page.
  await expect(page.getByTestId("source-citation").first()).toContainText("Where in the source");
  await expect(page.locator("[data-testid=source-citation] blockquote")).toHaveCount(0);
});
