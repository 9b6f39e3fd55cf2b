/**
 * Issue 19 (page weight): the long lists on /sources, a source's page and /changes come a
 * page at a time, with plain links that work without JavaScript.
 */
import { expect, type Page, test } from "@playwright/test";
import { e2eDb, expectNoAxeViolations } from "./helpers";

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  /** The previous/next links under a list (components/ui/pagination.tsx), in any language. */
  const pager = (page: Page) => page.getByRole("navigation", { name: /^(Pages|페이지|分页)$/ });

  test("/sources pages through every source, 25 at a time, documents first", async ({ page }) => {
    const db = e2eDb();
    const total = await db.source.count({ where: { archivedAt: null } });
    await db.$disconnect();
    await page.goto("/sources");
    const cards = page.getByTestId("source-card");
    await expect(cards).toHaveCount(25);
    await expect(page.getByTestId("sources-range")).toHaveText(`Sources 1–25 of ${total}`);
    await expect(page.locator("#sources-documents")).toBeVisible();
    const first = await cards.first().getByRole("link").getAttribute("href");

    await pager(page).getByRole("link", { name: "Next" }).click();
    await expect(page).toHaveURL(/\/sources\?page=2$/);
    await expect(page.getByTestId("sources-range")).toHaveText(`Sources 26–50 of ${total}`);
    await expect(cards).toHaveCount(25);
    expect(await cards.first().getByRole("link").getAttribute("href")).not.toBe(first);
    // The documents were all on the first page; the web sources' heading still counts them all.
    await expect(page.locator("#sources-documents")).toHaveCount(0);
    await expect(page.locator("#sources-web")).toContainText(`(${total - 5})`);

    await pager(page).getByRole("link", { name: "Previous" }).click();
    await expect(page).toHaveURL(/\/sources$/);

    // The last page, in Korean; a page past the end shows the last one.
    const last = Math.ceil(total / 25);
    await page.goto(`/ko/sources?page=${last + 5}`);
    await expect(page.locator("html")).toHaveAttribute("lang", "ko");
    await expect(cards).toHaveCount(total - (last - 1) * 25);
    await expect(page.getByTestId("sources-range")).toContainText(`${total}건`);
    await expect(pager(page).getByRole("link", { name: "다음" })).toHaveCount(0);
  });

  test("a source's page lists the records citing it 15 at a time", async ({ page }) => {
    const db = e2eDb();
    const source = await db.source.findFirstOrThrow({
      where: { archivedAt: null },
      orderBy: { citations: { _count: "desc" } },
      select: { id: true, _count: { select: { citations: { where: { archivedAt: null } } } } },
    });
    await db.$disconnect();
    const count = source._count.citations;
    expect(count).toBeGreaterThan(30);
    await page.goto(`/sources/${source.id}`);
    const cited = page.getByTestId("source-citation");
    await expect(cited).toHaveCount(15);
    await expect(page.getByTestId("cited-range")).toHaveText(`Citations 1–15 of ${count}`);
    await expect(page.locator("#cited-by-heading").locator("..")).toContainText(`cited ${count} times`);

    await pager(page).getByRole("link", { name: "Next" }).click();
    await expect(page).toHaveURL(new RegExp(`/sources/${source.id}\\?page=2#cited-by-heading$`));
    await expect(cited).toHaveCount(15);
    // The list goes on numbering where the page before stopped.
    await expect(page.locator("section[aria-labelledby=cited-by-heading] ol")).toHaveAttribute("start", "16");

    const last = Math.ceil(count / 15);
    await page.goto(`/zh/sources/${source.id}?page=${last}`);
    await expect(cited).toHaveCount(count - (last - 1) * 15);
    await expect(pager(page).getByRole("link", { name: "下一页" })).toHaveCount(0);
    await expect(pager(page).getByRole("link", { name: "上一页" })).toBeVisible();
  });

  test("/changes shows the newest 5 of a kind, then lists it on its own 30 at a time, and goes back to every kind", async ({
    page,
  }) => {
    const db = e2eDb();
    const agreements = await db.agreement.count({ where: { archivedAt: null } });
    await db.$disconnect();
    await page.goto("/changes?since=2020-01-01");
    const section = page.locator("section[aria-labelledby=changed-agreement-heading]");
    await expect(section.getByTestId("changed-record")).toHaveCount(5);
    await section.getByTestId("changes-more").click();
    await expect(page).toHaveURL(/kind=agreement/);
    await expect(section.getByTestId("changed-record")).toHaveCount(30);
    await pager(page).getByRole("link", { name: "Next" }).click();
    await expect(page).toHaveURL(/kind=agreement&page=2/);
    await expect(section.getByTestId("changed-record")).toHaveCount(Math.min(30, agreements - 30));
    await expect(page.getByTestId("changes-summary")).toBeVisible();
    await page.getByTestId("changes-all").click();
    await expect(page.locator("section[aria-labelledby=changed-meeting-heading]")).toBeVisible();
  });
});

test("a later page of /sources and of a source's citations have no accessibility violations", async ({ page }) => {
  // Two full axe runs (axe needs the page's JavaScript).
  test.slow();
  const db = e2eDb();
  const source = await db.source.findFirstOrThrow({
    where: { archivedAt: null },
    orderBy: { citations: { _count: "desc" } },
    select: { id: true },
  });
  await db.$disconnect();
  await page.goto("/sources?page=2");
  await expect(page.getByTestId("source-card").first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto(`/zh/sources/${source.id}?page=2`);
  await expect(page.getByTestId("source-citation").first()).toBeVisible();
  await expectNoAxeViolations(page);
});
