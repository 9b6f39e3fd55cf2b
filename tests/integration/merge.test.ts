/**
 * The three-way merge of stale saves (issue 17), on a real seeded SQLite database:
 * records, an agreement's topics and signatories, status updates, and the JSON status
 * API. A field only the other editor changed keeps their value; a field only this
 * editor changed takes this editor's; a field both changed is refused until the editor
 * chooses, and nothing is written meanwhile.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createAuth } from "@/lib/server/auth/config";
import { signInWithPassword } from "@/lib/server/auth/sign-in";
import { getEditableRecord } from "@/lib/server/queries/record-edit";
import type { Actor } from "@/lib/server/services/audit";
import { updateRecord } from "@/lib/server/services/edit-record";
import { createUser } from "@/lib/server/services/manage-users";
import { recordStatusUpdate } from "@/lib/server/services/record-status-update";
import { createSeededDb, type TestDb } from "../helpers/db";
import { request } from "../helpers/next-request";

const SECRET = "merge-test-secret-0123456789abcdef0123";
process.env.BETTER_AUTH_SECRET = SECRET;

vi.mock("next/headers", async () => (await import("../helpers/next-request")).nextHeaders);
vi.mock("@/lib/server/db/client", async () => (await import("../helpers/next-request")).appDb);

let t: TestDb;
const A: Actor = { userId: null, label: "editor A" };
const B: Actor = { userId: null, label: "editor B" };

beforeAll(async () => {
  t = await createSeededDb();
  request.db = t.db;
});
afterAll(() => t.cleanup());

type Form = Record<string, string>;

/** A record's edit form as the page renders it: its values, its version and the values it loaded (base). */
async function loadForm(entity: "PlanItem" | "Agreement" | "Event", id: string): Promise<Form> {
  const record = await getEditableRecord(t.db, entity, id);
  if (!record) throw new Error("no such record");
  return {
    entity,
    id,
    expectedVersion: String(record.version),
    ...record.values,
    base: JSON.stringify(record.values),
  };
}

/** The nth plan item of the seed (by slug): each test edits an item of its own. */
async function planItem(nth: number) {
  return t.db.planItem.findFirstOrThrow({ where: { archivedAt: null }, orderBy: { slug: "asc" }, skip: nth });
}

async function auditOf(id: string) {
  const rows = await t.db.auditEntry.findMany({ where: { entityId: id }, orderBy: [{ at: "asc" }, { id: "asc" }] });
  return rows.map((r) => ({ ...r, changes: JSON.parse(r.changes) as Record<string, [unknown, unknown]> }));
}

describe("a record's stale save", () => {
  it("keeps the other editor's due date and takes this editor's Chinese title (the issue's case)", async () => {
    const item = await planItem(1);
    const formA = await loadForm("PlanItem", item.id);
    const formB = await loadForm("PlanItem", item.id);
    expect(await updateRecord(t.db, A, { ...formA, dueOn: "2027" })).toMatchObject({ ok: true });
    const saved = await updateRecord(t.db, B, { ...formB, titleZh: "清洁天空合并测试" });
    expect(saved).toMatchObject({ ok: true, version: item.version + 2, mergedFrom: item.version });
    const now = await t.db.planItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(now).toMatchObject({ dueOn: "2027", titleZh: "清洁天空合并测试" });
    const last = (await auditOf(item.id)).at(-1);
    expect(last?.actorLabel).toBe("editor B");
    expect(last?.changes).toEqual({
      titleZh: [item.titleZh, "清洁天空合并测试"],
      merged: [item.version, item.version + 1],
    });
  });

  it("merges without a base in the form too, rebuilding the loaded version from the audit log", async () => {
    const item = await planItem(2);
    const { base: _, ...formA } = await loadForm("PlanItem", item.id);
    const formB = { ...formA };
    expect(await updateRecord(t.db, A, { ...formA, dueOn: "2028-03" })).toMatchObject({ ok: true });
    expect(await updateRecord(t.db, B, { ...formB, titleKo: "병합 시험 제목" })).toMatchObject({ ok: true });
    expect(await t.db.planItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({
      dueOn: "2028-03",
      titleKo: "병합 시험 제목",
    });
  });

  it("refuses a field both changed, theirs beside mine with who, writes nothing, and saves the editor's choice", async () => {
    const item = await planItem(3);
    const formA = await loadForm("PlanItem", item.id);
    const formB = await loadForm("PlanItem", item.id);
    expect(await updateRecord(t.db, A, { ...formA, titleEn: "Title by A", dueOn: "2027-01" })).toMatchObject({
      ok: true,
    });
    const before = await t.db.planItem.findUniqueOrThrow({ where: { id: item.id } });
    const audit = await t.db.auditEntry.count();
    const mine = { ...formB, titleEn: "Title by B", titleKo: "B의 제목" };
    const conflict = await updateRecord(t.db, B, mine);
    expect(conflict).toMatchObject({
      ok: false,
      kind: "conflict",
      conflicts: [{ field: "titleEn", theirs: "Title by A", mine: "Title by B", changedBy: { label: "editor A" } }],
      theirs: ["dueOn"],
    });
    expect(await t.db.planItem.findUniqueOrThrow({ where: { id: item.id } })).toEqual(before);
    expect(await t.db.auditEntry.count()).toBe(audit);
    if (conflict.ok || conflict.kind !== "conflict") return;

    // The form comes back based on the record now; saving again without a choice is refused again.
    const again = {
      ...mine,
      dueOn: "2027-01",
      expectedVersion: String(conflict.current.version),
      base: JSON.stringify({ ...JSON.parse(formB.base ?? "{}"), titleEn: "Title by A", dueOn: "2027-01" }),
      conflicts: "titleEn",
    };
    expect(await updateRecord(t.db, B, again)).toMatchObject({ ok: false, kind: "conflict" });
    expect(await t.db.auditEntry.count()).toBe(audit);

    expect(await updateRecord(t.db, B, { ...again, "resolve.titleEn": "mine" })).toMatchObject({ ok: true });
    expect(await t.db.planItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({
      titleEn: "Title by B",
      titleKo: "B의 제목",
      dueOn: "2027-01",
    });
  });

  it("keeps theirs when the editor chooses theirs, and the rest of the editor's changes go through", async () => {
    const item = await planItem(4);
    const formA = await loadForm("PlanItem", item.id);
    const formB = await loadForm("PlanItem", item.id);
    await updateRecord(t.db, A, { ...formA, titleEn: "Kept title by A" });
    const now = await loadForm("PlanItem", item.id);
    const saved = await updateRecord(t.db, B, {
      ...formB,
      titleEn: "Discarded title by B",
      titleZh: "乙的标题",
      expectedVersion: now.expectedVersion,
      base: now.base,
      conflicts: "titleEn",
      "resolve.titleEn": "theirs",
    });
    expect(saved).toMatchObject({ ok: true });
    expect(await t.db.planItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({
      titleEn: "Kept title by A",
      titleZh: "乙的标题",
    });
    expect((await auditOf(item.id)).at(-1)?.changes).not.toHaveProperty("titleEn");
  });

  it("lets both editors set a field to the same value without a conflict", async () => {
    const item = await planItem(5);
    const formA = await loadForm("PlanItem", item.id);
    const formB = await loadForm("PlanItem", item.id);
    await updateRecord(t.db, A, { ...formA, dueOn: "2029" });
    expect(await updateRecord(t.db, B, { ...formB, dueOn: "2029", titleKo: "같은 기한" })).toMatchObject({ ok: true });
  });

  it("treats a field as a conflict when the loaded version cannot be known (a write the log missed)", async () => {
    const item = await planItem(6);
    const { base: _, ...stale } = await loadForm("PlanItem", item.id);
    // A write past the services: the version moves on with no audit entry.
    await t.db.planItem.update({ where: { id: item.id }, data: { titleZh: "无记录的修改" } });
    const result = await updateRecord(t.db, B, { ...stale, titleZh: "乙的修改" });
    expect(result).toMatchObject({ ok: false, kind: "conflict", conflicts: [{ field: "titleZh" }] });
    expect((await t.db.planItem.findUniqueOrThrow({ where: { id: item.id } })).titleZh).toBe("无记录的修改");
  });

  it.each([
    ["a base that is not JSON", "{oops"],
    ["a base that is not an object of texts", JSON.stringify({ titleEn: 5 })],
  ])("refuses %s by name, writing nothing", async (_, base) => {
    const item = await planItem(7);
    const form = await loadForm("PlanItem", item.id);
    const audit = await t.db.auditEntry.count();
    const result = await updateRecord(t.db, B, { ...form, titleEn: "Changed", base });
    expect(result).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { base: [expect.any(String)] } });
    expect(await t.db.auditEntry.count()).toBe(audit);
  });

  it("answers a version the record never had with a conflict, writing nothing", async () => {
    const item = await planItem(7);
    const form = await loadForm("PlanItem", item.id);
    const result = await updateRecord(t.db, B, { ...form, expectedVersion: String(item.version + 50) });
    expect(result).toMatchObject({ ok: false, kind: "conflict", conflicts: [] });
  });
});

describe("an agreement's topics and signatories", () => {
  async function agreement() {
    return t.db.agreement.findFirstOrThrow({
      where: { archivedAt: null, topics: { some: {} }, signatories: { some: {} } },
      orderBy: { slug: "asc" },
    });
  }
  const listOf = (form: Form, field: string) => (form[field] ?? "").split(",").filter(Boolean);

  it("merges as sets: each editor's additions and removals both land", async () => {
    const row = await agreement();
    const formA = await loadForm("Agreement", row.id);
    const formB = await loadForm("Agreement", row.id);
    const topics = listOf(formA, "topicIds");
    const others = await t.db.topic.findMany({ where: { id: { notIn: topics } }, take: 2, orderBy: { id: "asc" } });
    const [x, y] = others.map((o) => o.id);
    const removed = topics[0] ?? "";
    // A adds x and removes one; B, from the same version, adds y and adds a signatory.
    const body = await t.db.ministry.findFirstOrThrow({
      where: { archivedAt: null, id: { notIn: listOf(formA, "signatoryIds") } },
    });
    const aTopics = [...topics.filter((id) => id !== removed), x].join(",");
    expect(await updateRecord(t.db, A, { ...formA, topicIds: aTopics })).toMatchObject({ ok: true });
    const bResult = await updateRecord(t.db, B, {
      ...formB,
      topicIds: [...topics, y].join(","),
      signatoryIds: [...listOf(formB, "signatoryIds"), body.id].join(","),
    });
    expect(bResult).toMatchObject({ ok: true, mergedFrom: row.version });
    const now = await t.db.agreementTopic.findMany({ where: { agreementId: row.id }, select: { topicId: true } });
    const ids = now.map((n) => n.topicId);
    expect(ids).toEqual(expect.arrayContaining([x, y]));
    expect(ids).not.toContain(removed);
    expect(await t.db.signatory.count({ where: { agreementId: row.id, ministryId: body.id } })).toBe(1);
  });

  it("does not bring back a topic the other editor removed", async () => {
    const row = await agreement();
    const formA = await loadForm("Agreement", row.id);
    const formB = await loadForm("Agreement", row.id);
    const topics = listOf(formA, "topicIds");
    const gone = topics.at(-1) ?? "";
    await updateRecord(t.db, A, { ...formA, topicIds: topics.filter((id) => id !== gone).join(",") });
    expect(await updateRecord(t.db, B, { ...formB, titleKo: "주제는 그대로" })).toMatchObject({ ok: true });
    expect(await t.db.agreementTopic.count({ where: { agreementId: row.id, topicId: gone } })).toBe(0);
  });
});

describe("a stale status update", () => {
  const staleForm = (item: { id: string; version: number; status: string; progress: number | null }) => ({
    planItemId: item.id,
    expectedVersion: item.version,
    status: item.status,
    progress: item.progress ?? undefined,
    assessedOn: "2026-12-01",
    basis: "staff",
    base: JSON.stringify({ status: item.status, progress: String(item.progress ?? ""), assessedOn: "" }),
  });

  async function freshItem(number: number) {
    const item = await planItem(number);
    // A known starting point: in progress at 15%, assessed on 2026-11-01.
    await recordStatusUpdate(t.db, A, {
      planItemId: item.id,
      expectedVersion: item.version,
      status: "in_progress",
      progress: 15,
      assessedOn: "2026-11-01",
      basis: "staff",
    });
    return t.db.planItem.findUniqueOrThrow({ where: { id: item.id } });
  }

  it("keeps the other editor's progress when this editor changed only the status (the issue's case)", async () => {
    const item = await freshItem(0);
    const form = { ...staleForm(item), base: baseOf(item) };
    expect(await recordStatusUpdate(t.db, A, { ...form, progress: 20 })).toMatchObject({ ok: true });
    const saved = await recordStatusUpdate(t.db, B, { ...form, status: "delayed", note: "slipped" });
    expect(saved).toMatchObject({ ok: true, mergedFrom: item.version, values: { status: "delayed", progress: 20 } });
    expect(await t.db.planItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({
      status: "delayed",
      progress: 20,
    });
    const last = await t.db.statusUpdate.findFirstOrThrow({
      where: { planItemId: item.id },
      orderBy: { createdAt: "desc" },
    });
    expect(last).toMatchObject({ status: "delayed", progress: 20, noteEn: "slipped" });
    expect((await auditOf(item.id)).at(-1)?.changes).toMatchObject({
      progress: [20, 20],
      merged: [item.version, item.version + 1],
    });
  });

  it("refuses a progress both changed, with theirs and mine, and saves the editor's choice", async () => {
    const item = await freshItem(1);
    const form = { ...staleForm(item), base: baseOf(item) };
    await recordStatusUpdate(t.db, A, { ...form, progress: 20 });
    const updates = await t.db.statusUpdate.count();
    const conflict = await recordStatusUpdate(t.db, B, { ...form, progress: 30 });
    expect(conflict).toMatchObject({
      ok: false,
      kind: "conflict",
      conflicts: [{ field: "progress", theirs: 20, mine: 30, changedBy: { label: "editor A" } }],
    });
    expect(await t.db.statusUpdate.count()).toBe(updates);
    if (conflict.ok || conflict.kind !== "conflict") return;
    const again = {
      ...form,
      progress: 30,
      expectedVersion: conflict.current.version,
      base: JSON.stringify({ status: "in_progress", progress: "20", assessedOn: "2026-12-01" }),
      conflicts: "progress",
    };
    expect(await recordStatusUpdate(t.db, B, { ...again, "resolve.progress": "theirs" })).toMatchObject({ ok: true });
    expect((await t.db.planItem.findUniqueOrThrow({ where: { id: item.id } })).progress).toBe(20);
  });

  it("does not merge into 'completed' with a progress other than 100", async () => {
    const item = await freshItem(2);
    const form = { ...staleForm(item), base: baseOf(item) };
    await recordStatusUpdate(t.db, A, { ...form, progress: 40 });
    const result = await recordStatusUpdate(t.db, B, { ...form, status: "completed", progress: undefined });
    expect(result).toMatchObject({ ok: false, kind: "conflict" });
    if (!result.ok && result.kind === "conflict") expect(result.conflicts.map((c) => c.field)).toContain("progress");
    expect((await t.db.planItem.findUniqueOrThrow({ where: { id: item.id } })).status).toBe("in_progress");
    if (result.ok || result.kind !== "conflict") return;
    // Choosing "completed" (mine) with their 40% is refused by the field, writing nothing.
    const chosen = await recordStatusUpdate(t.db, B, {
      ...form,
      status: "completed",
      progress: undefined,
      expectedVersion: result.current.version,
      base: JSON.stringify({ status: "in_progress", progress: "40", assessedOn: "2026-12-01" }),
      conflicts: result.conflicts.map((c) => c.field).join(","),
      "resolve.status": "mine",
      "resolve.progress": "theirs",
    });
    expect(chosen).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { progress: [expect.any(String)] } });
    expect((await t.db.planItem.findUniqueOrThrow({ where: { id: item.id } })).status).toBe("in_progress");
  });
});

/** The status form's base for an item as loaded. */
function baseOf(item: { status: string; progress: number | null; statusAssessedOn: string | null }) {
  return JSON.stringify({
    status: item.status,
    progress: item.progress === null ? "" : String(item.progress),
    assessedOn: item.statusAssessedOn ?? "",
  });
}

describe("POST /api/v1/items/{slug}/status with a stale expectedVersion", () => {
  const PASSWORD = "merge route password 1";
  let cookie = "";
  let route: typeof import("@/app/api/v1/items/[key]/status/route");

  beforeAll(async () => {
    await createUser(
      t.db,
      { userId: null, label: "test" },
      { email: "merge@route.test", role: "editor", password: PASSWORD, name: "Merge editor" },
    );
    const auth = createAuth(t.db, { secret: SECRET });
    const signed = await signInWithPassword(t.db, auth, { email: "merge@route.test", password: PASSWORD }, null);
    if (!signed.ok) throw new Error("could not sign in");
    cookie = signed.headers.get("set-cookie")?.split(";")[0] ?? "";
    route = await import("@/app/api/v1/items/[key]/status/route");
  });

  async function post(slug: string, body: unknown) {
    const res = await route.POST(
      new Request(`http://test/api/v1/items/${slug}/status`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: "http://test", cookie },
        body: JSON.stringify(body),
      }),
      { params: Promise.resolve({ key: slug }) },
    );
    return { status: res.status, json: (await res.json()) as Record<string, unknown> };
  }

  it("merges changes to other fields (201) and answers overlapping ones with 409 naming each field", async () => {
    const item = await planItem(3);
    const v0 = item.version;
    const first = {
      expectedVersion: v0,
      status: "in_progress",
      progress: 10,
      assessedOn: "2026-11-02",
      basis: "staff",
    };
    expect((await post(item.slug, first)).status).toBe(201);
    const v1 = v0 + 1;
    // Another script raises progress; this one, still at v1, changes only the status.
    expect((await post(item.slug, { ...first, expectedVersion: v1, progress: 25 })).status).toBe(201);
    const merged = await post(item.slug, { ...first, expectedVersion: v1, status: "delayed" });
    expect(merged.status).toBe(201);
    expect(merged.json.data).toMatchObject({ status: "delayed", progress: 25, mergedFrom: v1, version: v1 + 2 });

    // Now both change progress from v1+2.
    const v3 = v1 + 2;
    const base = { ...first, status: "delayed", progress: 25, expectedVersion: v3 };
    expect((await post(item.slug, { ...base, progress: 30 })).status).toBe(201);
    const before = await t.db.planItem.findUniqueOrThrow({ where: { id: item.id } });
    const refused = await post(item.slug, { ...base, progress: 35 });
    expect(refused.status).toBe(409);
    expect(refused.json).toMatchObject({
      error: "conflict",
      current: { item: item.slug, progress: 30, version: v3 + 1 },
      conflicts: [{ field: "progress", theirs: 30, mine: 35, changedBy: { label: "Merge editor" } }],
    });
    expect(await t.db.planItem.findUniqueOrThrow({ where: { id: item.id } })).toEqual(before);
  });
});
