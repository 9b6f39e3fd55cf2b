/**
 * Two app instances behind one PostgreSQL database, as behind a load balancer: no
 * instance holds state another needs. scripts/test-postgres.sh starts both (the
 * production build, one database seeded with the e2e users) and runs this file.
 */
import { type Browser, expect, type Page, test } from "@playwright/test";
import { createPrismaClient } from "../../lib/server/db/prisma";
import { E2E_USERS, type E2eUser } from "../e2e/users";

const A = process.env.INSTANCE_A ?? "";
const B = process.env.INSTANCE_B ?? "";
const AGREEMENT = "/agreements/environmental-cooperation-agreement-2014";

test.beforeAll(() => {
  expect(A, "INSTANCE_A (scripts/test-postgres.sh sets it)").toMatch(/^http/);
  expect(B, "INSTANCE_B").toMatch(/^http/);
  expect(A).not.toBe(B);
});

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

async function signIn(page: Page, origin: string, user: E2eUser) {
  const { email, password, name } = E2E_USERS[user];
  await page.goto(`${origin}/login`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByTestId("signed-in").filter({ hasText: name }).waitFor();
}

test("the instances are two processes: each answers on its own port", async ({ request }) => {
  for (const origin of [A, B]) expect((await request.get(`${origin}/ping`)).status()).toBe(200);
});

test("a session made through one instance is valid on the other, and signing out there ends it everywhere", async ({
  browser,
}) => {
  const page = await newPage(browser);
  await signIn(page, A, "viewer");
  // Cookies ignore the port: the browser sends A's session cookie to B, which knows
  // it only from the database.
  await page.goto(`${B}/`);
  await expect(page.getByTestId("signed-in")).toContainText(E2E_USERS.viewer.name);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto(`${A}/`);
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
});

test("an edit through one instance is visible through the other at once", async ({ browser }) => {
  const editor = await newPage(browser);
  await signIn(editor, A, "editor");
  await editor.goto(`${A}${AGREEMENT}`);
  await editor.getByTestId("edit-link").click();
  const title = `Environmental Cooperation Agreement — edited on A ${Date.now()}`;
  await editor.getByLabel("Title (English)").fill(title);
  await editor.getByLabel("Title (Korean)").fill("한중 환경협력협정 (A에서 수정)");
  await editor.getByRole("button", { name: "Save" }).click();
  await expect(editor.getByTestId("edit-form-message")).toHaveText("Saved.");

  const reader = await newPage(browser);
  await reader.goto(`${B}${AGREEMENT}`);
  await expect(reader.getByRole("heading", { level: 1 })).toContainText(title);
  // The list and the search index (both from the database) have it too.
  await reader.goto(`${B}/agreements?q=${encodeURIComponent("edited on A")}`);
  await expect(reader.getByRole("link", { name: title })).toBeVisible();
  // (Visiting /ko keeps Korean as the reader's language from here on.)
  await reader.goto(`${B}/ko${AGREEMENT}`);
  await expect(reader.getByRole("heading", { level: 1 })).toContainText("한중 환경협력협정 (A에서 수정)");
});

test("a stale save through the second instance that changes the same field waits for the editor's choice", async ({
  browser,
}) => {
  // The second editor opens the form on B first: it carries the current version.
  const second = await newPage(browser);
  await signIn(second, B, "editor2");
  await second.goto(`${B}${AGREEMENT}`);
  await second.getByTestId("edit-link").click();
  await expect(second.getByLabel("Title (English)")).toBeVisible();

  const first = await newPage(browser);
  await signIn(first, A, "editor");
  await first.goto(`${A}${AGREEMENT}`);
  await first.getByTestId("edit-link").click();
  const winner = `Saved through A ${Date.now()}`;
  await first.getByLabel("Title (English)").fill(winner);
  await first.getByRole("button", { name: "Save" }).click();
  await expect(first.getByTestId("edit-form-message")).toHaveText("Saved.");

  await second.getByLabel("Title (English)").fill("Saved through B, from a stale form");
  await second.getByRole("button", { name: "Save" }).click();
  // Both changed the title: nothing is saved until the editor chooses, theirs beside mine.
  const message = second.getByTestId("edit-form-message");
  await expect(message).toContainText("choose which value to keep");
  await expect(message).toContainText(E2E_USERS.editor.name);
  await expect(second.getByTestId("conflict-titleEn-theirs")).toHaveText(winner);
  await expect(second.getByTestId("conflict-titleEn-mine")).toHaveText("Saved through B, from a stale form");

  // B had the page cached (the second editor read it there); it follows A's save.
  const reader = await newPage(browser);
  await expect(async () => {
    await reader.goto(`${B}${AGREEMENT}`);
    await expect(reader.getByRole("heading", { level: 1 })).toContainText(winner, { timeout: 500 });
  }).toPass({ timeout: 5_000 });
});

test("a page and a search kept by one instance follow an edit through the other within seconds", async ({
  browser,
  request,
}) => {
  const title = `Cached on B and edited on A ${Date.now()}`;
  const search = `${B}/agreements?q=${encodeURIComponent(title)}`;
  // B answers both from what it keeps after the first requests (lib/server/cache/serve.mjs):
  // the same ETag twice in a row.
  for (const url of [`${B}${AGREEMENT}`, search]) {
    const tags: string[] = [];
    for (let i = 0; i < 3; i++) tags.push((await request.get(url)).headers().etag ?? "");
    expect(tags[1], url).toMatch(/^"/);
    expect(tags[2], url).toBe(tags[1]);
  }
  // The search box repeats the query: what counts is whether the results link to the record.
  const found = `href="${AGREEMENT}"`;
  expect(await (await request.get(search)).text()).not.toContain(found);

  const editor = await newPage(browser);
  await signIn(editor, A, "editor");
  await editor.goto(`${A}${AGREEMENT}`);
  await editor.getByTestId("edit-link").click();
  await editor.getByLabel("Title (English)").fill(title);
  await editor.getByRole("button", { name: "Save" }).click();
  await expect(editor.getByTestId("edit-form-message")).toHaveText("Saved.");

  // B reads the data stamp at most once a second (lib/server/cache/stamp.cjs).
  await expect.poll(async () => (await request.get(`${B}${AGREEMENT}`)).text(), { timeout: 5_000 }).toContain(title);
  await expect.poll(async () => (await request.get(search)).text(), { timeout: 5_000 }).toContain(found);
});

test("failed sign-ins through one instance count on the other", async ({ browser }) => {
  const page = await newPage(browser);
  const { email, password } = E2E_USERS.admin;
  const attempt = async (origin: string, pw: string) => {
    await page.goto(`${origin}/login`);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(pw);
    await page.getByRole("button", { name: "Sign in" }).click();
    const alert = page.getByRole("alert").first();
    await expect(alert).toBeVisible();
    return (await alert.textContent()) ?? "";
  };
  // Five free attempts, and a sixth that is checked and sets a wait (lib/server/auth/throttle.ts).
  for (let i = 1; i <= 6; i++) expect(await attempt(A, `wrong password ${i}`)).toContain("not right");
  const db = createPrismaClient(process.env.DATABASE_URL ?? "");
  const mine = { key: { contains: email.toLowerCase() } };
  try {
    // Written by A into the database both instances share.
    const pair = (await db.signInThrottle.findMany({ where: mine })).find((r) => r.key.startsWith("pair:"));
    expect(pair?.failures).toBe(6);
    expect(pair?.lockedUntil).not.toBeNull();
    // The first wait is a second; hold it a minute so the check through B cannot race its end.
    await db.signInThrottle.update({
      where: { key: pair?.key ?? "" },
      data: { lockedUntil: new Date(Date.now() + 60_000) },
    });
    // The right password, through B: the wait set through A holds there too.
    expect(await attempt(B, password)).toContain("Too many failed sign-ins");
  } finally {
    await db.signInThrottle.deleteMany({ where: mine });
    await db.$disconnect();
  }
});
