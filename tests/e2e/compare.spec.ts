import ExcelJS from "exceljs";
import { expect, test } from "./fixtures";
import { expectNoAxeViolations, expectNoHorizontalScroll } from "./helpers";

const MOU = "environmental-cooperation-mou-2026";
const PLAN = "clear-sky-plan";
const COMPARE = `/compare?a=${MOU}&a=${PLAN}`;

/** The list row of an agreement, found by its link. */
const row = (page: import("@playwright/test").Page, slug: string) =>
  page.getByTestId("agreement-row").filter({ has: page.locator(`a[href$="/agreements/${slug}"]`) });

/** How many pages a PDF has (each page object says /Type /Page; the tree says /Pages). */
const pdfPages = (pdf: Buffer) => (pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

test("a reader ticks two agreements, compares them side by side and prints the comparison on one A4 page", async ({
  page,
}) => {
  await page.goto("/agreements?sector=environment-climate");
  await row(page, MOU)
    .getByRole("checkbox", { name: /Compare/ })
    .check();
  await row(page, PLAN)
    .getByRole("checkbox", { name: /Compare/ })
    .check();
  await page.getByRole("button", { name: "Compare selected" }).click();

  await expect(page).toHaveURL(new RegExp(`/compare\\?a=${MOU}&a=${PLAN}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Compare agreements");
  const columns = page.getByTestId("compare-column");
  await expect(columns).toHaveCount(2);
  await expect(columns.nth(0)).toContainText("Environmental and Climate Cooperation");
  await expect(columns.nth(1)).toContainText("Clear Sky Plan");
  // Each aspect reads across: the MOU continues the 2014 one; the plan has a plan with items by status.
  const cell = (aspect: string, slug: string) =>
    page.locator(`tr[data-aspect="${aspect}"] td[data-agreement="${slug}"]`);
  await expect(cell("kind", MOU)).toHaveText("MOU");
  await expect(cell("kind", PLAN)).toHaveText("Plan");
  await expect(cell("signedOn", MOU).locator("time")).toHaveAttribute("datetime", "2026-01-05");
  await expect(cell("continues", MOU)).toContainText("2014");
  await expect(cell("continues", PLAN)).toHaveText("None recorded");
  await expect(cell("plans", PLAN)).toContainText("Not assessed");
  await expect(cell("sources", MOU)).toContainText("15 sources");
  await expectNoAxeViolations(page);

  const chrome = [page.getByRole("banner"), page.locator("nav").first(), page.getByRole("contentinfo")];
  for (const part of chrome) await expect(part).toBeVisible();
  await page.emulateMedia({ media: "print" });
  for (const part of chrome) await expect(part).toBeHidden();
  await expect(page.getByTestId("export-links")).toBeHidden();
  await expect(page.getByTestId("compare-region")).toBeVisible();
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  expect(pdfPages(pdf)).toBe(1);
});

test("four agreements in Korean also print on one page; a phone scrolls the table inside its labelled region", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const four = `/ko/compare?a=${MOU}&a=${PLAN}&a=environmental-cooperation-agreement-2014&a=currency-swap-2025`;
  await page.goto(four);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("협정 비교");
  await expect(page.getByTestId("compare-column")).toHaveCount(4);
  await expect(page.locator(`tr[data-aspect="status"] td[data-agreement="${MOU}"]`)).toHaveText("서명");
  await expectNoHorizontalScroll(page);
  const region = page.getByRole("region", { name: /비교/ });
  await expect(region).toBeVisible();
  expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  // Removing one leaves the other three, in order.
  await page.getByTestId("compare-column").nth(3).getByRole("link", { name: "제외" }).click();
  await expect(page.getByTestId("compare-column")).toHaveCount(3);

  // Printed from a desktop browser, as briefing notes are.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(four);
  await page.emulateMedia({ media: "print" });
  expect(pdfPages(await page.pdf({ preferCSSPageSize: true }))).toBe(1);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the list's checkboxes send the selection to /compare, and a bad selection is named", async ({ page }) => {
    await page.goto("/agreements?sector=environment-climate");
    await row(page, MOU).getByRole("checkbox").check();
    await row(page, PLAN).getByRole("checkbox").check();
    await page.getByRole("button", { name: "Compare selected" }).click();
    await expect(page).toHaveURL(new RegExp(`/compare\\?a=${MOU}&a=${PLAN}$`));
    await expect(page.getByTestId("compare-column")).toHaveCount(2);

    await page.goto(`${COMPARE}&a=no-such-thing`);
    await expect(page.getByTestId("compare-problems")).toContainText("No agreement is called “no-such-thing”");
    await page.goto(`/compare?a=${MOU}&a=%E0%A4%A`);
    await expect(page.getByTestId("compare-problems")).toContainText("is not an agreement identifier");

    // In Chinese, one ticked agreement is one too few, said so in Chinese.
    await page.goto("/zh/agreements?sector=environment-climate");
    await row(page, MOU).getByRole("checkbox").check();
    await page.getByRole("button", { name: "比较所选" }).click();
    await expect(page).toHaveURL(new RegExp(`/zh/compare\\?a=${MOU}$`));
    await expect(page.getByTestId("compare-problems")).toContainText("仅选择了 1 项协议");
  });
});

test("the filtered list and the comparison export to Excel with names in the reader's language", async ({
  page,
  request,
}) => {
  await page.goto("/ko/agreements?kind=mou&sector=environment-climate");
  const href = await page.getByTestId("export-links").getByRole("link", { name: "엑셀" }).getAttribute("href");
  expect(href).toMatch(/^\/export\/agreements\.xlsx\?/);
  expect(href).toContain("lang=ko");
  const res = await request.get(href ?? "");
  expect(res.status()).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await res.body()) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error("the workbook has no sheet");
  const header = (sheet.getRow(1).values as string[]).slice(1);
  expect(header.slice(0, 5)).toEqual(["slug", "kind", "kind_name", "status", "status_name"]);
  const rows = sheet.rowCount - 1;
  expect(rows).toBe(await page.getByTestId("agreement-row").count());
  for (let r = 2; r <= rows + 1; r++) {
    expect(sheet.getRow(r).getCell(2).text).toBe("mou");
    expect(sheet.getRow(r).getCell(3).text).toBe("양해각서");
  }

  await page.goto(`/ko${COMPARE}`);
  const csv = await page.getByTestId("export-links").getByRole("link", { name: "CSV" }).getAttribute("href");
  const text = await (await request.get(csv ?? "")).text();
  expect(text.split("\r\n")[1]).toContain(MOU);
  expect(text).toContain("양해각서");
});
