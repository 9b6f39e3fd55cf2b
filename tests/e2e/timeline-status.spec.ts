import { expect, test } from "@playwright/test";
import { IMPLEMENTATION_STATUSES } from "../../lib/schemas/vocab";
import { recordStatusUpdate } from "../../lib/server/services/record-status-update";
import { DEFAULT_STALE_DAYS } from "../../lib/status";
import { e2eDb, expectNoAxeViolations } from "./helpers";

test("a reader filters the timeline to science and ICT and sees the 2026 ICT strategy dialogue in Beijing", async ({
  page,
}) => {
  await page.goto("/timeline");
  await page.getByLabel("Track").selectOption({ label: "Science and ICT" });
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/sector=science-ict/);
  const entry = page.locator("#meeting-ict-strategy-dialogue-2026");
  await expect(entry).toContainText("ICT strategy dialogue");
  await expect(entry).toContainText("Beijing");
  await expect(entry.locator("time")).toHaveText("2026");
  await expect(page.getByTestId("timeline-entry").filter({ hasText: "Clear Sky" })).toHaveCount(0);
});

test("a reader jumps to 2023 and finds the 7th director-general dialogue", async ({ page }) => {
  await page.goto("/timeline");
  await page.getByRole("navigation", { name: "Jump to year" }).getByRole("link", { name: "2023" }).click();
  await expect(page).toHaveURL(/#y2023$/);
  const year = page.locator("#y2023");
  await expect(year).toBeInViewport();
  const meeting = year.getByTestId("timeline-entry").filter({ hasText: "Directors General Policy Dialogue" });
  await expect(meeting).toHaveCount(1);
  await expect(meeting.locator("time")).toHaveText("20 Dec 2023");
  await meeting.getByRole("link", { name: /Directors General/ }).click();
  await expect(page.getByTestId("meeting").filter({ hasText: "meeting 7" })).toBeVisible();
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
    const entry = page.getByTestId("timeline-entry").filter({ hasText: "Exchange of air quality forecast" });
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
    if (path === "/timeline") await expect(page.locator("details blockquote, details q").first()).toBeVisible();
    const name = path.replace(/\W+/g, "_");
    await page.screenshot({ path: testInfo.outputPath(`print${name}.png`), fullPage: true });
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    await page.emulateMedia({ media: "screen" });
  }
});
