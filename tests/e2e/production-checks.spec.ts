/**
 * Sign-in limits, sessions and the audit log, checked against the production build
 * (the e2e server is `next start`) over plain HTTP: the login form posted as a
 * browser without JavaScript posts it, and the JSON write path with the session
 * cookie. Browser journeys (the status form, the audit page's filters, signing out
 * through the menu) are in staff-status.spec.ts; these are what a browser hides.
 */
import { readFileSync } from "node:fs";
import { type APIRequestContext, expect, test } from "@playwright/test";
import { createUser, disableUser } from "../../lib/server/services/manage-users";
import { e2eDb } from "./helpers";
import { client, postLogin, saveStatus, signIn } from "./http-session";
import { E2E_USERS } from "./users";

const ITEM = "clear-sky-plan-area-7";
const LOCKED = "Too many failed sign-ins for this account or from this address.";
const WRONG = "The email or password is not right.";
const PASSWORD = "production-checks-password-1";

/** A status save through the HTTP path that keeps the item's status, with a note. */
function save(api: APIRequestContext, cookie: string, note: string) {
  return saveStatus(api, cookie, ITEM, { note });
}

async function makeUser(email: string, name: string, role: "editor" | "admin" = "editor") {
  const db = e2eDb();
  try {
    await createUser(db, { userId: null, label: "production checks" }, { email, name, role, password: PASSWORD });
  } finally {
    await db.$disconnect();
  }
}

test.describe.configure({ mode: "serial" });

/** Every sign-in counter of the e2e server's own address (all tests sign in from it). */
async function clearCounters() {
  const db = e2eDb();
  try {
    await db.signInThrottle.deleteMany({ where: { key: { not: { startsWith: "account:" } } } });
  } finally {
    await db.$disconnect();
  }
}

test("failed sign-ins slow the account from this address after 5, with a clear message, even for the right password then", async () => {
  await clearCounters();
  const email = `lock-${Date.now()}@e2e.test`;
  await makeUser(email, "Lock Probe");
  const api = await client();
  try {
    // A forged X-Forwarded-For changes nothing: the address is the connection's (issue 17).
    for (let i = 1; i <= 6; i++) {
      const forged = { "x-forwarded-for": `203.0.113.${i}`, "x-tracker-client-address": `198.51.100.${i}` };
      const html = await (await postLogin(api, email, `wrong password ${i}`, forged)).text();
      expect(html, `attempt ${i}`).toContain(WRONG);
    }
    // Waiting now: the right password is refused too, with the same message, and no cookie.
    const right = await postLogin(api, email, PASSWORD);
    expect(right.status()).toBe(200);
    expect(await right.text()).toContain(LOCKED);
    expect(right.headers()["set-cookie"] ?? "").not.toContain("better-auth.session_token=");
    // Other accounts are not affected.
    await signIn(api, E2E_USERS.editor2.email, E2E_USERS.editor2.password);
  } finally {
    await clearCounters();
    await api.dispose();
  }
});

test("failed sign-ins from one address slow it after 20, whichever accounts they name", async () => {
  await clearCounters();
  const api = await client();
  try {
    for (let i = 1; i <= 21; i++) {
      // A different account each time, so only the address's count can trip.
      const message = await (await postLogin(api, `nobody-${i}-${Date.now()}@e2e.test`, "wrong password")).text();
      expect(message, `attempt ${i}`).toContain(WRONG);
    }
    // The address waits now, for every account, a real one with its right password too.
    const real = await postLogin(api, E2E_USERS.viewer.email, E2E_USERS.viewer.password);
    expect(real.status()).toBe(200);
    expect(await real.text()).toContain(LOCKED);
  } finally {
    // Every other test signs in from this address: lift the wait again.
    await clearCounters();
    await api.dispose();
  }
});

test("signing out ends the session on the server: the old cookie no longer saves", async ({ page }) => {
  const email = `signout-${Date.now()}@e2e.test`;
  await makeUser(email, "Sign-out Probe");
  const api = await client();
  const cookie = await signIn(api, email, PASSWORD);
  expect((await save(api, cookie, "before sign-out")).status()).toBe(201);

  // Sign out in a browser holding the same cookie, through the menu's button.
  const [name, ...value] = cookie.split("=");
  await page
    .context()
    .addCookies([{ name: name ?? "", value: value.join("="), url: test.info().project.use.baseURL ?? "" }]);
  await page.goto("/");
  await expect(page.getByTestId("signed-in")).toContainText("Sign-out Probe");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

  // The cookie the client kept is dead on the server.
  const after = await save(await client(), cookie, "after sign-out");
  expect(after.status()).toBe(401);
  expect((await after.json()).error).toBe("unauthenticated");
  await api.dispose();
});

test("a disabled user's session stops working at once", async () => {
  const email = `disabled-${Date.now()}@e2e.test`;
  await makeUser(email, "Disabled Probe");
  const api = await client();
  const cookie = await signIn(api, email, PASSWORD);
  expect((await save(api, cookie, "before disabling")).status()).toBe(201);
  const db = e2eDb();
  try {
    // What `npm run user -- disable` does.
    await disableUser(db, { userId: null, label: "production checks" }, email);
  } finally {
    await db.$disconnect();
  }
  expect((await save(api, cookie, "after disabling")).status()).toBe(401);
  // And signing in again is refused, with the answer an unknown account gets (issue 17).
  const again = await postLogin(api, email, PASSWORD);
  expect(again.status()).toBe(200);
  const alert = /role="alert"[^>]*>([^<]*)</.exec(await again.text())?.[1];
  expect(alert).toBe(WRONG);
  await api.dispose();
});

test("a save through the HTTP path writes exactly one audit entry, shown at /admin/audit", async ({ page }) => {
  const stamp = Date.now();
  const email = `audit-${stamp}@e2e.test`;
  const name = `Audit Probe ${stamp}`;
  await makeUser(email, name);
  const api = await client();
  const cookie = await signIn(api, email, PASSWORD);
  const note = `API save ${stamp} 미세먼지 · 清洁空气 <b>bold?</b>`;
  const res = await save(api, cookie, note);
  expect(res.status()).toBe(201);
  const { data } = await res.json();
  // A colleague changes the status meanwhile; a save from the older version that sets the
  // status too is refused (a conflict, not a merge) and adds nothing.
  const colleague = `audit-colleague-${stamp}@e2e.test`;
  await makeUser(colleague, `Audit Colleague ${stamp}`);
  const other = await client();
  const otherCookie = await signIn(other, colleague, PASSWORD);
  const [theirs, mine] = ["delayed", "in_progress", "not_started"].filter((s) => s !== data.status);
  expect((await saveStatus(other, otherCookie, ITEM, { status: theirs })).status()).toBe(201);
  const stale = await api.post(`/api/v1/items/${ITEM}/status`, {
    headers: { cookie, "content-type": "application/json" },
    data: { expectedVersion: data.version, status: mine, assessedOn: "2026-11", basis: "staff" },
  });
  expect(stale.status()).toBe(409);
  const refused = await stale.json();
  expect(refused.conflicts.map((c: { field: string }) => c.field)).toEqual(["status"]);
  // The colleague puts the item back as it was, for the tests after this one.
  const now = (await (await other.get(`/api/v1/items/${ITEM}/status`)).json()).data;
  const restored = await other.post(`/api/v1/items/${ITEM}/status`, {
    headers: { cookie: otherCookie, "content-type": "application/json" },
    data: {
      expectedVersion: now.version,
      status: data.status,
      progress: data.progress,
      assessedOn: data.statusAssessedOn ?? "2026-11",
      basis: "staff",
    },
  });
  expect(restored.status()).toBe(201);
  await other.dispose();

  const db = e2eDb();
  try {
    expect(await db.auditEntry.count({ where: { actorLabel: name } })).toBe(1);
    expect(await db.statusUpdate.count({ where: { id: data.statusUpdateId } })).toBe(1);
  } finally {
    await db.$disconnect();
  }

  await page.goto("/login");
  await page.getByLabel("Email").fill(E2E_USERS.admin.email);
  await page.getByLabel("Password").fill(E2E_USERS.admin.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByTestId("signed-in").waitFor();
  await page.goto(`/admin/audit?actor=${encodeURIComponent(name)}`);
  await expect(page.getByTestId("audit-total")).toHaveText("1 entry");
  const entry = page.getByTestId("audit-entry");
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText(`by ${name}`);
  await expect(entry).toContainText(note);
  await api.dispose();
});

test("the read-only API refuses writes: 405 from the production server", async ({ request }) => {
  for (const path of ["/api/v1/agreements", "/api/v1/items", `/api/v1/items/${ITEM}`]) {
    expect((await request.post(path, { data: {} })).status(), path).toBe(405);
    expect((await request.delete(path)).status(), path).toBe(405);
  }
  // And the write path refuses a cross-site form post before anything else.
  const res = await request.post(`/api/v1/items/${ITEM}/status`, {
    headers: { origin: "https://evil.example", "content-type": "text/plain" },
    data: "{}",
  });
  expect(res.status()).toBe(403);
});

test("a form or server-action body the server cannot read answers 400 with the usual headers, not 500", async ({
  request,
  baseURL,
}) => {
  // A real action of this build, so Next.js itself would try to decode the body.
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, unknown>;
  };
  const action = Object.keys(manifest.node)[0] ?? "";
  const origin = new URL(baseURL ?? "").origin;
  const cases: Record<string, string>[] = [
    { "content-type": "multipart/form-data; boundary=xyz" },
    { "content-type": "multipart/form-data; boundary=xyz", "next-action": action },
    { "content-type": "text/plain;charset=UTF-8", "next-action": action },
  ];
  for (const headers of cases) {
    const res = await request.post("/login", { headers: { origin, ...headers }, data: "{{{garbage" });
    expect(res.status(), JSON.stringify(headers)).toBe(400);
    expect(res.headers()["x-content-type-options"]).toBe("nosniff");
    expect(await res.text()).toContain("form could not be read");
  }
});
