import { expect, test } from "./fixtures";
import { e2eDb, expectNoAxeViolations } from "./helpers";

const ITEM = "clear-sky-plan-area-5";
const HEADER = "id,plan,item,status,progress,assessed_on,basis,note_en,evidence_url,evidence_source";
const row = (date: string, note: string) => `,,${ITEM},in_progress,20,${date},staff,${note},,`;

test("an editor checks a sheet, then imports the checked file with its token: every row, none merged", async ({
  page,
  login,
}) => {
  const db = e2eDb();
  const before = await db.statusUpdate.count({ where: { planItem: { slug: ITEM } } });
  // CRLF, with one row written with LF alone (as a script appends it).
  const csv = `${HEADER}\r\n${row("2026-10-11", "e2e first")}\r\n${row("2026-10-12", "e2e second")}\n${row("2026-10-13", "e2e third")}\r\n`;
  let dialogs = 0;
  page.on("dialog", async (d) => {
    dialogs++;
    await d.dismiss();
  });

  await login("editor");
  await page.goto("/admin/import");
  await page
    .getByLabel(/Spreadsheet/)
    .setInputFiles({ name: "updates.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Check the file" }).click();
  const dry = page.getByTestId("import-dry-run");
  await expect(dry.getByTestId("import-counts")).toHaveText("3 rows read, 3 ready, 0 refused");
  await expect(dry.getByTestId("import-outcome")).toHaveText("Ready to import: no errors.");
  await expectNoAxeViolations(page);

  // The import sends the token, not the file: the request carries no file bytes.
  const posted: string[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST") posted.push(r.postData() ?? "");
  });
  await page.getByRole("button", { name: "Import 3 rows" }).click();
  const done = page.getByTestId("import-commit");
  await expect(done.getByTestId("import-outcome")).toHaveText("Imported.");
  await expect(done.getByTestId("import-counts")).toHaveText("3 rows read, 3 ready, 0 refused");
  expect(posted.some((p) => p.includes("e2e second"))).toBe(false);
  expect(await db.statusUpdate.count({ where: { planItem: { slug: ITEM } } })).toBe(before + 3);
  expect(dialogs).toBe(0);
  await db.$disconnect();
});

test("a refused row names its number and counts; markup in a cell stays text; in Korean", async ({ page, login }) => {
  let dialogs = 0;
  page.on("dialog", async (d) => {
    dialogs++;
    await d.dismiss();
  });
  await login("editor");
  await page.goto("/ko/admin/import");
  const csv = `${HEADER}\r\n${row("2026-10-14", "fine")}\r\n${row("2026-10-15", "extra")},one-too-many\r\n,,<img src=x onerror=alert(1)>,in_progress,,2026,staff,,,\r\n`;
  await page.locator("#import-file").setInputFiles({ name: "bad.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "파일 검사" }).click();
  const dry = page.getByTestId("import-dry-run");
  await expect(dry.getByTestId("import-counts")).toHaveText("3행 읽음, 준비 1행, 거부 2행");
  await expect(dry.getByRole("row").filter({ hasText: "칸이 11개인데 머리글은 10개입니다" })).toContainText("3");
  await expect(dry.getByRole("row").filter({ hasText: "영문 소문자" })).toContainText("item");
  await expect(page.getByRole("button", { name: /가져오기/ })).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test("an over-limit file gets the app's own 413 in the reader's language, and an editor's accounts sheet is refused", async ({
  page,
  login,
}) => {
  await login("editor");
  await page.goto("/zh/admin/import");
  const big = Buffer.alloc(3 * 1024 * 1024, "a");
  const answered = page.waitForResponse((r) => r.url().includes("/api/import"));
  await page.locator("#import-file").setInputFiles({ name: "big.csv", mimeType: "text/csv", buffer: big });
  await page.getByRole("button", { name: "检查文件" }).click();
  expect((await answered).status()).toBe(413);
  await expect(page.getByTestId("import-refused")).toHaveText("文件超过单次导入上限 2 MB。请拆分为较小的文件。");

  const accounts = "email,name,role\r\nsneaky@e2e.test,Sneaky,admin\r\n";
  const refused = page.waitForResponse((r) => r.url().includes("/api/import"));
  await page
    .locator("#import-file")
    .setInputFiles({ name: "accounts.csv", mimeType: "text/csv", buffer: Buffer.from(accounts) });
  await page.getByRole("button", { name: "检查文件" }).click();
  expect((await refused).status()).toBe(403);
  await expect(page.getByTestId("import-refused")).toContainText("只有管理员可以导入工作人员账户");
  const db = e2eDb();
  expect(await db.user.count({ where: { email: "sneaky@e2e.test" } })).toBe(0);
  await db.$disconnect();
});
