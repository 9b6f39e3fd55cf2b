import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

test("the overview lists the newest agreements, the January 2026 package first, with both sides' signatories", async ({
  page,
}) => {
  await page.goto("/");
  // Fourteen documents were signed on 5 January 2026; the national parks MOU is one.
  const card = page
    .getByTestId("agreement-card")
    .filter({ hasText: "Korea National Park Service" })
    .filter({ hasText: "National Park Administration" });
  await expect(card).toHaveCount(1);
  await expect(card.locator("time")).toHaveAttribute("datetime", "2026-01-05");
  await expect(card.locator("time")).toHaveText("5 Jan 2026");
  // Stated by reporting now (issue 16): no longer marked inferred.
  await expect(card.getByText("inferred")).toHaveCount(0);
  await expect(card.getByText("Korea", { exact: true })).toBeVisible();
  await expect(card.getByText("China", { exact: true })).toBeVisible();
});

test("switching to Korean changes the page language", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("link", { name: "한국어" }).click();
  await expect(page).toHaveURL(/\/ko$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "ko");
  await page.goto("/zh");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
});

test("an unknown path shows the 404 page", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});

test("the overview has no accessibility violations", async ({ page }) => {
  await page.goto("/");
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
