/**
 * Two editors, two browser contexts, one record (issue 17): a stale save merges what
 * only one editor changed, and a field both changed is shown theirs beside mine and
 * saved as the editor chooses.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { e2eDb, expectNoAxeViolations } from "./helpers";

const ITEM = "clear-sky-plan-area-7";

async function itemRow() {
  const db = e2eDb();
  try {
    return await db.planItem.findUniqueOrThrow({ where: { slug: ITEM } });
  } finally {
    await db.$disconnect();
  }
}

async function lastAudit(id: string) {
  const db = e2eDb();
  try {
    const row = await db.auditEntry.findFirstOrThrow({
      where: { entityId: id },
      orderBy: [{ at: "desc" }, { id: "desc" }],
    });
    return { ...row, changes: JSON.parse(row.changes) as Record<string, unknown> };
  } finally {
    await db.$disconnect();
  }
}

/**
 * Editor B opens the item's edit form first (the form carries the version and values
 * it loaded), then editor A signs in and opens it too: what A saves makes B's form stale.
 */
async function openTwice(
  page: Page,
  login: (user: "editor") => Promise<void>,
  newUserPage: (user: "editor2") => Promise<Page>,
) {
  const { id } = await itemRow();
  const edit = `/edit/PlanItem/${id}`;
  const b = await newUserPage("editor2");
  await b.goto(edit);
  await expect(b.getByLabel("Due", { exact: false }).first()).toBeVisible();
  await login("editor");
  await page.goto(edit);
  return { id, b };
}

test.describe
  .serial("two editors on one record", () => {
    test("A sets a due date, B (loaded before) changes only the Chinese title: both survive, nothing reverts", async ({
      page,
      login,
      newUserPage,
    }) => {
      const { id, b } = await openTwice(page, login, newUserPage);
      await page.getByLabel(/^Due/).fill("2027");
      await page.getByRole("button", { name: "Save" }).click();
      await expect(page.getByTestId("edit-form-message")).toHaveText("Saved.");

      await b.getByLabel("Title (Chinese)", { exact: true }).fill("晴天计划合并测试");
      await b.getByRole("button", { name: "Save" }).click();
      await expect(b.getByTestId("edit-form-message")).toContainText("another editor made meanwhile");
      // B's form now shows A's due date, not the one it loaded.
      await expect(b.getByLabel(/^Due/)).toHaveValue("2027");

      const row = await itemRow();
      expect(row.dueOn).toBe("2027");
      expect(row.titleZh).toBe("晴天计划合并测试");
      const audit = await lastAudit(id);
      expect(audit.actorLabel).toBe("Wei Editor");
      expect(audit.changes).not.toHaveProperty("dueOn");
      expect(audit.changes).toHaveProperty("titleZh");

      // The history reads A's due date and B's title; no "Due: 2027 → —".
      await b.reload();
      const history = b.getByTestId("record-history");
      await expect(history).toContainText("晴天计划合并测试");
      await expect(history).not.toContainText("2027 → —");
    });

    test("both change the English title: shown theirs beside mine, saved as B chooses", async ({
      page,
      login,
      newUserPage,
    }) => {
      const { b } = await openTwice(page, login, newUserPage);
      await page.getByRole("textbox", { name: /^Title \(English\)/ }).fill("Title saved by A");
      await page.getByRole("button", { name: "Save" }).click();
      await expect(page.getByTestId("edit-form-message")).toHaveText("Saved.");

      await b.getByRole("textbox", { name: /^Title \(English\)/ }).fill("Title saved by B");
      await b.getByLabel("Title (Korean)", { exact: true }).fill("B가 고친 제목");
      await b.getByRole("button", { name: "Save" }).click();
      const message = b.getByTestId("edit-form-message");
      await expect(message).toContainText("Min-jun Editor");
      await expect(message).toContainText("choose which value to keep");
      const choice = b.getByTestId("conflict-titleEn");
      await expect(choice.getByTestId("conflict-titleEn-theirs")).toHaveText("Title saved by A");
      await expect(choice.getByTestId("conflict-titleEn-mine")).toHaveText("Title saved by B");
      await expect(choice).toContainText("saved by Min-jun Editor");
      await expectNoAxeViolations(b);
      // Nothing of B's was written yet.
      expect((await itemRow()).titleEn).toBe("Title saved by A");

      // Saving without choosing is refused again; choosing saves the chosen value.
      await b.getByRole("button", { name: "Save with these choices" }).click();
      await expect(b.getByTestId("conflict-titleEn")).toBeVisible();
      expect((await itemRow()).titleEn).toBe("Title saved by A");
      await b
        .getByTestId("conflict-titleEn")
        .getByLabel(/Use mine/)
        .check();
      await b.getByRole("button", { name: "Save with these choices" }).click();
      await expect(message).toContainText("Saved");
      const row = await itemRow();
      expect(row.titleEn).toBe("Title saved by B");
      expect(row.titleKo).toBe("B가 고친 제목");
      expect(row.dueOn).toBe("2027");
    });
  });
