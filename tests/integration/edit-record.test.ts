import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { searchRecords } from "@/lib/server/search";
import type { Actor } from "@/lib/server/services/audit";
import { archiveRecord, restoreRecord, updateRecord } from "@/lib/server/services/edit-record";
import { createSeededDb, type TestDb } from "../helpers/db";

let t: TestDb;
const editor: Actor = { userId: null, label: "editor A" };

beforeAll(async () => {
  t = await createSeededDb();
});
afterAll(() => t.cleanup());

async function agreement() {
  return t.db.agreement.findFirstOrThrow({ where: { archivedAt: null }, orderBy: { slug: "asc" } });
}

async function form() {
  const a = await agreement();
  return {
    entity: "Agreement",
    id: a.id,
    expectedVersion: String(a.version),
    kind: a.kind,
    status: a.status,
    titleEn: a.titleEn,
    titleKo: a.titleKo ?? "",
    titleZh: a.titleZh ?? "",
    summaryEn: a.summaryEn ?? "",
    signedOn: a.signedOn ?? "",
  };
}

describe("updateRecord", () => {
  it("saves Korean and Chinese text, audits the changed fields with the note, and re-indexes search", async () => {
    const input = {
      ...(await form()),
      titleKo: "초미세먼지 공동연구 협정",
      titleZh: "超细颗粒物联合研究协定",
      note: "official names",
    };
    const before = await agreement();
    const result = await updateRecord(t.db, editor, input);
    expect(result).toMatchObject({ ok: true, version: before.version + 1 });
    const after = await agreement();
    expect(after).toMatchObject({ titleKo: "초미세먼지 공동연구 협정", titleZh: "超细颗粒物联合研究协定" });
    const audit = await t.db.auditEntry.findFirstOrThrow({ where: { entityId: before.id }, orderBy: { at: "desc" } });
    expect(audit).toMatchObject({ action: "update", actorLabel: "editor A", note: "official names" });
    expect(JSON.parse(audit.changes)).toMatchObject({ titleZh: [before.titleZh, "超细颗粒物联合研究协定"] });
    const found = await searchRecords(t.db, "agreement", "超细颗粒物联合研究协定");
    expect(found?.hits.map((h) => h.id)).toContain(before.id);
  });

  it("stores markup as plain text", async () => {
    const summaryEn = '<img src=x onerror="alert(1)"> <script>alert(1)</script>';
    expect(await updateRecord(t.db, editor, { ...(await form()), summaryEn })).toMatchObject({ ok: true });
    expect((await agreement()).summaryEn).toBe(summaryEn);
  });

  it.each([
    ["a wrong type of version", { expectedVersion: "abc" }, "expectedVersion"],
    ["an unknown kind", { kind: "treaty-ish" }, "kind"],
    ["an over-long title", { titleEn: "가".repeat(301) }, "titleEn"],
    ["an empty required title", { titleEn: "   " }, "titleEn"],
    ["a date that is not a date", { signedOn: "soon" }, "signedOn"],
    ["an unknown kind of record", { entity: "Secret" }, "entity"],
  ])("refuses %s, naming the field, and writes nothing", async (_, patch, field) => {
    const before = await agreement();
    const audit = await t.db.auditEntry.count();
    const result = await updateRecord(t.db, editor, { ...(await form()), ...patch });
    expect(result).toMatchObject({ ok: false, kind: "invalid" });
    if (!result.ok && result.kind === "invalid") expect(Object.keys(result.fieldErrors)).toContain(field);
    expect(await agreement()).toEqual(before);
    expect(await t.db.auditEntry.count()).toBe(audit);
  });

  it("two saves from the same version: one wins, the other is refused, and the audit log holds only the winner", async () => {
    const base = await form();
    const auditBefore = await t.db.auditEntry.count({ where: { entityId: base.id } });
    const [a, b] = await Promise.all([
      updateRecord(t.db, { userId: null, label: "editor A" }, { ...base, titleEn: "Title by A" }),
      updateRecord(t.db, { userId: null, label: "editor B" }, { ...base, titleEn: "Title by B" }),
    ]);
    expect([a.ok, b.ok].filter(Boolean)).toHaveLength(1);
    const loser = a.ok ? b : a;
    expect(loser).toMatchObject({ ok: false, kind: "conflict", changedBy: { label: a.ok ? "editor A" : "editor B" } });
    if (!loser.ok && loser.kind === "conflict") expect(loser.current.titleEn).toBe(a.ok ? "Title by A" : "Title by B");
    const audit = await t.db.auditEntry.findMany({ where: { entityId: base.id } });
    expect(audit).toHaveLength(auditBefore + 1);
    expect((await agreement()).titleEn).toBe(a.ok ? "Title by A" : "Title by B");
  });
});

describe("archiveRecord and restoreRecord", () => {
  it("archive is a soft delete with an audit entry; restore brings it back; an archived record cannot be edited", async () => {
    const event = await t.db.event.findFirstOrThrow({ where: { archivedAt: null } });
    const archived = await archiveRecord(t.db, editor, {
      entity: "Event",
      id: event.id,
      expectedVersion: event.version,
      note: "duplicate",
    });
    expect(archived).toMatchObject({ ok: true });
    const row = await t.db.event.findUniqueOrThrow({ where: { id: event.id } });
    expect(row.archivedAt).not.toBeNull();
    expect(
      await updateRecord(t.db, editor, {
        entity: "Event",
        id: event.id,
        expectedVersion: row.version,
        kind: row.kind,
        status: row.status,
        titleEn: "x",
      }),
    ).toEqual({ ok: false, kind: "not_found" });
    expect(
      await restoreRecord(t.db, editor, { entity: "Event", id: event.id, expectedVersion: row.version }),
    ).toMatchObject({
      ok: true,
    });
    expect((await t.db.event.findUniqueOrThrow({ where: { id: event.id } })).archivedAt).toBeNull();
    const actions = await t.db.auditEntry.findMany({ where: { entityId: event.id }, orderBy: { at: "asc" } });
    expect(actions.map((a) => a.action)).toEqual(["archive", "restore"]);
  });

  it("refuses a stale archive", async () => {
    const item = await t.db.planItem.findFirstOrThrow({ where: { archivedAt: null } });
    expect(
      await archiveRecord(t.db, editor, { entity: "PlanItem", id: item.id, expectedVersion: item.version + 5 }),
    ).toMatchObject({ ok: false, kind: "conflict" });
    expect((await t.db.planItem.findUniqueOrThrow({ where: { id: item.id } })).archivedAt).toBeNull();
  });
});
