import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, expectNoHorizontalScroll } from "./helpers";

const EVENT =
  /\/timeline\?from=2026&to=2026&at=event-saemangeum-investment-delegation-2026#event-saemangeum-investment-delegation-2026$/;
const MOU = /\/agreements\/industrial-complexes-mou-2026$/;

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a reader searches Saemangeum without JavaScript and finds the MOU and the delegation event", async ({
    page,
  }) => {
    await page.goto("/search");
    await expect(page.getByRole("heading", { level: 1, name: "Search" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Search everything in the tracker" })).toBeVisible();

    await page.getByRole("searchbox", { name: "Search text" }).fill("Saemangeum");
    await page.getByRole("searchbox", { name: "Search text" }).press("Enter");
    await expect(page).toHaveURL(/\/search\?q=Saemangeum/);
    await expect(page.getByTestId("search-summary")).toHaveText(/results? for “Saemangeum”/);

    const agreements = page.getByRole("region", { name: /^Agreements/ });
    const events = page.getByRole("region", { name: /^Events/ });
    await expect(agreements.getByRole("link", { name: /industrial park cooperation/ })).toHaveAttribute("href", MOU);
    const event = events.getByRole("link", { name: /delegation to Saemangeum/ });
    await expect(event).toHaveAttribute("href", EVENT);
    await expect(event.locator("mark")).toHaveText("Saemangeum");
    // Each kind found is listed with its count, and links to its group.
    await expect(page.getByRole("navigation", { name: "Results by kind" }).getByRole("link")).toHaveCount(
      await page.getByTestId("search-group").count(),
    );

    await event.click();
    await expect(page).toHaveURL(EVENT);
    await expect(page.locator("#event-saemangeum-investment-delegation-2026")).toBeVisible();
  });
});

test.describe("one search for everything", () => {
  test("the empty state and the results pass axe", async ({ page }) => {
    await page.goto("/search");
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Saemangeum" }).click();
    await expect(page).toHaveURL(/\/search\?q=Saemangeum$/);
    await expect(page.getByTestId("search-result").first()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("in Korean: 새만금 finds the same records, and a Latin query shows the name that matched", async ({ page }) => {
    await page.goto("/ko/search?q=%EC%83%88%EB%A7%8C%EA%B8%88");
    await expect(page.getByRole("heading", { level: 1, name: "검색" })).toBeVisible();
    await expect(page.getByRole("region", { name: /^협정/ }).getByRole("link").first()).toHaveAttribute(
      "href",
      /\/ko\/agreements\/industrial-complexes-mou-2026$/,
    );
    const event = page.getByRole("region", { name: /^행사/ }).getByRole("link", { name: /새만금/ });
    await expect(event).toHaveAttribute(
      "href",
      /^\/ko\/timeline\?from=2026&to=2026&at=event-saemangeum-investment-delegation-2026#event-saemangeum/,
    );
    await expect(event.locator("mark")).toHaveText("새만금");
    await expectNoAxeViolations(page);

    await page.getByRole("searchbox", { name: "검색어" }).fill("Saemangeum");
    await page.getByRole("button", { name: "검색", exact: true }).click();
    const result = page.getByTestId("search-result").filter({ has: page.locator(`a[href*="#event-saemangeum"]`) });
    await expect(result.getByText("일치하는 이름:")).toBeVisible();
    await expect(result.locator("mark").first()).toHaveText("Saemangeum");
  });

  test("in Chinese: 碳市场 finds the environmental MOU, and one kind lists in full", async ({ page }) => {
    await page.goto("/zh/search?q=%E7%A2%B3%E5%B8%82%E5%9C%BA");
    await expect(page.getByRole("heading", { level: 1, name: "搜索" })).toBeVisible();
    const agreements = page.getByRole("region", { name: /^协定/ });
    await expect(agreements.locator(`a[href="/zh/agreements/environmental-cooperation-mou-2026"]`)).toBeVisible();
    await expect(agreements.locator("mark").first()).toHaveText("碳市场");
    await expectNoAxeViolations(page);

    await page.goto("/zh/search?q=%E5%90%88%E4%BD%9C");
    const showAll = page.getByRole("link", { name: /^查看全部 .* 条来源/ });
    await showAll.click();
    await expect(page).toHaveURL(/\/zh\/search\?q=%E5%90%88%E4%BD%9C&kind=source/);
    await expect(page.getByTestId("search-group")).toHaveCount(1);
    const count = Number(await page.getByTestId("search-group-count").textContent());
    expect(count).toBeGreaterThan(5);
    await expect(page.getByTestId("search-result")).toHaveCount(Math.min(20, count));
    await expectNoAxeViolations(page);
  });

  test("a search that finds nothing says so and points to the lists; bad input is refused by name", async ({
    page,
  }) => {
    await page.goto("/search?q=zzqxjvw");
    await expect(page.getByRole("heading", { name: "Nothing matches “zzqxjvw”" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Browse the lists" }).getByRole("link")).toHaveCount(6);
    await expectNoAxeViolations(page);

    await page.goto(`/search?q=${"a".repeat(201)}`);
    await expect(page.getByRole("alert").filter({ hasText: "Search text" })).toContainText(
      "Search text (q) is too long: at most 200 characters",
    );

    await page.goto(
      `/search?q=${encodeURIComponent('<script>document.title="x"</script><img src=x onerror=alert(1)>')}`,
    );
    await expect(page.getByTestId("search-summary").or(page.getByTestId("search-none"))).toContainText("<script>");
    await expect(page.locator("img[src=x]")).toHaveCount(0);
    await expect(page).toHaveTitle(/Search/);
  });
});

test("on a phone the results fit the screen", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/ko/search?q=Saemangeum");
  await expect(page.getByTestId("search-result").first()).toBeVisible();
  await expectNoHorizontalScroll(page);
});
