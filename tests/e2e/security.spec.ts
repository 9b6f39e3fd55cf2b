import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { E2E_USERS } from "./users";

const directive = (csp: string, name: string) => csp.split("; ").find((d) => d.startsWith(`${name} `)) ?? "";

/** Every Content Security Policy report the page gets, from the console and the DOM event. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return violations;
}

for (const path of ["/", "/agreements/environmental-cooperation-mou-2026", "/ko/timeline", "/no-such-page", "/login"]) {
  test(`${path} is served with the security headers`, async ({ request }) => {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"]).toContain("object-src 'none'");
    expect(headers["content-security-policy"]).toContain("base-uri 'none'");
    expect(headers["content-security-policy"]).not.toContain("unsafe-eval");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["strict-transport-security"]).toMatch(/max-age/);
    expect(headers["x-powered-by"]).toBeUndefined();
  });
}

for (const path of [
  "/",
  "/agreements",
  "/ko/agreements/environmental-cooperation-mou-2026",
  "/zh/timeline",
  "/status",
  "/plans/clear-sky-plan",
  "/ministries",
  "/dialogues",
  "/sources",
]) {
  test(`${path} is cached for a CDN, the same for everybody`, async ({ request }) => {
    const first = await request.get(path);
    expect(first.status()).toBe(200);
    expect(first.headers()["cache-control"]).toMatch(/^s-maxage=\d+, stale-while-revalidate=\d+$/);
    const second = await request.get(path);
    expect(second.headers()["x-nextjs-cache"]).toBe("HIT");
    expect(directive(second.headers()["content-security-policy"] ?? "", "script-src")).not.toContain("nonce-");
  });
}

test("a list with a query is rendered per request and never cached", async ({ request }) => {
  for (const path of ["/agreements?q=carbon", "/ko/timeline?kind=meeting", "/status?staleDays=30"]) {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toContain("no-store");
  }
  // The filter applies: the cached list and the searched one differ.
  const all = await (await request.get("/agreements")).text();
  const some = await (await request.get("/agreements?q=environmental")).text();
  expect(some).not.toEqual(all);
  expect(some).toContain("environmental");
});

for (const path of ["/login", "/ko/login", "/admin/audit", "/zh/admin/import", "/edit/Agreement/no-such-id"]) {
  test(`${path} runs only scripts carrying this response's nonce`, async ({ request }) => {
    const response = await request.get(path);
    const csp = response.headers()["content-security-policy"] ?? "";
    const scripts = directive(csp, "script-src");
    expect(scripts).not.toContain("unsafe-inline");
    const nonce = /'nonce-([^']+)'/.exec(scripts)?.[1];
    expect(nonce).toBeTruthy();
    expect(response.headers()["cache-control"]).toContain("no-store");
    const html = await response.text();
    const tags = html.match(/<script\b[^>]*>/g) ?? [];
    expect(tags.length).toBeGreaterThan(0);
    for (const tag of tags) expect(tag).toContain(`nonce="${nonce}"`);
    const again = directive((await request.get(path)).headers()["content-security-policy"] ?? "", "script-src");
    expect(again).not.toEqual(scripts);
  });
}

test("who is signed in is private and never cached", async ({ request }) => {
  const response = await request.get("/api/session");
  expect(response.headers()["cache-control"]).toBe("private, no-store");
  expect(await response.json()).toEqual({ user: null });
  expect((await request.get("/api/staff/audit-names?ids=abc")).status()).toBe(401);
  expect((await request.get("/api/staff/sources")).status()).toBe(401);
  const lookup = await request.get("/api/staff/lookup?kind=agreement&q=mou");
  expect(lookup.status()).toBe(401);
  expect(lookup.headers()["cache-control"]).toBe("private, no-store");
});

test("pages run under the policy without violations", async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto("/agreements?q=carbon");
  await page.getByRole("link", { name: "한국어" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "ko");
  // The language sticks: the unprefixed English page does not send the reader back.
  await page.getByRole("link", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  expect(violations).toEqual([]);
});

test("signing in and working on staff pages breaks no policy; the header follows sign-in and sign-out", async ({
  page,
  login,
}) => {
  const violations = await watchViolations(page);
  await page.goto("/");
  await expect(page.getByTestId("sign-in-link")).toBeVisible();
  await expect(page.getByTestId("signed-in")).toHaveCount(0);

  await login("editor");
  await page.goto("/plans/clear-sky-plan");
  await expect(page.getByTestId("signed-in")).toContainText(E2E_USERS.editor.name);
  await expect(page.getByTestId("status-form").first()).toBeAttached();
  await page.goto("/agreements/environmental-cooperation-mou-2026");
  await page.getByTestId("edit-link").click();
  await expect(page.getByRole("button", { name: "Save" })).toBeVisible();
  await page.goto("/ko/login");
  await expect(page.getByTestId("signed-in")).toBeVisible();

  // The Korean sign-in page left the language cookie: "/" is now the Korean overview.
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "ko");
  await page.getByTestId("signed-in").getByRole("button").click();
  await expect(page.getByTestId("sign-in-link")).toBeVisible();
  await expect(page.getByTestId("signed-in")).toHaveCount(0);
  await page.goto("/plans/clear-sky-plan");
  await expect(page.getByTestId("sign-in-link")).toBeVisible();
  await expect(page.getByTestId("status-form")).toHaveCount(0);
  await expect(page.getByTestId("edit-link")).toHaveCount(0);
  expect(violations).toEqual([]);
});

test("an edit shows on the cached page at once, and the public HTML never names the editor", async ({
  page,
  login,
  request,
}) => {
  const path = "/agreements/science-technology-agreement-2026";
  const marker = `Checked for caching ${Date.now()}`;
  // Cached before the edit.
  await request.get(path);
  expect((await request.get(path)).headers()["x-nextjs-cache"]).toBe("HIT");

  await login("editor");
  await page.goto(path);
  await page.getByTestId("edit-link").click();
  await page.getByLabel("Summary (English)").fill(marker);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByTestId("edit-form-message")).toHaveText("Saved.");

  const html = await (await request.get(path)).text();
  expect(html).toContain(marker);
  expect(html).toContain("by staff");
  for (const user of Object.values(E2E_USERS)) expect(html).not.toContain(user.name);

  // A signed-in reader sees who made the change, filled in by the browser.
  await page.goto(path);
  await expect(page.getByTestId("record-history")).toContainText(`by ${E2E_USERS.editor.name}`);
});

test("typed text with a direction control (U+202E) is isolated where it stands beside our words", async ({
  page,
  login,
}) => {
  const path = "/agreements/science-technology-agreement-2026";
  const stamp = Date.now();
  const note = `\u202Ereversed note ${stamp}`;
  const summary = `\u202Ereversed summary ${stamp}`;
  await login("editor");
  await page.goto(path);
  await page.getByTestId("edit-link").click();
  await page.getByLabel("Summary (English)").fill(summary);
  await page.getByLabel("Note for the history").fill(note);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByTestId("edit-form-message")).toHaveText("Saved.");

  await page.goto(path);
  const entry = page
    .getByTestId("record-history")
    .locator("li")
    .filter({ hasText: `reversed note ${stamp}` });
  // The note, the changed value and the editor's name each sit in their own <bdi>.
  await expect(entry.locator("bdi", { hasText: note })).toHaveCount(1);
  await expect(entry.locator("bdi", { hasText: summary })).toHaveCount(1);
  await expect(entry.getByTestId("history-actor").locator("bdi")).toHaveText(E2E_USERS.editor.name);
  // The words around them are ours, outside the isolation.
  await expect(entry.getByTestId("history-actor")).toHaveText(`by ${E2E_USERS.editor.name}`);
});
