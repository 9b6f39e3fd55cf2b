/**
 * /admin/users's server actions against a real database: admins create accounts
 * (password shown once), change roles, disable (ending sessions) and enable, and
 * reset passwords; each is audited; editors and bad input are refused with nothing
 * written. Only Next's request APIs are stood in for.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createAuth } from "@/lib/server/auth/config";
import { userFromHeaders } from "@/lib/server/auth/session";
import { signInWithPassword } from "@/lib/server/auth/sign-in";
import { createUser } from "@/lib/server/services/manage-users";
import { createTestDb, type TestDb } from "../helpers/db";
import { request } from "../helpers/next-request";

const SECRET = "user-admin-test-secret-0123456789abcdef";
process.env.BETTER_AUTH_SECRET = SECRET;

vi.mock("next/headers", async () => (await import("../helpers/next-request")).nextHeaders);
vi.mock("@/lib/server/db/client", async () => (await import("../helpers/next-request")).appDb);

let t: TestDb;
let actions: typeof import("@/lib/server/actions/users");
const PASSWORD = "user admin password 1";
const sessions = new Map<string, Headers>();

async function signIn(email: string, password = PASSWORD) {
  const result = await signInWithPassword(t.db, createAuth(t.db, { secret: SECRET }), { email, password }, null);
  if (!result.ok) return null;
  return new Headers({ cookie: result.headers.get("set-cookie")?.split(";")[0] ?? "" });
}

function form(values: Record<string, string>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, v);
  return data;
}

async function as(who: "admin" | "editor") {
  request.headers = sessions.get(who) ?? new Headers();
}

beforeAll(async () => {
  t = await createTestDb();
  request.db = t.db;
  for (const role of ["admin", "editor"] as const) {
    const email = `${role}@users.test`;
    await createUser(t.db, { userId: null, label: "test" }, { email, role, password: PASSWORD, name: `Test ${role}` });
    const headers = await signIn(email);
    if (!headers) throw new Error("sign-in failed");
    sessions.set(role, headers);
  }
  actions = await import("@/lib/server/actions/users");
});
afterAll(() => t.cleanup());

describe("user management actions", () => {
  it("an admin creates a user with a Korean name; the password is shown once and works; the audit says who", async () => {
    await as("admin");
    const result = await actions.createUserAction(
      { status: "idle" },
      form({ email: "Kim@Example.org", name: "김민지 <b>x</b>", role: "editor" }),
    );
    expect(result).toMatchObject({ status: "ok", secret: expect.stringMatching(/^[\w-]{20}$/) });
    if (result.status !== "ok" || !result.secret) return;
    const user = await t.db.user.findUniqueOrThrow({ where: { email: "kim@example.org" } });
    expect(user).toMatchObject({ name: "김민지 <b>x</b>", role: "editor", disabledAt: null });
    expect(await signIn("kim@example.org", result.secret)).not.toBeNull();
    const audit = await t.db.auditEntry.findFirstOrThrow({ where: { entityId: user.id, action: "create" } });
    expect(audit.actorLabel).toBe("Test admin");
    expect(JSON.stringify(audit)).not.toContain(result.secret);
  });

  it.each([
    ["a malformed email", { email: "not-an-email", role: "viewer" }, "email", "email"],
    ["an unknown role", { email: "x@example.org", role: "owner" }, "role", "choice"],
    ["an email already in use", { email: "editor@users.test", role: "viewer" }, "email", "taken"],
    ["an over-long name", { email: "y@example.org", role: "viewer", name: "名".repeat(201) }, "name", "tooLong"],
  ])("refuses %s beside the field, keeping what was typed, writing nothing", async (_, values, field, code) => {
    await as("admin");
    const users = await t.db.user.count();
    const audit = await t.db.auditEntry.count();
    const result = await actions.createUserAction({ status: "idle" }, form(values));
    expect(result).toMatchObject({ status: "error", kind: "invalid" });
    if (result.status !== "error") return;
    expect(result.fieldErrors[field]).toContain(code);
    expect(result.values.email).toBe(values.email);
    expect(await t.db.user.count()).toBe(users);
    expect(await t.db.auditEntry.count()).toBe(audit);
  });

  it("sets a role, audited from and to", async () => {
    await as("admin");
    await createUser(t.db, { userId: null, label: "test" }, { email: "role@users.test", role: "viewer" });
    expect(
      await actions.setUserRoleAction({ status: "idle" }, form({ email: "role@users.test", role: "admin" })),
    ).toMatchObject({
      status: "ok",
    });
    const user = await t.db.user.findUniqueOrThrow({ where: { email: "role@users.test" } });
    expect(user.role).toBe("admin");
    const audit = await t.db.auditEntry.findFirstOrThrow({ where: { entityId: user.id, action: "update" } });
    expect(JSON.parse(audit.changes)).toEqual({ role: ["viewer", "admin"] });
  });

  it("disabling ends the user's sessions at once; enabling lets them sign in again", async () => {
    await createUser(
      t.db,
      { userId: null, label: "test" },
      { email: "off@users.test", role: "editor", password: PASSWORD },
    );
    const theirs = await signIn("off@users.test");
    if (!theirs) throw new Error("no session");
    const auth = createAuth(t.db, { secret: SECRET });
    expect(await userFromHeaders(t.db, auth, theirs)).toMatchObject({ email: "off@users.test" });
    await as("admin");
    expect(
      await actions.setUserDisabledAction({ status: "idle" }, form({ email: "off@users.test", disabled: "true" })),
    ).toMatchObject({ status: "ok" });
    const user = await t.db.user.findUniqueOrThrow({ where: { email: "off@users.test" } });
    expect(user.disabledAt).not.toBeNull();
    expect(await t.db.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await userFromHeaders(t.db, auth, theirs)).toBeNull();
    expect(await signIn("off@users.test")).toBeNull();
    expect(
      await actions.setUserDisabledAction({ status: "idle" }, form({ email: "off@users.test", disabled: "false" })),
    ).toMatchObject({ status: "ok" });
    expect(await signIn("off@users.test")).not.toBeNull();
    const actionsLogged = await t.db.auditEntry.findMany({ where: { entityId: user.id }, orderBy: { at: "asc" } });
    expect(actionsLogged.map((a) => a.action)).toEqual(["create", "archive", "restore"]);
  });

  it("resets a password: the old one stops working, the new one (shown once) works, sessions end", async () => {
    await createUser(
      t.db,
      { userId: null, label: "test" },
      { email: "reset@users.test", role: "viewer", password: PASSWORD },
    );
    expect(await signIn("reset@users.test")).not.toBeNull();
    await as("admin");
    const result = await actions.resetPasswordAction({ status: "idle" }, form({ email: "reset@users.test" }));
    expect(result).toMatchObject({ status: "ok", secret: expect.any(String) });
    if (result.status !== "ok" || !result.secret) return;
    const user = await t.db.user.findUniqueOrThrow({ where: { email: "reset@users.test" } });
    expect(await t.db.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await signIn("reset@users.test")).toBeNull();
    expect(await signIn("reset@users.test", result.secret)).not.toBeNull();
  });

  it("an admin cannot demote or disable their own account here", async () => {
    await as("admin");
    const role = await actions.setUserRoleAction(
      { status: "idle" },
      form({ email: "admin@users.test", role: "viewer" }),
    );
    expect(role).toMatchObject({ status: "error", kind: "invalid", fieldErrors: { role: ["self"] } });
    const off = await actions.setUserDisabledAction(
      { status: "idle" },
      form({ email: "ADMIN@users.test", disabled: "true" }),
    );
    expect(off).toMatchObject({ status: "error", kind: "invalid" });
    expect(await t.db.user.findUniqueOrThrow({ where: { email: "admin@users.test" } })).toMatchObject({
      role: "admin",
      disabledAt: null,
    });
  });

  it("refuses a state that is neither true nor false", async () => {
    await as("admin");
    expect(
      await actions.setUserDisabledAction({ status: "idle" }, form({ email: "editor@users.test", disabled: "maybe" })),
    ).toMatchObject({ status: "error", kind: "invalid", fieldErrors: { disabled: ["choice"] } });
    expect((await t.db.user.findUniqueOrThrow({ where: { email: "editor@users.test" } })).disabledAt).toBeNull();
  });

  it("an unknown account is not found", async () => {
    await as("admin");
    expect(await actions.resetPasswordAction({ status: "idle" }, form({ email: "ghost@users.test" }))).toMatchObject({
      status: "error",
      kind: "not_found",
    });
  });

  it("every action is refused to an editor and to nobody signed in, with nothing written", async () => {
    const before = { users: await t.db.user.count(), audit: await t.db.auditEntry.count() };
    for (const who of ["editor", "anonymous"] as const) {
      request.headers = sessions.get(who) ?? new Headers();
      const kind = who === "editor" ? "forbidden" : "unauthenticated";
      expect(
        await actions.createUserAction({ status: "idle" }, form({ email: "z@users.test", role: "admin" })),
      ).toMatchObject({ kind });
      expect(
        await actions.setUserRoleAction({ status: "idle" }, form({ email: "editor@users.test", role: "admin" })),
      ).toMatchObject({ kind });
      expect(
        await actions.setUserDisabledAction({ status: "idle" }, form({ email: "admin@users.test", disabled: "true" })),
      ).toMatchObject({ kind });
      expect(await actions.resetPasswordAction({ status: "idle" }, form({ email: "admin@users.test" }))).toMatchObject({
        kind,
      });
    }
    expect(await t.db.user.count()).toBe(before.users);
    expect(await t.db.auditEntry.count()).toBe(before.audit);
    expect((await t.db.user.findUniqueOrThrow({ where: { email: "editor@users.test" } })).role).toBe("editor");
  });
});
