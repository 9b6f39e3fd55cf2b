import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Auth, createAuth, SESSION_ABSOLUTE_SECONDS } from "@/lib/server/auth/config";
import { userFromHeaders } from "@/lib/server/auth/session";
import { signInWithPassword } from "@/lib/server/auth/sign-in";
import { LIMITS, waitAfter } from "@/lib/server/auth/throttle";
import {
  createUser,
  disableUser,
  ensureFirstAdmin,
  resetPassword,
  setUserRole,
} from "@/lib/server/services/manage-users";
import { createTestDb, type TestDb } from "../helpers/db";

let t: TestDb;
let auth: Auth;
const shell = { userId: null, label: "test" };
const PASSWORD = "correct horse battery";

beforeAll(async () => {
  t = await createTestDb();
  auth = createAuth(t.db, { secret: "test-secret-for-this-file-only-0123456789" });
});
afterAll(() => t.cleanup());

async function newUser(role: "viewer" | "editor" | "admin" = "editor") {
  const email = `u${Math.random().toString(36).slice(2)}@example.org`;
  await createUser(t.db, shell, { email, role, password: PASSWORD });
  return email;
}

/** Signs in and returns request headers carrying the session cookie. */
async function signIn(email: string, password = PASSWORD, address: string | null = "10.0.0.1") {
  const result = await signInWithPassword(t.db, auth, { email, password }, address);
  if (!result.ok) throw new Error(`sign-in refused: ${result.kind}`);
  const setCookie = result.headers.get("set-cookie") ?? "";
  return { setCookie, headers: new Headers({ cookie: setCookie.split(";")[0] ?? "" }) };
}

describe("accounts", () => {
  it("signs in with email and password; the cookie is httpOnly and SameSite=Lax", async () => {
    const email = await newUser("editor");
    const { setCookie, headers } = await signIn(email);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(await userFromHeaders(t.db, auth, headers)).toMatchObject({ email, role: "editor" });
  });

  it("refuses a wrong password without saying which part was wrong", async () => {
    const email = await newUser();
    expect(await signInWithPassword(t.db, auth, { email, password: "wrong password!" }, "10.0.0.2")).toEqual({
      ok: false,
      kind: "credentials",
    });
    expect(await signInWithPassword(t.db, auth, { email: "nobody@example.org", password: "x" }, "10.0.0.2")).toEqual({
      ok: false,
      kind: "credentials",
    });
  });

  it("parses input: a malformed email is a field error, not a sign-in attempt", async () => {
    const result = await signInWithPassword(t.db, auth, { email: "not-an-email", password: "" }, null);
    expect(result).toMatchObject({ ok: false, kind: "invalid" });
  });

  it("has no sign-up: Better Auth's own endpoint refuses", async () => {
    await expect(
      auth.api.signUpEmail({ body: { email: "new@example.org", password: PASSWORD, name: "New" } }),
    ).rejects.toThrow();
    expect(await t.db.user.count({ where: { email: "new@example.org" } })).toBe(0);
  });

  it("no anonymous caller can lock someone out: wrong passwords from other addresses leave the owner's sign-in open", async () => {
    const email = await newUser();
    // Issue 17: five wrong passwords from five addresses used to lock the account for 15 minutes.
    for (let i = 0; i < 10; i++) {
      await signInWithPassword(t.db, auth, { email, password: `wrong-${i}` }, `10.1.0.${i}`);
    }
    expect(await signInWithPassword(t.db, auth, { email, password: PASSWORD }, "10.1.1.1")).toMatchObject({ ok: true });
  });

  it("slows an account from one address after its free attempts, with a doubling wait, and only there", async () => {
    const email = await newUser();
    const address = "10.1.2.1";
    for (let i = 0; i <= LIMITS.pair.free; i++) {
      const result = await signInWithPassword(t.db, auth, { email, password: `wrong-${i}` }, address);
      expect(result, `attempt ${i + 1}`).toMatchObject({ ok: false, kind: "credentials" });
    }
    // The attempt after the free ones (and one more) has set a wait: the right password waits too.
    const waiting = await signInWithPassword(t.db, auth, { email, password: PASSWORD }, address);
    expect(waiting).toMatchObject({ ok: false, kind: "locked" });
    if (waiting.ok || waiting.kind !== "locked") throw new Error("expected a wait");
    expect(waiting.until.getTime() - Date.now()).toBeLessThanOrEqual(waitAfter(LIMITS.pair.free + 1, LIMITS.pair));
    // The owner elsewhere is not slowed.
    expect(await signInWithPassword(t.db, auth, { email, password: PASSWORD }, "10.1.2.2")).toMatchObject({ ok: true });
    expect(waitAfter(LIMITS.pair.free + 2, LIMITS.pair)).toBe(2 * waitAfter(LIMITS.pair.free + 1, LIMITS.pair));
  });

  it("counts every attempt before the password is checked: a burst of guesses gets no more than the free ones", async () => {
    const email = await newUser();
    const address = "10.1.3.1";
    const guesses = Array.from({ length: 20 }, (_, i) => ({ email, password: `wrong-${i}` }));
    const results = await Promise.all(
      [...guesses, { email, password: PASSWORD }].map((input) => signInWithPassword(t.db, auth, input, address)),
    );
    const checked = results.filter((r) => r.ok || r.kind === "credentials").length;
    expect(checked).toBeLessThanOrEqual(LIMITS.pair.free + 1);
    expect(results.filter((r) => !r.ok && r.kind === "locked").length).toBeGreaterThanOrEqual(20 - LIMITS.pair.free);
  });

  it("never slows an address for its successful sign-ins: colleagues behind one office address", async () => {
    const address = "10.2.9.1";
    for (let i = 0; i < LIMITS.address.free + 10; i++) {
      const email = await newUser();
      expect(
        await signInWithPassword(t.db, auth, { email, password: PASSWORD }, address),
        `sign-in ${i + 1}`,
      ).toMatchObject({ ok: true });
    }
    const row = await t.db.signInThrottle.findUniqueOrThrow({ where: { key: `address:${address}` } });
    expect(row.failures).toBe(0);
  });

  it("limits attempts per address across accounts", async () => {
    const address = "10.2.0.1";
    for (let i = 0; i <= LIMITS.address.free; i++) {
      await signInWithPassword(t.db, auth, { email: `guess${i}@example.org`, password: "nope" }, address);
    }
    const email = await newUser();
    expect(await signInWithPassword(t.db, auth, { email, password: PASSWORD }, address)).toMatchObject({
      ok: false,
      kind: "locked",
    });
    // The same account from another address is not slowed.
    expect(await signInWithPassword(t.db, auth, { email, password: PASSWORD }, "10.2.0.2")).toMatchObject({ ok: true });
  });

  it("signing out deletes the session on the server", async () => {
    const email = await newUser();
    const { headers } = await signIn(email);
    const userId = (await t.db.user.findUniqueOrThrow({ where: { email } })).id;
    expect(await t.db.session.count({ where: { userId } })).toBe(1);
    await auth.api.signOut({ headers });
    expect(await t.db.session.count({ where: { userId } })).toBe(0);
    expect(await userFromHeaders(t.db, auth, headers)).toBeNull();
  });

  it("disabling a user ends all their sessions and refuses sign-in", async () => {
    const email = await newUser();
    const a = await signIn(email);
    const b = await signIn(email, PASSWORD, "10.3.0.2");
    await disableUser(t.db, shell, email);
    expect(await userFromHeaders(t.db, auth, a.headers)).toBeNull();
    expect(await userFromHeaders(t.db, auth, b.headers)).toBeNull();
    const userId = (await t.db.user.findUniqueOrThrow({ where: { email } })).id;
    expect(await t.db.session.count({ where: { userId } })).toBe(0);
    // The same answer as an unknown account: the answer tells a guesser nothing.
    const disabled = await signInWithPassword(t.db, auth, { email, password: PASSWORD }, "10.3.0.3");
    const unknown = await signInWithPassword(
      t.db,
      auth,
      { email: "no-one@example.org", password: PASSWORD },
      "10.3.0.3",
    );
    expect(disabled).toEqual({ ok: false, kind: "credentials" });
    expect(unknown).toEqual(disabled);
  });

  it("a session expires after inactivity", async () => {
    const email = await newUser();
    const { headers } = await signIn(email);
    const userId = (await t.db.user.findUniqueOrThrow({ where: { email } })).id;
    await t.db.session.updateMany({ where: { userId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await userFromHeaders(t.db, auth, headers)).toBeNull();
  });

  it("a session ends after its absolute lifetime however active", async () => {
    const email = await newUser();
    const { headers } = await signIn(email);
    const userId = (await t.db.user.findUniqueOrThrow({ where: { email } })).id;
    const old = new Date(Date.now() - (SESSION_ABSOLUTE_SECONDS + 60) * 1000);
    await t.db.session.updateMany({ where: { userId }, data: { createdAt: old } });
    expect(await userFromHeaders(t.db, auth, headers)).toBeNull();
    expect(await t.db.session.count({ where: { userId } })).toBe(0);
  });

  it("role changes apply to the next request; a password reset ends sessions", async () => {
    const email = await newUser("viewer");
    const { headers } = await signIn(email);
    await setUserRole(t.db, shell, email, "admin");
    expect(await userFromHeaders(t.db, auth, headers)).toMatchObject({ role: "admin" });
    const next = await resetPassword(t.db, shell, email);
    expect(await userFromHeaders(t.db, auth, headers)).toBeNull();
    expect((await signIn(email, next, "10.4.0.1")).setCookie).toContain("session_token");
  });

  it("stores no password in clear, and writes an audit entry per account change", async () => {
    const email = await newUser();
    const account = await t.db.account.findFirstOrThrow({ where: { user: { email } } });
    expect(account.password).not.toContain(PASSWORD);
    const user = await t.db.user.findUniqueOrThrow({ where: { email } });
    expect(await t.db.auditEntry.count({ where: { entityType: "User", entityId: user.id } })).toBe(1);
  });

  it("creates the first admin only on a database without users, with a random password", async () => {
    const empty = await createTestDb();
    try {
      const first = await ensureFirstAdmin(empty.db);
      expect(first?.user.role).toBe("admin");
      expect(first?.password.length).toBeGreaterThanOrEqual(20);
      expect(await ensureFirstAdmin(empty.db)).toBeNull();
    } finally {
      await empty.cleanup();
    }
  });
});
