/**
 * POST /api/v1/items/{slug}/status (and its GET), through the route handler on a
 * real seeded database with real Better Auth sessions: every refusal has its status
 * code, names the field, and changes nothing; a save writes one update and one
 * audit entry.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createAuth } from "@/lib/server/auth/config";
import { signInWithPassword } from "@/lib/server/auth/sign-in";
import { createUser, disableUser } from "@/lib/server/services/manage-users";
import { createSeededDb, type TestDb } from "../helpers/db";
import { request } from "../helpers/next-request";

const SECRET = "status-route-test-secret-0123456789abcdef";
process.env.BETTER_AUTH_SECRET = SECRET;

vi.mock("next/headers", async () => (await import("../helpers/next-request")).nextHeaders);
vi.mock("@/lib/server/db/client", async () => (await import("../helpers/next-request")).appDb);

type Route = typeof import("@/app/api/v1/items/[key]/status/route");
let route: Route;
let t: TestDb;
const cookie = new Map<string, string>();
const PASSWORD = "status route password 1";
const SLUG_QUERY = { plan: { slug: "clear-sky-plan" }, number: 3 } as const;
let slug = "";

async function signIn(email: string) {
  const auth = createAuth(t.db, { secret: SECRET });
  const signed = await signInWithPassword(t.db, auth, { email, password: PASSWORD }, null);
  if (!signed.ok) throw new Error(`could not sign in ${email}`);
  return signed.headers.get("set-cookie")?.split(";")[0] ?? "";
}

beforeAll(async () => {
  t = await createSeededDb();
  request.db = t.db;
  for (const role of ["viewer", "editor", "admin"] as const) {
    const email = `${role}@route.test`;
    await createUser(t.db, { userId: null, label: "test" }, { email, role, password: PASSWORD, name: `Route ${role}` });
    cookie.set(role, await signIn(email));
  }
  route = await import("@/app/api/v1/items/[key]/status/route");
  slug = (await t.db.planItem.findFirstOrThrow({ where: SLUG_QUERY, select: { slug: true } })).slug;
});
afterAll(() => t.cleanup());

async function version() {
  return (await t.db.planItem.findFirstOrThrow({ where: SLUG_QUERY, select: { version: true } })).version;
}

async function fingerprint() {
  const [updates, audit, item] = await Promise.all([
    t.db.statusUpdate.count(),
    t.db.auditEntry.count(),
    t.db.planItem.findFirstOrThrow({ where: SLUG_QUERY }),
  ]);
  return { updates, audit, item };
}

type Options = { as?: string | null; body?: unknown; raw?: string; headers?: Record<string, string>; key?: string };
async function post({ as = "editor", body, raw, headers = {}, key = slug }: Options = {}) {
  const h = new Headers({ "content-type": "application/json", origin: "http://test", ...headers });
  const c = as ? cookie.get(as) : undefined;
  if (c) h.set("cookie", c);
  const res = await route.POST(
    new Request(`http://test/api/v1/items/${encodeURIComponent(key)}/status`, {
      method: "POST",
      headers: h,
      body: raw ?? JSON.stringify(body),
    }),
    { params: Promise.resolve({ key }) },
  );
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

async function valid(patch: Record<string, unknown> = {}) {
  return {
    expectedVersion: await version(),
    status: "in_progress",
    assessedOn: "2026-11-22",
    basis: "staff",
    ...patch,
  };
}

describe("GET /api/v1/items/{slug}/status", () => {
  it("gives the current status and version, uncached", async () => {
    const res = await route.GET(new Request(`http://test/api/v1/items/${slug}/status`), {
      params: Promise.resolve({ key: slug }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.json()).toMatchObject({ data: { item: slug, version: await version() } });
  });

  it("answers 404 for an unknown item and 400 naming the slug for one that cannot be a slug", async () => {
    const get = (key: string) => route.GET(new Request("http://test/x"), { params: Promise.resolve({ key }) });
    expect((await get("no-such-item")).status).toBe(404);
    for (const bad of ["x".repeat(201), "item\u0000", "<script>", "탄소"]) {
      const res = await get(bad);
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ error: "invalid_parameters", problems: [{ field: "slug" }] });
    }
  });
});

describe("POST /api/v1/items/{slug}/status", () => {
  it("saves as an editor: 201, one status update, one audit entry naming the editor, the version moves on", async () => {
    const before = await fingerprint();
    const note = '미세먼지 회의 · 清洁天空 <script>alert("x")</script>';
    const res = await post({ body: await valid({ note, progress: 40 }) });
    expect(res.status).toBe(201);
    const data = res.json.data as { statusUpdateId: string; version: number; item: string };
    expect(data.version).toBe(before.item.version + 1);
    expect(await version()).toBe(data.version);
    const saved = await t.db.statusUpdate.findUniqueOrThrow({ where: { id: data.statusUpdateId } });
    expect(saved).toMatchObject({ status: "in_progress", progress: 40, noteEn: note });
    expect(await t.db.statusUpdate.count()).toBe(before.updates + 1);
    expect(await t.db.auditEntry.count()).toBe(before.audit + 1);
    const entry = await t.db.auditEntry.findFirstOrThrow({ orderBy: { at: "desc" } });
    expect(entry).toMatchObject({
      action: "status_update",
      entityId: before.item.id,
      actorLabel: "Route editor",
      note,
    });
  });

  it("lets an admin save too, and treats JSON null as not given", async () => {
    const res = await post({ as: "admin", body: await valid({ note: null, evidenceUrl: null, progress: null }) });
    expect(res.status).toBe(201);
  });

  const refusals: [string, Options | (() => Promise<Options>), number, string | null][] = [
    ["no session", async () => ({ as: null, body: await valid() }), 401, null],
    [
      "a forged cookie",
      async () => ({ as: null, headers: { cookie: "better-auth.session_token=forged.x" }, body: await valid() }),
      401,
      null,
    ],
    ["a viewer", async () => ({ as: "viewer", body: await valid() }), 403, null],
    [
      "another site's Origin",
      async () => ({ headers: { origin: "https://evil.example" }, body: await valid() }),
      403,
      null,
    ],
    [
      "Sec-Fetch-Site: cross-site",
      async () => ({ headers: { "sec-fetch-site": "cross-site" }, body: await valid() }),
      403,
      null,
    ],
    [
      "a form post",
      async () => ({ headers: { "content-type": "application/x-www-form-urlencoded" }, raw: "status=completed" }),
      415,
      "Content-Type",
    ],
    [
      "text/plain",
      async () => ({ headers: { "content-type": "text/plain" }, body: await valid() }),
      415,
      "Content-Type",
    ],
    ["bad JSON", { raw: "{status: completed" }, 400, "body"],
    ["a JSON array", { body: [1, 2] }, 422, "body"],
    ["a JSON string", { body: "completed" }, 422, "body"],
    ["a huge body", async () => ({ body: await valid({ note: "가".repeat(30_000) }) }), 413, "body"],
    [
      "no expectedVersion",
      { body: { status: "completed", assessedOn: "2026-11-22", basis: "staff" } },
      422,
      "expectedVersion",
    ],
    ["a version as words", async () => ({ body: await valid({ expectedVersion: "seven" }) }), 422, "expectedVersion"],
    ["an unknown status", async () => ({ body: await valid({ status: "finished" }) }), 422, "status"],
    ["progress as text", async () => ({ body: await valid({ progress: "lots" }) }), 422, "progress"],
    // Found by tests/integration/properties.test.ts: Number([]) is 0, Number(true) is 1.
    ["progress as an empty array", async () => ({ body: await valid({ progress: [] }) }), 422, "progress"],
    [
      "a version as true",
      async () => ({ body: { ...(await valid()), expectedVersion: true } }),
      422,
      "expectedVersion",
    ],
    [
      "a version in an array",
      async () => ({ body: { ...(await valid()), expectedVersion: [await version()] } }),
      422,
      "expectedVersion",
    ],
    ["a status as an object", async () => ({ body: await valid({ status: { in: "progress" } }) }), 422, "status"],
    ["progress 101", async () => ({ body: await valid({ progress: 101 }) }), 422, "progress"],
    ["a note as a number", async () => ({ body: await valid({ note: 5 }) }), 422, "note"],
    ["an over-long note", async () => ({ body: await valid({ note: "清".repeat(2001) }) }), 422, "note"],
    ["a script link", async () => ({ body: await valid({ evidenceUrl: "javascript:alert(1)" }) }), 422, "evidenceUrl"],
    ["an empty date", async () => ({ body: await valid({ assessedOn: "" }) }), 422, "assessedOn"],
    ["an unknown source", async () => ({ body: await valid({ evidenceSourceId: "nope" }) }), 422, "evidenceSourceId"],
    ["an unknown field", async () => ({ body: await valid({ planItemId: "other" }) }), 422, "planItemId"],
    ["an unknown item", async () => ({ key: "no-such-item", body: await valid() }), 404, null],
    [
      "a version the item never had",
      async () => ({ body: await valid({ expectedVersion: 9999 }) }),
      409,
      "expectedVersion",
    ],
  ];

  for (const [what, options, status, field] of refusals) {
    it(`refuses ${what} with ${status}${field ? ` naming ${field}` : ""}, changing nothing`, async () => {
      const before = await fingerprint();
      const res = await post(typeof options === "function" ? await options() : options);
      expect(res.status).toBe(status);
      expect(typeof res.json.error).toBe("string");
      expect(typeof res.json.message).toBe("string");
      if (field) expect((res.json.problems as { field: string }[]).map((p) => p.field)).toContain(field);
      expect(await fingerprint()).toEqual(before);
    });
  }

  it("answers a stale save of a field changed meanwhile with what the item holds now, who changed it and each conflict", async () => {
    const stale = await valid({ status: "discontinued" });
    expect((await post({ as: "admin", body: await valid({ status: "delayed", note: "admin first" }) })).status).toBe(
      201,
    );
    const res = await post({ body: stale });
    expect(res.status).toBe(409);
    expect(res.json).toMatchObject({
      error: "conflict",
      current: { status: "delayed", version: await version() },
      changedBy: { label: "Route admin", note: "admin first" },
      conflicts: [{ field: "status", theirs: "delayed", mine: "discontinued", changedBy: { label: "Route admin" } }],
    });
    expect((res.json.problems as { field: string }[]).map((p) => p.field)).toEqual(["expectedVersion", "status"]);
  });

  it("refuses a disabled editor's old session and a signed-out session", async () => {
    await createUser(
      t.db,
      { userId: null, label: "test" },
      { email: "leaver@route.test", role: "editor", password: PASSWORD, name: "Leaver" },
    );
    cookie.set("leaver", await signIn("leaver@route.test"));
    expect((await post({ as: "leaver", body: await valid() })).status).toBe(201);
    await disableUser(t.db, { userId: null, label: "test" }, "leaver@route.test");
    expect((await post({ as: "leaver", body: await valid() })).status).toBe(401);

    const c = await signIn("editor@route.test");
    const auth = createAuth(t.db, { secret: SECRET });
    await auth.api.signOut({ headers: new Headers({ cookie: c }) });
    const res = await post({ as: null, headers: { cookie: c }, body: await valid() });
    expect(res.status).toBe(401);
  });
});
