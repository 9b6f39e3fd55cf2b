import { expect, test } from "./fixtures";
import { e2eDb } from "./helpers";

const PLAN = "/plans/clear-sky-plan";
const ITEM = "clear-sky-plan-area-5";
const ITEM_TITLE = "Hosting the Clear Sky Conference";

test("an editor marks a Clear Sky Plan item completed with evidence; readers see it at once; a stale form gets the conflict", async ({
  page,
  login,
  newUserPage,
}) => {
  // Three sessions and a dozen page loads (the reader's now through the plan in full): past 30 s on a busy machine.
  test.setTimeout(60_000);
  // The second editor opens the plan first: their form carries today's version.
  const second = await newUserPage("editor2");
  await second.goto(PLAN);

  const reader = await newUserPage();
  await reader.goto("/status");
  const completedBefore = Number(await reader.getByTestId("count-completed").textContent());

  await login("editor");
  await page.goto(PLAN);
  const item = page.locator(`#${ITEM}`);
  await item.getByText("Update status").click();
  await item.getByLabel("Status").selectOption("completed");
  await item.getByLabel("Progress (%)").fill("100");
  await item.getByLabel(/Assessed on/).fill("2026-11-24");
  await item.getByLabel("Basis").selectOption("staff");
  await item.getByLabel("Note").fill("Conference held in Seoul <script>window.hacked=1</script> 회의 개최 会议举行");
  await item.getByLabel("Evidence link").fill("https://example.org/clear-sky-conference");
  await item.getByRole("button", { name: "Save status" }).click();
  await expect(item.getByTestId("status-form-message")).toContainText("Saved");

  // A signed-out reader sees it on the plan, the status board and the timeline.
  await reader.goto(PLAN);
  const readerItem = reader.locator(`#${ITEM}`);
  await expect(readerItem.locator("[data-status=completed]").filter({ visible: true }).first()).toBeVisible();
  await expect(readerItem.getByTestId("status-form")).toHaveCount(0);
  // The plan's page links to the item's status history, on the plan in full.
  await readerItem.getByRole("link", { name: /status update/ }).click();
  await expect(reader).toHaveURL(new RegExp(`${PLAN}/all#${ITEM}$`));
  const fullItem = reader.locator(`#${ITEM}`);
  await fullItem.getByText(/status update/).click();
  await expect(fullItem.getByText("https://example.org/clear-sky-conference")).toBeVisible();
  // Markup typed into the note is shown as text, never run.
  await expect(fullItem.getByText("<script>window.hacked=1</script>", { exact: false })).toBeVisible();
  expect(await reader.evaluate(() => "hacked" in window)).toBe(false);

  await reader.goto("/status");
  await expect(reader.getByTestId("count-completed")).toHaveText(String(completedBefore + 1));
  await reader.goto("/timeline?kind=status");
  const entry = reader.locator("li[data-kind]").filter({ hasText: ITEM_TITLE });
  await expect(entry.locator("[data-status=completed]").first()).toBeVisible();

  // The second editor's form is stale and changes the status too: shown theirs beside mine, with who.
  const secondItem = second.locator(`#${ITEM}`);
  await secondItem.getByText("Update status").click();
  await secondItem.getByLabel("Status", { exact: true }).selectOption("delayed");
  await secondItem.getByLabel("Note").fill("Postponed, says the news");
  await secondItem.getByRole("button", { name: "Save status" }).click();
  const message = secondItem.getByTestId("status-form-message");
  await expect(message).toContainText("Min-jun Editor");
  const choice = secondItem.getByTestId("conflict-status");
  await expect(choice.getByTestId("conflict-status-theirs")).toHaveText("Completed");
  await expect(choice.getByTestId("conflict-status-mine")).toHaveText("Delayed");
  await expect(secondItem.getByLabel("Note")).toHaveValue("Postponed, says the news");

  const db = e2eDb();
  try {
    const row = await db.planItem.findUniqueOrThrow({ where: { slug: ITEM }, select: { status: true } });
    expect(row.status).toBe("completed");
  } finally {
    await db.$disconnect();
  }

  // Choosing mine for every field both changed saves on top of the latest version.
  for (const field of await secondItem.locator("[data-testid^=conflict-]:is(fieldset)").all()) {
    await field.getByLabel(/Use mine/).check();
  }
  await secondItem.getByRole("button", { name: "Save with these choices" }).click();
  await expect(message).toContainText("Saved");
  const check = e2eDb();
  try {
    const row = await check.planItem.findUniqueOrThrow({ where: { slug: ITEM }, select: { status: true } });
    expect(row.status).toBe("delayed");
  } finally {
    await check.$disconnect();
  }
});

test("sign-in refuses a wrong password with a clear message; signing out ends the session", async ({ page, login }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill("editor@e2e.test");
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").first()).toContainText("The email or password is not right.");
  await expect(page.getByLabel("Email")).toHaveValue("editor@e2e.test");

  await login("viewer");
  await page.goto(PLAN);
  await expect(page.getByTestId("status-form")).toHaveCount(0);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
});

test("history shows editor names only to signed-in readers; the audit log is for admins", async ({
  page,
  login,
  newUserPage,
}) => {
  const reader = await newUserPage();
  // The plan in full: its page shows only the latest changes, and other tests add some.
  await reader.goto(`${PLAN}/all`);
  const history = reader.getByTestId("record-history");
  await expect(history).toContainText("Status assessed");
  await expect(history).toContainText("by staff");
  // Fields and statuses in words, not the codes the audit log keeps.
  await expect(history).toContainText("Status assessed on:");
  await expect(history).toContainText("Status: Not assessed →");
  await expect(history).not.toContainText(/not_assessed|in_progress|statusAssessedOn/);
  await expect(history).not.toContainText("Min-jun Editor");

  await login("editor");
  await page.goto(`${PLAN}/all`);
  await expect(page.getByTestId("record-history")).toContainText("by Min-jun Editor");
  await page.goto("/admin/audit");
  await expect(page.getByTestId("admins-only")).toBeVisible();

  const admin = await newUserPage("admin");
  await admin.goto("/admin/audit?entityType=PlanItem&action=status_update");
  const entry = admin.getByTestId("audit-entry").filter({ hasText: "Min-jun Editor" }).first();
  await expect(entry).toBeVisible();
  // The log reads as the history does: field labels and status words, not columns and codes.
  await expect(entry).toContainText("Status assessed on:");
  await expect(entry).not.toContainText(/statusAssessedOn|not_assessed|in_progress/);
  // Staff accounts too: "Role: — → Editor", not "role: — → editor".
  await admin.goto("/admin/audit?entityType=User&action=create");
  const account = admin.getByTestId("audit-entry").first();
  await expect(account).toContainText("Email:");
  await expect(account).toContainText(/Role: — → (Viewer|Editor|Administrator)/);
  await expect(account).toContainText("Record: Staff account");
  await expect(admin.getByLabel("Record type")).toHaveValue("User");
  await expect(admin.getByLabel("Record type").locator("option:checked")).toHaveText("Staff account");
  await admin.goto("/admin/audit?actor=nobody-at-all");
  await expect(admin.getByTestId("audit-total")).toHaveText("No entries");
  // Last: a Korean page keeps the admin in Korean from here on.
  await admin.goto("/ko/admin/audit?entityType=User&action=create");
  await expect(admin.getByTestId("audit-entry").first()).toContainText(/역할: — → (열람자|편집자|관리자)/);
  await expect(admin.getByTestId("audit-entry").first()).toContainText("기록: 직원 계정");
});

test("an editor edits an agreement: an error shows beside its field with the typed values kept, then the save shows to readers", async ({
  page,
  login,
  newUserPage,
}) => {
  await login("editor");
  await page.goto("/agreements/environmental-cooperation-agreement-2014");
  await page.getByTestId("edit-link").click();
  const title = page.getByLabel("Title (English)");
  await title.fill("");
  await page.getByLabel("Title (Chinese)").fill("中韩环境合作协定（修订）");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.locator("#titleEn-error")).toHaveText("This field is required.");
  await expect(title).toHaveAttribute("aria-describedby", "titleEn-error");
  await expect(page.getByLabel("Title (Chinese)")).toHaveValue("中韩环境合作协定（修订）");

  await title.fill("Korea–China Environmental Cooperation Agreement (2014)");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByTestId("edit-form-message")).toHaveText("Saved.");

  const reader = await newUserPage();
  await reader.goto("/zh/agreements/environmental-cooperation-agreement-2014");
  await expect(reader.getByRole("heading", { level: 1 })).toContainText("中韩环境合作协定（修订）");
  await expect(reader.getByTestId("edit-link")).toHaveCount(0);
});
