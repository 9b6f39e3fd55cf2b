/**
 * Playwright fixtures for staff journeys (after epic-stack's tests/playwright-utils.ts):
 *
 *   import { test, expect } from "./fixtures";
 *   test("…", async ({ page, login }) => { await login("editor"); … });
 *
 * `login(user, page?)` signs in through /login as one of the accounts that
 * scripts/e2e-server.sh creates (tests/e2e/users.ts); `newUserPage(user?)` opens a
 * second, separate browser context, signed in or signed out.
 */
import { test as base, type Page } from "@playwright/test";
import { E2E_USERS, type E2eUser } from "./users";

export { expect } from "@playwright/test";

type Fixtures = {
  login: (user: E2eUser, page?: Page) => Promise<void>;
  newUserPage: (user?: E2eUser) => Promise<Page>;
};

async function signIn(page: Page, user: E2eUser) {
  const { email, password, name } = E2E_USERS[user];
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByTestId("signed-in").filter({ hasText: name }).waitFor();
}

export const test = base.extend<Fixtures>({
  login: async ({ page }, use) => {
    await use((user, target = page) => signIn(target, user));
  },
  newUserPage: async ({ browser }, use) => {
    const contexts: Awaited<ReturnType<typeof browser.newContext>>[] = [];
    await use(async (user) => {
      const context = await browser.newContext();
      contexts.push(context);
      const page = await context.newPage();
      if (user) await signIn(page, user);
      return page;
    });
    await Promise.all(contexts.map((c) => c.close()));
  },
});
