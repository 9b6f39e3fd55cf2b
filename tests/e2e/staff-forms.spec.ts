/**
 * Staff forms' rough edges (issue 18): the status form's link reads as words, the
 * edit form's refusal is a focused, linked error summary, a save says so (with the
 * time and its zone), and times shown to staff carry their zone.
 */
import { expect, test } from "./fixtures";
import { e2eDb, expectNoAxeViolations } from "./helpers";

const PLAN = "/plans/clear-sky-plan";
const ITEM = "clear-sky-plan-area-8";

async function itemId() {
  const db = e2eDb();
  try {
    return (await db.planItem.findUniqueOrThrow({ where: { slug: ITEM }, select: { id: true } })).id;
  } finally {
    await db.$disconnect();
  }
}

test("the status form links to the item's edit page in words, not a message key; a save shows the zoned time", async ({
  page,
  login,
}) => {
  await login("editor");
  // Item 8 is past the plan page's first screenful: its form is on the plan in full.
  await page.goto(`${PLAN}/all`);
  const item = page.locator(`#${ITEM}`);
  await item.getByText("Update status").click();
  await expect(item.getByRole("link", { name: "Edit this item (title, due date, responsible body)" })).toBeVisible();
  await expect(page.getByText("editForm.edit")).toHaveCount(0);
  await item.getByLabel("Status", { exact: true }).selectOption("in_progress");
  await item.getByRole("button", { name: "Save status" }).click();
  const message = item.getByTestId("status-form-message");
  await expect(message).toContainText("Saved");
  await expect(item.getByTestId("status-form-saved-at")).toHaveText(/(GMT\+9|KST)$/);
});

test("a refused edit shows a focused error summary linking to each field; a save says so with the zoned time", async ({
  page,
  login,
}) => {
  await login("editor");
  await page.goto(`/edit/PlanItem/${await itemId()}`);
  const title = page.getByRole("textbox", { name: /^Title \(English\)/ });
  await title.fill("   ");
  await page.getByLabel(/^Due/).fill("soon");
  await page.getByRole("button", { name: "Save" }).click();

  const summary = page.getByTestId("edit-form-message-summary");
  await expect(summary.getByRole("link", { name: "Title (English): This field is required." })).toBeVisible();
  await expect(summary.getByRole("link", { name: /^Due: / })).toBeVisible();
  // Focus moved to the summary (not left on the page's body or the button).
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          document.activeElement?.contains(document.querySelector("[data-testid=edit-form-message-summary]")) ?? false,
      ),
    )
    .toBe(true);
  await expectNoAxeViolations(page);
  // Each link takes the focus to its field.
  await summary.getByRole("link", { name: /^Title \(English\)/ }).click();
  await expect(title).toBeFocused();

  await title.fill("Joint air quality research (edited)");
  await page.getByLabel(/^Due/).fill("2027-06");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByTestId("edit-form-message")).toHaveText("Saved.");
  await expect(page.getByTestId("edit-form-saved-at")).toHaveText(/(GMT\+9|KST)$/);
  await expect(page.getByTestId("edit-form-message-summary")).toHaveCount(0);
});
