import { expect, test } from "./fixtures";
import { expectNoAxeViolations } from "./helpers";

const DIALOGUE = "/dialogues/ict-strategy-dialogue";

test.describe
  .serial("staff editing", () => {
    test("an editor creates a ministry with a Korean name; a refused save keeps what was typed", async ({
      page,
      login,
    }) => {
      await login("editor");
      await page.goto("/ministries");
      await page.getByTestId("new-Ministry").click();
      await expect(page).toHaveURL(/\/new\/Ministry$/);
      await expectNoAxeViolations(page);

      await page.getByLabel("Side").selectOption("KR");
      await page.getByLabel("Kind").selectOption("agency");
      await page.getByLabel("Name (Korean)").fill("산림청");
      await page.getByLabel("Name (Chinese)").fill("韩国山林厅");
      await page.getByRole("button", { name: "Create" }).click();
      // No English name: refused beside the field, in the reader's language, with the Korean kept.
      await expect(page.getByTestId("create-form-message")).toContainText("Not created");
      await expect(page.locator("#nameEn-error")).toContainText("This field is required.");
      await expect(page.getByLabel("Name (English)")).toHaveAttribute("aria-invalid", "true");
      await expect(page.getByLabel("Name (Korean)")).toHaveValue("산림청");

      await page.getByLabel("Name (English)").fill("Korea Forest Service");
      await page.getByLabel("Summary (English)").fill("Runs <b>forests</b> & peatland projects.");
      await page.getByRole("button", { name: "Create" }).click();
      await expect(page).toHaveURL(/\/ministries\/korea-forest-service$/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Korea Forest Service");
      await expect(page.getByText("산림청")).toBeVisible();
      await expect(page.getByText("Runs <b>forests</b> & peatland projects.")).toBeVisible();

      // Korean readers see the Korean name, Chinese readers the Chinese one, tagged zh-Hans.
      await page.goto("/ko/ministries/korea-forest-service");
      await expect(page.getByRole("heading", { level: 1 })).toContainText("산림청");
      await page.goto("/zh/ministries/korea-forest-service");
      await expect(page.getByRole("heading", { level: 1 })).toContainText("韩国山林厅");
      await expect(page.locator('[lang="zh"]')).toHaveCount(0);
    });

    test("an editor edits a dialogue's Chinese name from its page", async ({ page, login }) => {
      await login("editor");
      await page.goto(DIALOGUE);
      await page.getByTestId("edit-link").first().click();
      await expect(page).toHaveURL(/\/edit\/Dialogue\//);
      await expectNoAxeViolations(page);
      await page.getByLabel("Name (Chinese)").fill("中韩信息通信战略对话");
      await page.getByLabel("Cadence").selectOption("biennial");
      await page.getByLabel("Note for the history").fill("official name");
      await page.getByRole("button", { name: "Save" }).click();
      await expect(page.getByTestId("edit-form-message")).toHaveText("Saved.");
      await expect(page.locator('section[aria-labelledby="history-heading"]')).toContainText("Min-jun Editor");

      await page.goto(`/zh${DIALOGUE}`);
      await expect(page.getByRole("heading", { level: 1 })).toContainText("中韩信息通信战略对话");
    });

    test("an admin archives a record, finds it at /admin/archived and restores it", async ({
      page,
      login,
      newUserPage,
    }) => {
      await login("admin");
      await page.goto("/ministries/korea-forest-service");
      await page.getByTestId("edit-link").first().click();
      await page.getByRole("button", { name: "Archive" }).click();
      await expect(page.getByTestId("archived-note")).toBeVisible();

      // Readers no longer find it in the list, but its page says it was archived.
      const reader = await newUserPage();
      await reader.goto("/ministries/korea-forest-service");
      await expect(reader.getByTestId("archived-record")).toContainText("archived");
      await expect(reader.getByRole("heading", { level: 1 })).toHaveText("Korea Forest Service");

      await page.goto("/admin/archived");
      await expectNoAxeViolations(page);
      const row = page.getByTestId("archived-row").filter({ hasText: "Korea Forest Service" });
      await expect(row).toContainText("E2E Admin");
      await row.getByRole("button", { name: /Restore/ }).click();
      // Restored: it leaves the archived list.
      await expect(row).toHaveCount(0);

      await reader.goto("/ministries/korea-forest-service");
      await expect(reader.getByTestId("archived-record")).toHaveCount(0);
      await expect(reader.getByRole("heading", { level: 1 })).toHaveText("Korea Forest Service");
    });

    test("an admin creates a user, whose password is shown once and works", async ({ page, login, newUserPage }) => {
      await login("admin");
      await page.goto("/admin/users");
      await expectNoAxeViolations(page);
      await page.getByLabel("Email").fill("new.editor@e2e.test");
      await page.getByLabel("Name").fill("이서연 编辑");
      await page.getByLabel("Role", { exact: true }).selectOption("editor");
      await page.getByRole("button", { name: "Create user" }).click();
      const secret = page.getByTestId("secret-value");
      await expect(secret).toBeVisible();
      const password = (await secret.textContent())?.trim() ?? "";
      expect(password).toMatch(/^[\w-]{20}$/);
      await expect(page.getByTestId("user-row").filter({ hasText: "new.editor@e2e.test" })).toContainText("Editor");

      // The new editor signs in with it.
      const other = await newUserPage();
      await other.goto("/login");
      await other.getByLabel("Email").fill("new.editor@e2e.test");
      await other.getByLabel("Password").fill(password);
      await other.getByRole("button", { name: "Sign in" }).click();
      await expect(other.getByTestId("signed-in")).toContainText("이서연 编辑");

      // Reloading never shows the password again.
      await page.reload();
      await expect(page.getByTestId("secret-value")).toHaveCount(0);

      // A reset shows a new password once; the audit log says so in words, never the password.
      await page
        .getByTestId("user-row")
        .filter({ hasText: "new.editor@e2e.test" })
        .getByTestId("reset-password")
        .click();
      const reset = (await page.getByTestId("secret-value").textContent())?.trim() ?? "";
      expect(reset).toMatch(/^[\w-]{20}$/);
      await page.goto("/admin/audit?entityType=User&action=update");
      const entry = page.getByTestId("audit-entry").first();
      await expect(entry).toContainText("Password: not shown → reset by an administrator");
      await expect(entry).not.toContainText(reset);
      await expect(page.getByTestId("audit-entry").filter({ hasText: password })).toHaveCount(0);
    });

    test("editors cannot open the admin-only pages", async ({ page, login }) => {
      await login("editor");
      for (const path of ["/admin/users", "/admin/archived"]) {
        await page.goto(path);
        await expect(page.getByTestId("admins-only")).toBeVisible();
      }
    });
  });
