import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers";

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
  await expectNoAxeViolations(page);
});

for (const { prefix, updated, changes, assessed, added } of [
  {
    prefix: "",
    updated: "Updated",
    changes: "All changes",
    assessed: "Plan items assessed",
    added: "Added to the tracker",
  },
  {
    prefix: "/ko",
    updated: "업데이트",
    changes: "모든 변경 사항",
    assessed: "평가된 계획 항목",
    added: "트래커에 추가",
  },
  { prefix: "/zh", updated: "更新于", changes: "全部变更", assessed: "已评估的计划事项", added: "本站新收录" },
]) {
  test(`${prefix || "/"} says where things stand, when the tracker changed and what changed last`, async ({ page }) => {
    await page.goto(prefix || "/");
    const summary = page.getByTestId("home-summary");
    // The newest agreement is named and linked in the sentence.
    await expect(summary.getByRole("link")).toHaveAttribute("href", /\/agreements\//);
    await expect(page.getByTestId("home-updated")).toContainText(updated);
    await expect(page.getByTestId("home-updated").locator("time")).toHaveAttribute("datetime", /^\d{4}-\d\d-\d\dT/);
    // Headline figures that do not mislead: items assessed of all, beside how many are completed.
    const stat = page.getByRole("link", { name: new RegExp(assessed) });
    await expect(stat).toContainText(/\d+ \/ \d+/);

    const latest = page.locator("section[aria-labelledby=latest-changes-heading]");
    await expect(latest.getByTestId("changed-record")).toHaveCount(5);
    await expect(latest.getByTestId("changed-record").first()).toContainText(added);
    await latest.getByRole("link", { name: changes }).click();
    await expect(page).toHaveURL(new RegExp(`${prefix}/changes$`));
  });
}

test("/changes tells a record added to the tracker apart from when it happened", async ({ page }) => {
  await page.goto("/changes");
  // The newest 5 of a kind, and a link to all of them, 30 to a page.
  const agreements = page.locator("section[aria-labelledby=changed-agreement-heading]");
  await expect(agreements.getByTestId("changed-record")).toHaveCount(5);
  await agreements.getByTestId("changes-more").click();
  await expect(page).toHaveURL(/kind=agreement/);
  await expect(agreements.getByTestId("changed-record")).toHaveCount(30);
  await expect(page.locator("section[aria-labelledby=changed-meeting-heading]")).toHaveCount(0);
  // All 68, page by page, to the one with the 1992 communiqué.
  for (let n = 2; (await agreements.getByTestId("changed-record").filter({ hasText: "1992" }).count()) === 0; n++) {
    expect(n).toBeLessThanOrEqual(3);
    await page.goto(`/changes?kind=agreement&page=${n}`);
    await expect(agreements.getByTestId("changed-record").first()).toBeVisible();
  }

  // The 1992 communiqué was loaded with the tracker: added now, signed in 1992.
  const row = agreements.getByTestId("changed-record").filter({ hasText: "1992" }).first();
  await expect(row).toContainText("Added to the tracker");
  await expect(row.getByTestId("changed-happened")).toContainText(/signed .*1992/);
  const added = await row.locator("time").getAttribute("datetime");
  expect(Number(added?.slice(0, 4))).toBeGreaterThan(2025);
});
