import { type APIRequestContext, expect, test } from "@playwright/test";
import { todayIso } from "../../lib/dates";
import { IMPLEMENTATION_STATUSES } from "../../lib/schemas/vocab";
import { recordStatusUpdate } from "../../lib/server/services/record-status-update";
import { DEFAULT_STALE_DAYS, STATUS_PAGE_GROUPS, STATUS_PAGE_ITEMS } from "../../lib/status";
import { eventTimelineHref, pageCountOf, pageSizeOf } from "../../lib/timeline";
import { e2eDb, expectNoAxeViolations } from "./helpers";

/** A timeline entry: every one carries its kind (the entries carry no test id, to keep the page light). */
const ENTRY = "li[data-kind]";

test("a reader filters the timeline to science and ICT and sees the 2026 ICT strategy dialogue in Beijing", async ({
  page,
}) => {
  await page.goto("/timeline");
  await page.getByLabel("Track").selectOption({ label: "Science and ICT" });
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/sector=science-ict/);
  const entry = page.locator("#meeting-ict-strategy-dialogue-2026");
  await expect(entry).toContainText("ICT Cooperation Strategy Dialogue");
  await expect(entry).toContainText("Beijing");
  await expect(entry.locator("time")).toHaveText("2026");
  await expect(page.locator(ENTRY).filter({ hasText: "Clear Sky" })).toHaveCount(0);
});

test("a reader jumps to 2023 and finds the 7th director-general dialogue", async ({ page }) => {
  await page.goto("/timeline");
  await page
    .getByRole("navigation", { name: "Jump to year" })
    .getByRole("link", { name: /^2023 \d+$/ })
    .click();
  await expect(page).toHaveURL(/\/timeline\?from=2023&to=2023$/);
  const year = page.locator("#y2023");
  await expect(year).toBeVisible();
  // One year per page: nothing of the other years is drawn.
  await expect(page.locator("section[id^=y]")).toHaveCount(1);
  await expect(page.getByRole("link", { name: /^2023 \d+$/ })).toHaveAttribute("aria-current", "page");
  const meeting = year.locator(ENTRY).filter({ hasText: "Directors General Policy Dialogue" });
  await expect(meeting).toHaveCount(1);
  await expect(meeting.locator("time")).toHaveText("20 Dec 2023");
  await meeting.getByRole("link", { name: /Directors General/ }).click();
  await expect(page.getByTestId("meeting").filter({ hasText: "meeting 7" })).toBeVisible();
});

/**
 * The years the year jump should list, with their counts: from the timeline's JSON
 * export of the same filters (every entry of every year), counted here by year.
 */
async function expectedYears(request: APIRequestContext, query = "") {
  const response = await request.get(`/export/timeline.json${query}`);
  expect(response.ok()).toBe(true);
  const { rows } = (await response.json()) as { rows: { date: string }[] };
  const counts = new Map<number, number>();
  for (const { date } of rows) counts.set(Number(date.slice(0, 4)), (counts.get(Number(date.slice(0, 4))) ?? 0) + 1);
  return [...counts].map(([year, count]) => ({ year, count })).sort((a, b) => a.year - b.year);
}

const THIS_YEAR = Number(todayIso().slice(0, 4));

for (const { prefix, jump, order, newest, apply, earlier } of [
  { prefix: "", jump: "Jump to year", order: "Order", newest: "Newest first", apply: "Apply", earlier: /^← Earlier/ },
  { prefix: "/ko", jump: "연도로 이동", order: "정렬", newest: "최신순", apply: "적용", earlier: /^← 이전/ },
  { prefix: "/zh", jump: "跳转到年份", order: "排序", newest: "从新到旧", apply: "应用", earlier: /^← 更早/ },
]) {
  test(`${prefix || "/"}: the timeline opens on the year around today, jumps by year and reads newest first`, async ({
    page,
    request,
  }) => {
    const years = await expectedYears(request);
    expect(years.map((y) => y.year)).toContain(THIS_YEAR);
    await page.goto(`${prefix}/timeline`);
    // Opens on this year, with today marked among its entries.
    await expect(page.locator("section[id^=y] > :is(h2, h3)")).toHaveText([String(THIS_YEAR)]);
    await expect(page.getByTestId("today-marker")).toHaveCount(1);
    await expect(page.locator("#today")).toHaveCount(1);

    // The year jump: exactly the years that have entries, each with its count, and today.
    const nav = page.getByRole("navigation", { name: jump });
    const links = nav.locator("a:not(.tl-today)");
    await expect(links).toHaveText(years.map((y) => `${y.year} ${y.count}`));
    // Years without entries are left out.
    expect(years.length).toBeLessThan((years.at(-1)?.year ?? 0) - (years[0]?.year ?? 0) + 1);
    const current = nav.locator("a[aria-current=page]");
    await expect(current).toHaveText(`${THIS_YEAR} ${years.find((y) => y.year === THIS_YEAR)?.count}`);

    // Newest first through the form; the year jump keeps the order.
    await page.getByLabel(order).selectOption({ label: newest });
    await page.getByRole("button", { name: apply, exact: true }).click();
    await expect(page).toHaveURL(/order=newest/);
    const dates = await page
      .locator(ENTRY)
      .locator("time")
      .evaluateAll((ts) => ts.map((t) => t.getAttribute("datetime") ?? ""));
    expect(dates.length).toBeGreaterThan(2);
    expect(dates.map((d) => d.slice(0, 7))).toEqual([...dates.map((d) => d.slice(0, 7))].sort().reverse());
    const previous = years.findLast((y) => y.year < THIS_YEAR);
    // This year may take more than a page: its earlier entries come first, then the year before.
    for (let i = 0; i < 5 && !page.url().includes(`from=${previous?.year}&`); i++) {
      const before = page.url();
      await page.getByRole("link", { name: earlier }).click();
      await page.waitForURL((url) => url.toString() !== before);
    }
    await expect(page).toHaveURL(
      new RegExp(`${prefix}/timeline\\?from=${previous?.year}&to=${previous?.year}&order=newest$`),
    );
    await expect(page.locator(ENTRY)).toHaveCount(previous?.count ?? -1);
  });
}

test("the year jump counts follow the filters, and a filtered jump keeps them", async ({ page, request }) => {
  const years = await expectedYears(request, "?kind=meeting");
  await page.goto("/timeline?kind=meeting");
  const links = page.getByTestId("year-jump").locator("a:not(.tl-today)");
  await expect(links).toHaveText(years.map((y) => `${y.year} ${y.count}`));
  const first = years[0];
  await links.first().click();
  await expect(page).toHaveURL(new RegExp(`kind=meeting&from=${first?.year}&to=${first?.year}$`));
  await expect(page.locator(ENTRY)).toHaveCount(first?.count ?? -1);
  await expect(page.locator(`${ENTRY}:not([data-kind=meeting])`)).toHaveCount(0);
});

test("a deep link from search lands on its entry, and Today leads back to the year around today", async ({ page }) => {
  // The search result's link: the page of the year that holds the event, at its anchor.
  await page.goto(eventTimelineHref("saemangeum-investment-delegation-2026", "2026"));
  const entry = page.locator("#event-saemangeum-investment-delegation-2026");
  await expect(entry).toBeInViewport();
  await expect(entry).toHaveCSS("box-shadow", /rgb/);
  await page.goto("/timeline?from=2023&to=2023");
  await page.getByRole("link", { name: "Today", exact: true }).click();
  await expect(page).toHaveURL(/\/timeline#today$/);
  await expect(page.locator("#today")).toBeInViewport();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a period holding more than a page is paged within itself, opening on the page that holds today", async ({
    page,
    request,
  }) => {
    const years = (await expectedYears(request)).filter((y) => y.year >= 2013 && y.year <= THIS_YEAR);
    const total = years.reduce((n, y) => n + y.count, 0);
    const pageCount = pageCountOf(total);
    const size = pageSizeOf(total);
    expect(pageCount).toBeGreaterThan(1);
    const range = `from=2013&to=${THIS_YEAR}`;
    // Every entry of the range is past or today's, so today's marker ends the last page.
    await page.goto(`/ko/timeline?${range}`);
    await expect(page.getByTestId("today-marker")).toHaveCount(1);
    await expect(page.locator(ENTRY)).toHaveCount(total - (pageCount - 1) * size);
    const pager = page.getByTestId("year-pager");
    await expect(pager).toContainText(`${pageCount}쪽 중 ${pageCount}쪽`);
    await pager.getByRole("link", { name: /이전 항목/ }).click();
    await expect(page).toHaveURL(new RegExp(`/ko/timeline\\?${range}&page=${pageCount - 1}$`));
    await expect(page.locator(ENTRY)).toHaveCount(size);
    await expect(page.getByTestId("today-marker")).toHaveCount(0);
    // On a range cut into pages, a year links to its own page, not an anchor that may be elsewhere.
    const jump = page.getByTestId("year-jump").getByRole("link", { name: /^2013 \d+$/ });
    await expect(jump).toHaveAttribute("href", "?from=2013&to=2013");
    // Later entries lead back to the page holding today, at the range's own address.
    await pager.getByRole("link", { name: /이후 항목/ }).click();
    await expect(page).toHaveURL(new RegExp(`/ko/timeline\\?${range}$`));
    await expect(page.getByTestId("today-marker")).toHaveCount(1);
    // Today leads there from any page.
    await page.goto(`/ko/timeline?${range}&page=1`);
    await expect(page.locator("section[id^=y] > h2").first()).toHaveText("2013");
    await expect(page.getByTestId("timeline-count")).toContainText(`전체 ${total}건 중 1–${size}`);
  });

  test("the status board shows each list whole on a page of its own, and back", async ({ page }) => {
    const db = e2eDb();
    try {
      await page.goto("/status");
      const notAssessed = await db.planItem.count({ where: { status: "not_assessed", archivedAt: null } });
      await page.getByTestId("status-counts").locator("[data-s=not_assessed] a").click();
      await expect(page).toHaveURL(/\/status\?status=not_assessed#items$/);
      await expect(page.getByTestId("selected-items").locator("li")).toHaveCount(
        Math.min(notAssessed, STATUS_PAGE_ITEMS),
      );
      // The whole-list page carries that list only, with the way back.
      await expect(page.locator("#overdue-heading")).toHaveCount(0);
      await page.getByRole("link", { name: "← Status overview" }).click();
      await expect(page).toHaveURL(/\/status$/);
      await expect(page.locator("#overdue-heading")).toBeVisible();

      // The stale list whole keeps its days through the form.
      await page.goto("/status?show=stale");
      await page.getByLabel("Not assessed for (days)").fill("1");
      await page.getByRole("button", { name: "Apply" }).click();
      await expect(page).toHaveURL(/\/status\?show=stale&staleDays=1$/);
      await expect(page.getByLabel("Not assessed for (days)")).toHaveValue("1");
      // Which items are stale depends on what other tests saved today: the list holds what its count says.
      const shown = page.getByTestId("stale-items").locator("li");
      const summary = (await shown.first().locator("xpath=../preceding-sibling::p[1]").textContent()) ?? "";
      const [, total = "0"] = summary.match(/(\d+)/) ?? [];
      await expect(shown).toHaveCount(Math.min(Number(total), STATUS_PAGE_ITEMS));
      expect(Number(total)).toBeGreaterThan(0);
      // Every plan, a page at a time, with the status words beside the counts (in Chinese, last:
      // the language chosen is remembered for the pages after it).
      await page.goto("/zh/status?show=plans");
      const plans = await db.actionPlan.count({ where: { archivedAt: null, items: { some: { archivedAt: null } } } });
      await expect(page.getByTestId("status-group-row")).toHaveCount(Math.min(plans, STATUS_PAGE_GROUPS));
      await expect(page.locator("#by-ministry-heading")).toHaveCount(0);
    } finally {
      await db.$disconnect();
    }
  });

  test("the year jump, the order and the neighbouring years all work as plain links and a GET form", async ({
    page,
    request,
  }) => {
    const years = await expectedYears(request);
    await page.goto("/zh/timeline");
    await expect(page.locator("section[id^=y] > h2")).toHaveText([String(THIS_YEAR)]);
    await page
      .getByRole("navigation", { name: "跳转到年份" })
      .getByRole("link", { name: /^2023 \d+$/ })
      .click();
    await expect(page).toHaveURL(/\/zh\/timeline\?from=2023&to=2023$/);
    await expect(page.locator(ENTRY)).toHaveCount(years.find((y) => y.year === 2023)?.count ?? -1);
    await page.getByLabel("排序").selectOption({ label: "从新到旧" });
    await page.getByRole("button", { name: "应用", exact: true }).click();
    await expect(page).toHaveURL(/\/zh\/timeline\?.*from=2023&to=2023.*order=newest/);
    const later = years.find((y) => y.year > 2023);
    await page.getByRole("link", { name: /^更晚/ }).click();
    await expect(page).toHaveURL(new RegExp(`from=${later?.year}&to=${later?.year}&order=newest$`));
    await expect(page.locator("section[id^=y] > h2")).toHaveText([String(later?.year)]);
  });
});

test("the status page counts match the items in the database", async ({ page }) => {
  const db = e2eDb();
  try {
    await page.goto("/status");
    for (const status of IMPLEMENTATION_STATUSES) {
      const count = await db.planItem.count({ where: { status, archivedAt: null } });
      await expect(page.getByTestId(`count-${status}`), status).toHaveText(String(count));
    }
  } finally {
    await db.$disconnect();
  }
});

// Written past the app (as the command-line tools do), so nothing revalidates the cached
// /status: the per-request views show it at once, the cached page within its five minutes
// (docs/decisions/0006). Changes through the app show everywhere at once (staff-status.spec.ts).
test("a status changed through the data layer shows on the per-request /status and /timeline at once", async ({
  page,
}) => {
  const db = e2eDb();
  try {
    const item = await db.planItem.findFirstOrThrow({
      where: { plan: { slug: "clear-sky-plan" }, number: 6 },
      select: { id: true, version: true, status: true },
    });
    await page.goto(`/status?staleDays=${DEFAULT_STALE_DAYS}`);
    const completedBefore = Number(await page.getByTestId("count-completed").textContent());
    const result = await recordStatusUpdate(
      db,
      { userId: null, label: "end-to-end test" },
      {
        planItemId: item.id,
        expectedVersion: item.version,
        status: "completed",
        assessedOn: "2026-11-02",
        basis: "staff",
      },
    );
    expect(result.ok).toBe(true);

    await page.goto(`/status?staleDays=${DEFAULT_STALE_DAYS}`);
    await expect(page.getByTestId("count-completed")).toHaveText(String(completedBefore + 1));
    await page.goto("/timeline?kind=status");
    const entry = page.locator(ENTRY).filter({ hasText: "Exchange of air quality forecast" });
    await expect(entry.locator("[data-status=completed]")).toBeVisible();
    await expect(entry.locator("time").first()).toHaveText("2 Nov 2026");
  } finally {
    await db.$disconnect();
  }
});

for (const path of ["/timeline", "/status", "/timeline?sector=science-ict", "/status?status=in_progress"]) {
  test(`${path} has no accessibility violations`, async ({ page }) => {
    await page.goto(path);
    await expectNoAxeViolations(page);
  });
}

test("the timeline, status and a record page print on A4 without navigation, sources included", async ({
  page,
}, testInfo) => {
  for (const path of ["/timeline", "/status", "/agreements/environmental-cooperation-mou-2026"]) {
    await page.goto(path);
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
    await expect(page.locator("footer")).toBeHidden();
    if (path.startsWith("/agreements")) await expect(page.locator("#sources-heading")).toBeVisible();
    // The timeline prints each entry's sources as the link to the record that lists them.
    if (path === "/timeline") await expect(page.locator(".tl-src").first()).toBeVisible();
    const name = path.replace(/\W+/g, "_");
    await page.screenshot({ path: testInfo.outputPath(`print${name}.png`), fullPage: true });
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    await page.emulateMedia({ media: "screen" });
  }
});
