/**
 * Every mutation in tests/helpers/action-registry.ts × anonymous, viewer, editor, admin:
 * allowed or refused as its minimum role says, checked by the action itself against
 * the real database (only Next's request APIs are stood in for). A second test fails
 * when an exported server action or a writing route handler is missing from the registry.
 * The staff-only reads (app/api/staff) are run the same way: 401, 403 or 200.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createAuth } from "@/lib/server/auth/config";
import { hasRole, type Role } from "@/lib/server/auth/roles";
import { signInWithPassword } from "@/lib/server/auth/sign-in";
import type { Db } from "@/lib/server/db/prisma";
import { archiveRecord } from "@/lib/server/services/edit-record";
import { createUser } from "@/lib/server/services/manage-users";
import { createSeededDb, type TestDb } from "../helpers/db";
import { eventEditFields, statusFormFields } from "../helpers/factories";
import { request } from "../helpers/next-request";
import { routeFiles } from "../route-files";

const SECRET = "matrix-test-secret-0123456789abcdefghij";
process.env.BETTER_AUTH_SECRET = SECRET;

// What Next.js gives a server action during a request: the request headers (the
// session cookie of the role under test) and a cookie store (tests/helpers/next-request.ts).
vi.mock("next/headers", async () => (await import("../helpers/next-request")).nextHeaders);
vi.mock("@/lib/server/db/client", async () => (await import("../helpers/next-request")).appDb);

type Caller = "anonymous" | Role;
const CALLERS: Caller[] = ["anonymous", "viewer", "editor", "admin"];
const PASSWORD = "matrix password 1234";

let t: TestDb;
let registry: typeof import("@/tests/helpers/action-registry");
const cookies = new Map<Caller, Headers>();

type Mutations = typeof import("@/tests/helpers/action-registry")["MUTATIONS"];
/**
 * A route handler's call: the path's key and the JSON body; or a request of its own
 * (`build`, given the caller's headers) and the status an allowed caller gets.
 */
type RouteCall = {
  key: string;
  body: Record<string, unknown>;
  build?: (headers: Headers) => Request;
  okStatus?: number;
};

/** A valid input for each mutation; TypeScript fails here when a new one has none. */
const SAMPLES: {
  [K in keyof Mutations]: (db: Db) => Promise<Mutations[K]["kind"] extends "route" ? RouteCall : FormData>;
} = {
  signInAction: async () => form({ email: "nobody@example.org", password: "wrong password", next: "/" }),
  signOutAction: async () => form({}),
  updateItemStatusAction: async (db) => {
    const item = await db.planItem.findFirstOrThrow({
      where: { plan: { slug: "clear-sky-plan" }, number: 5 },
      select: { id: true, version: true },
    });
    return form(statusFormFields(item, "matrix"));
  },
  updateRecordAction: async (db) => {
    const event = await db.event.findFirstOrThrow({ where: { archivedAt: null }, orderBy: { slug: "asc" } });
    return form(eventEditFields(event));
  },
  archiveRecordAction: async (db) => {
    const event = await db.event.findFirstOrThrow({ where: { archivedAt: null }, orderBy: { slug: "desc" } });
    return form({ entity: "Event", id: event.id, expectedVersion: String(event.version), note: "duplicate" });
  },
  restoreRecordAction: async (db) => {
    let event = await db.event.findFirst({ where: { archivedAt: { not: null } } });
    if (!event) {
      const open = await db.event.findFirstOrThrow({ where: { archivedAt: null } });
      await archiveRecord(
        db,
        { userId: null, label: "test" },
        { entity: "Event", id: open.id, expectedVersion: open.version },
      );
      event = await db.event.findUniqueOrThrow({ where: { id: open.id } });
    }
    return form({ entity: "Event", id: event.id, expectedVersion: String(event.version) });
  },
  createRecordAction: async () =>
    form({ entity: "Person", locale: "ko", nameEn: "Matrix Person", nameKo: "매트릭스 인물", nameZh: "矩阵人物" }),
  createUserAction: async () =>
    form({ email: `new-${++created}@matrix.test`, name: "새 사용자 新用户", role: "viewer" }),
  setUserRoleAction: async (db) => form({ email: await target(db), role: "editor" }),
  setUserDisabledAction: async (db) => form({ email: await target(db), disabled: "true" }),
  resetPasswordAction: async (db) => form({ email: await target(db) }),
  // Another user's (or no) upload: an allowed caller gets the import's own refusal, not a role's.
  importSheetAction: async () => form({ token: "A".repeat(43), locale: "en" }),
  importUploadRoute: async (db) => {
    const item = await db.planItem.findFirstOrThrow({ select: { slug: true } });
    const csv = `id,plan,item,status,progress,assessed_on,basis,note_en,evidence_url,evidence_source\n,,${item.slug},in_progress,10,2026-11-20,staff,matrix,,\n`;
    return {
      key: "",
      body: {},
      okStatus: 200,
      build: (headers) => {
        const h = new Headers(headers);
        h.set("origin", "http://test");
        return new Request("http://test/api/import?name=matrix.csv", { method: "POST", headers: h, body: csv });
      },
    };
  },
  postItemStatusRoute: async (db) => {
    const item = await db.planItem.findFirstOrThrow({
      where: { plan: { slug: "clear-sky-plan" }, number: 4 },
      select: { slug: true, version: true },
    });
    return {
      key: item.slug,
      body: { expectedVersion: item.version, status: "in_progress", assessedOn: "2026-11-21", basis: "staff" },
    };
  },
};

let created = 0;
/** The account the user-management samples act on (created before the matrix runs). */
async function target(_db: Db) {
  return "target@matrix.test";
}

/** The Request a route handler gets: JSON from this site, with the caller's cookie. */
function routeRequest(call: RouteCall, headers: Headers) {
  const h = new Headers(headers);
  h.set("content-type", "application/json");
  h.set("origin", "http://test");
  return new Request(`http://test/api/v1/items/${call.key}/status`, {
    method: "POST",
    headers: h,
    body: JSON.stringify(call.body),
  });
}

function form(values: Record<string, string>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, v);
  return data;
}

beforeAll(async () => {
  t = await createSeededDb();
  request.db = t.db;
  const auth = createAuth(t.db, { secret: SECRET });
  cookies.set("anonymous", new Headers());
  for (const role of ["viewer", "editor", "admin"] as const) {
    const email = `${role}@matrix.test`;
    await createUser(
      t.db,
      { userId: null, label: "test" },
      { email, role, password: PASSWORD, name: `Matrix ${role}` },
    );
    const signedIn = await signInWithPassword(t.db, auth, { email, password: PASSWORD }, null);
    if (!signedIn.ok) throw new Error(`could not sign in ${role}`);
    cookies.set(role, new Headers({ cookie: signedIn.headers.get("set-cookie")?.split(";")[0] ?? "" }));
  }
  await createUser(
    t.db,
    { userId: null, label: "test" },
    { email: "target@matrix.test", role: "viewer", name: "Target" },
  );
  registry = await import("@/tests/helpers/action-registry");
});
afterAll(() => t.cleanup());

/** Runs a mutation as a caller: "refused" when it stopped at the role check, else "allowed". */
async function attempt(name: keyof Mutations, caller: Caller): Promise<"allowed" | "refused"> {
  request.headers = cookies.get(caller) ?? new Headers();
  const entry = registry.MUTATIONS[name];
  const data = await SAMPLES[name](t.db);
  if (entry.kind === "route") {
    const call = data as RouteCall;
    const response = await (entry.run as (r: Request, c: { params: Promise<{ key: string }> }) => Promise<Response>)(
      call.build ? call.build(request.headers) : routeRequest(call, request.headers),
      { params: Promise.resolve({ key: call.key }) },
    );
    if (response.status === 401 || response.status === 403) return "refused";
    // An allowed caller's valid save is accepted, not merely "not refused".
    expect(response.status).toBe(call.okStatus ?? 201);
    return "allowed";
  }
  try {
    const result: unknown = await (entry.run as (prev: unknown, formData: FormData) => Promise<unknown>)(
      { status: "idle" },
      data as FormData,
    );
    const refused =
      typeof result === "object" &&
      result !== null &&
      "kind" in result &&
      (result.kind === "unauthenticated" || result.kind === "forbidden");
    return refused ? "refused" : "allowed";
  } catch (error) {
    // redirect() after a successful sign-in or sign-out throws NEXT_REDIRECT.
    if (
      error instanceof Error &&
      /NEXT_REDIRECT/.test(`${error.message} ${String((error as { digest?: unknown }).digest)}`)
    )
      return "allowed";
    throw error;
  }
}

describe("authorization matrix", () => {
  const names = [
    "signInAction",
    "signOutAction",
    "updateItemStatusAction",
    "importSheetAction",
    "updateRecordAction",
    "archiveRecordAction",
    "restoreRecordAction",
    "createRecordAction",
    "createUserAction",
    "setUserRoleAction",
    "setUserDisabledAction",
    "resetPasswordAction",
    "postItemStatusRoute",
    "importUploadRoute",
  ] as const satisfies readonly (keyof Mutations)[];

  it("covers the whole registry", async () => {
    expect([...names].sort()).toEqual(Object.keys(registry.MUTATIONS).sort());
  });

  for (const name of names) {
    for (const caller of CALLERS) {
      it(`${name} × ${caller}`, async () => {
        const { minRole } = registry.MUTATIONS[name];
        const expected =
          minRole === null || (caller !== "anonymous" && hasRole(caller, minRole)) ? "allowed" : "refused";
        const auditBefore = await t.db.auditEntry.count();
        // signOut ends the caller's session: sign the next test's caller in again.
        const outcome = await attempt(name, caller);
        expect(outcome).toBe(expected);
        if (expected === "refused") expect(await t.db.auditEntry.count()).toBe(auditBefore);
        if (name === "signOutAction" && caller !== "anonymous") await resignIn(caller);
      });
    }
  }
});

async function resignIn(role: Role) {
  const auth = createAuth(t.db, { secret: SECRET });
  const signedIn = await signInWithPassword(t.db, auth, { email: `${role}@matrix.test`, password: PASSWORD }, null);
  if (!signedIn.ok) throw new Error(`could not sign ${role} in again`);
  cookies.set(role, new Headers({ cookie: signedIn.headers.get("set-cookie")?.split(";")[0] ?? "" }));
}

describe("the registry lists every mutation", () => {
  it("every exported server action in lib/server/actions/ is in the registry", async () => {
    const dir = path.resolve("lib/server/actions");
    const exported: string[] = [];
    for (const file of await readdir(dir)) {
      if (!file.endsWith(".ts")) continue;
      const source = await readFile(path.join(dir, file), "utf8");
      if (!/^\s*["']use server["']/.test(source)) continue;
      for (const m of source.matchAll(/export\s+(?:async\s+)?function\s+(\w+)|export\s+const\s+(\w+)/g)) {
        exported.push(m[1] ?? m[2] ?? "");
      }
    }
    expect(exported.length).toBeGreaterThan(0);
    expect(exported.filter((n) => !(n in registry.MUTATIONS))).toEqual([]);
  });

  it("every route handler that writes is in the registry", async () => {
    const writing: string[] = [];
    for (const file of await routeFiles("app")) {
      const source = await readFile(file, "utf8");
      if (/export\s+(?:async\s+function|const)\s+(POST|PUT|PATCH|DELETE)\b/.test(source)) writing.push(file);
    }
    const entries: readonly { kind: string; module: string }[] = Object.values(registry.MUTATIONS);
    const registered = entries.filter((m) => m.kind === "route").map((m) => m.module);
    expect(writing.filter((f) => !registered.includes(f))).toEqual([]);
  });
});

describe("staff-only reads (app/api/staff)", () => {
  type Reads = typeof import("@/tests/helpers/action-registry")["STAFF_READS"];
  const reads = [
    "auditNamesRoute",
    "citableSourcesRoute",
    "lookupRoute",
    "statusFormRoute",
  ] as const satisfies readonly (keyof Reads)[];

  it("covers every route under app/api/staff", async () => {
    expect([...reads].sort()).toEqual(Object.keys(registry.STAFF_READS).sort());
    const found = await routeFiles("app/api/staff");
    const modules: string[] = Object.values(registry.STAFF_READS).map((r) => r.module);
    expect(found.sort()).toEqual(modules.sort());
  });

  for (const name of reads) {
    for (const caller of CALLERS) {
      it(`${name} × ${caller}`, async () => {
        const entry = registry.STAFF_READS[name];
        request.headers = cookies.get(caller) ?? new Headers();
        const response = await entry.run(new Request(`http://test/${entry.module.slice(4, -9)}${entry.query}`));
        const expected = caller === "anonymous" ? 401 : hasRole(caller, entry.minRole) ? 200 : 403;
        expect(response.status).toBe(expected);
        expect(response.headers.get("cache-control")).toBe("private, no-store");
      });
    }
  }
});

describe("the status form's action", () => {
  async function save(patch: Record<string, string>, caller: Caller = "editor") {
    request.headers = cookies.get(caller) ?? new Headers();
    const data = await SAMPLES.updateItemStatusAction(t.db);
    for (const [k, v] of Object.entries(patch)) data.set(k, v);
    const { updateItemStatusAction } = await import("@/lib/server/actions/status");
    return updateItemStatusAction({ status: "idle" }, data);
  }

  it.each([
    ["a wrong type of progress", { progress: "lots" }, "progress", "number"],
    ["a wrong status", { status: "finished" }, "status", "choice"],
    ["an over-long note", { note: "가".repeat(2001) }, "note", "tooLong"],
    ["an empty assessment date", { assessedOn: "" }, "assessedOn", "date"],
    ["an empty basis", { basis: "" }, "basis", "choice"],
    ["a script evidence link", { evidenceUrl: "javascript:alert(1)" }, "evidenceUrl", "url"],
  ])("refuses %s with a code beside the field and keeps what was typed", async (_, patch, field, code) => {
    const result = await save(patch);
    expect(result).toMatchObject({ status: "error", kind: "invalid" });
    if (result.status !== "error") return;
    expect(result.fieldErrors[field]).toContain(code);
    for (const [k, v] of Object.entries(patch)) expect(result.values[k]).toBe(v);
  });

  it("accepts Korean and Chinese text and stores markup as plain text", async () => {
    const note = '<script>alert("x")</script> 미세먼지 저감 회의 개최 · 清洁天空会议已举行';
    expect(await save({ note })).toMatchObject({ status: "ok" });
    const last = await t.db.statusUpdate.findFirstOrThrow({ orderBy: { createdAt: "desc" } });
    expect(last.noteEn).toBe(note);
    expect(last.authorId).toBe((await t.db.user.findUniqueOrThrow({ where: { email: "editor@matrix.test" } })).id);
  });

  it("answers a stale form with what changed and by whom, and saves on reapply", async () => {
    const stale = await SAMPLES.updateItemStatusAction(t.db);
    expect(await save({ status: "delayed", note: "first" }, "admin")).toMatchObject({ status: "ok" });
    request.headers = cookies.get("editor") ?? new Headers();
    const { updateItemStatusAction } = await import("@/lib/server/actions/status");
    stale.set("status", "discontinued");
    const conflict = await updateItemStatusAction({ status: "idle" }, stale);
    expect(conflict).toMatchObject({
      status: "error",
      kind: "conflict",
      conflict: {
        current: { status: "delayed" },
        changedBy: { label: "Matrix admin", note: "first" },
        fields: [{ field: "status", theirs: "delayed", mine: "discontinued", by: { label: "Matrix admin" } }],
      },
    });
    if (conflict.status !== "error" || !conflict.conflict) return;
    stale.set("expectedVersion", String(conflict.conflict.version));
    // Saving again without choosing is refused again; choosing mine saves it.
    stale.set("base", JSON.stringify(conflict.conflict.base));
    stale.set("conflicts", "status");
    expect(await updateItemStatusAction({ status: "idle" }, stale)).toMatchObject({ kind: "conflict" });
    stale.set("resolve.status", "mine");
    expect(await updateItemStatusAction({ status: "idle" }, stale)).toMatchObject({ status: "ok" });
  });
});
