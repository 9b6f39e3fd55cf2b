import { readFile } from "node:fs/promises";
import { expect, test } from "./fixtures";
import { e2eDb, expectNoAxeViolations } from "./helpers";

test("an export link downloads the list as filtered, as CSV that Excel reads", async ({ page }) => {
  await page.goto("/agreements?kind=mou");
  const links = page.getByTestId("export-links");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    links.getByRole("link", { name: "CSV" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^agreements-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = await readFile((await download.path()) ?? "");
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString("utf8").slice(1).trim().split("\r\n");
  expect(lines[0]?.startsWith("slug,kind,kind_name,status,status_name,")).toBe(true);
  expect(lines.length).toBeGreaterThan(1);
  for (const line of lines.slice(1)) expect(line.split(",")[1]).toBe("mou");
});

test("an admin imports a status-update sheet and /status reflects it", async ({ page, login, newUserPage }) => {
  const db = e2eDb();
  const item = await db.planItem.findFirstOrThrow({
    // Not the items the staff and timeline journeys change.
    where: {
      status: { not: "delayed" },
      archivedAt: null,
      NOT: [{ slug: "clear-sky-plan-area-5" }, { plan: { slug: "clear-sky-plan" }, number: 6 }],
    },
    orderBy: [{ number: "desc" }, { slug: "asc" }],
    select: { slug: true },
  });
  await db.$disconnect();

  const reader = await newUserPage();
  await reader.goto("/status");
  const delayedBefore = Number(await reader.getByTestId("count-delayed").textContent());

  const csv = `id,plan,item,status,progress,assessed_on,basis,note_en,evidence_url,evidence_source\n,,${item.slug},delayed,20,2026-11-25,staff,Behind schedule 일정 지연 进度滞后,,\n`;
  const file = { name: "status-updates.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") };

  await login("admin");
  await page.goto("/admin/import");
  await page.getByLabel(/Spreadsheet/).setInputFiles(file);
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByTestId("import-outcome")).toHaveText("Ready to import: no errors.");
  await expect(page.getByTestId("import-dry-run")).toContainText("1 to create");

  // The import confirms the checked file with its token: no second upload.
  await page.getByRole("button", { name: "Import 1 row" }).click();
  await expect(page.getByTestId("import-outcome")).toHaveText("Imported.");

  await reader.goto("/status");
  await expect(reader.getByTestId("count-delayed")).toHaveText(String(delayedBefore + 1));

  // The same file again changes nothing.
  await page.getByLabel(/Spreadsheet/).setInputFiles(file);
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByTestId("import-dry-run")).toContainText("1 unchanged");
  await page.getByRole("button", { name: "Import 1 row" }).click();
  await expect(page.getByTestId("import-outcome")).toHaveText("Nothing to import: every row matches what is stored.");
});

test("the API reference and the changes page are accessible and work without JavaScript", async ({ page }) => {
  // Four full axe runs: the API reference's overview, a resource's page, and /changes twice.
  test.slow();
  await page.goto("/api");
  await expect(page).toHaveURL(/\/open-data$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Open data API");
  await expect(page.locator("#listAgreements")).toContainText("/api/v1/agreements");
  await expectNoAxeViolations(page);
  // Each resource has a page of its own: its endpoints' parameters and its shapes' fields.
  await page.locator("#listAgreements a").click();
  await expect(page).toHaveURL(/\/open-data\/agreements#listAgreements$/);
  await expect(page.locator("#listAgreements table")).toContainText("page");
  await expect(page.locator("#schema-AgreementDetail")).toBeVisible();
  await expectNoAxeViolations(page);
  // A shape several resources share is on the common page, linked from where it is used.
  await page.locator("#schema-Agreement a[href*='/open-data/common#schema-']").first().click();
  await expect(page).toHaveURL(/\/open-data\/common#schema-/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Common shapes: open data API");

  await page.goto("/changes?since=2020-01-01");
  await expect(page.getByTestId("changes-summary")).toContainText("since");
  await expectNoAxeViolations(page);
  await page.goto("/ko/changes?since=nonsense");
  await expect(page.locator("#since-error")).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto("/agreements/environmental-cooperation-mou-2026");
  await expect(page.getByTestId("feed-link")).toHaveAttribute(
    "href",
    "/feed.xml?agreement=environmental-cooperation-mou-2026",
  );
});
