import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/server/services/audit";
import { recordStatusUpdate } from "@/lib/server/services/record-status-update";
import { createSeededDb, type TestDb } from "../helpers/db";

let t: TestDb;
const staff: Actor = { userId: null, label: "test editor" };
let item: { id: string; version: number };

async function snapshot() {
  const [items, updates, audit] = await Promise.all([
    t.db.planItem.findMany({ orderBy: { id: "asc" } }),
    t.db.statusUpdate.findMany({ orderBy: { id: "asc" } }),
    t.db.auditEntry.findMany({ orderBy: { id: "asc" } }),
  ]);
  return JSON.stringify({ items, updates, audit });
}

beforeAll(async () => {
  t = await createSeededDb();
});
afterAll(() => t.cleanup());
beforeEach(async () => {
  item = await t.db.planItem.findFirstOrThrow({
    where: { plan: { slug: "clear-sky-plan" }, number: 5 },
    select: { id: true, version: true },
  });
});

const valid = () => ({
  planItemId: item.id,
  expectedVersion: item.version,
  status: "completed",
  assessedOn: "2026-11-20",
  basis: "staff",
  note: "Clear Sky Conference held",
  evidenceUrl: "https://example.org/evidence",
});

describe("recordStatusUpdate", () => {
  it("moves the item's status, appends the update and writes the audit entry in one go", async () => {
    const before = await t.db.planItem.findUniqueOrThrow({ where: { id: item.id } });
    const result = await recordStatusUpdate(t.db, staff, valid());
    expect(result).toMatchObject({ ok: true, version: before.version + 1 });
    const after = await t.db.planItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(after).toMatchObject({
      status: "completed",
      progress: 100,
      statusAssessedOn: "2026-11-20",
      version: before.version + 1,
    });
    const updates = await t.db.statusUpdate.findMany({ where: { planItemId: item.id } });
    expect(updates.at(-1)).toMatchObject({
      status: "completed",
      basis: "staff",
      evidenceUrl: "https://example.org/evidence",
    });
    const audit = await t.db.auditEntry.findMany({ where: { entityId: item.id } });
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]?.changes ?? "{}")).toMatchObject({ status: [before.status, "completed"] });
    expect(audit[0]).toMatchObject({
      actorLabel: "test editor",
      action: "status_update",
      note: "Clear Sky Conference held",
    });
  });

  it("refuses a save based on an older version, names who changed it, and changes nothing", async () => {
    const stale = { ...valid(), expectedVersion: item.version - 1, status: "delayed" };
    const before = await snapshot();
    const result = await recordStatusUpdate(t.db, { userId: null, label: "second editor" }, stale);
    expect(result).toMatchObject({
      ok: false,
      kind: "conflict",
      current: { version: item.version, status: "completed" },
    });
    if (!result.ok && result.kind === "conflict") expect(result.changedBy?.label).toBe("test editor");
    expect(await snapshot()).toBe(before);
  });

  it("lets exactly one of two saves from the same version win, and audits only the winner", async () => {
    const auditBefore = await t.db.auditEntry.count({ where: { entityId: item.id } });
    const [a, b] = await Promise.all([
      recordStatusUpdate(
        t.db,
        { userId: null, label: "editor A" },
        { ...valid(), status: "in_progress", progress: 40 },
      ),
      recordStatusUpdate(t.db, { userId: null, label: "editor B" }, { ...valid(), status: "delayed" }),
    ]);
    expect([a.ok, b.ok].filter(Boolean)).toHaveLength(1);
    const loser = a.ok ? b : a;
    expect(loser).toMatchObject({ ok: false, kind: "conflict" });
    const audit = await t.db.auditEntry.findMany({ where: { entityId: item.id }, orderBy: { at: "asc" } });
    expect(audit).toHaveLength(auditBefore + 1);
    expect(audit.at(-1)?.actorLabel).toBe(a.ok ? "editor A" : "editor B");
    const now = await t.db.planItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(now.status).toBe(a.ok ? "in_progress" : "delayed");
  });

  it.each([
    ["a wrong status", { status: "finished" }, "status"],
    ["a wrong type of progress", { progress: "lots" }, "progress"],
    ["progress over 100", { progress: 101 }, "progress"],
    ["a date that is not a date", { assessedOn: "next week" }, "assessedOn"],
    ["an unknown basis", { basis: "rumour" }, "basis"],
    ["an over-long note", { note: "x".repeat(2001) }, "note"],
    ["a javascript: evidence link", { evidenceUrl: "javascript:alert(1)" }, "evidenceUrl"],
    ["a missing version", { expectedVersion: undefined }, "expectedVersion"],
    ["completed with progress below 100", { status: "completed", progress: 50 }, "progress"],
    ["an unknown evidence source", { evidenceSourceId: "no-such-source" }, "evidenceSourceId"],
  ])("refuses %s, naming the field, and writes nothing", async (_, patch, field) => {
    const before = await snapshot();
    const result = await recordStatusUpdate(t.db, staff, { ...valid(), ...patch });
    expect(result.ok).toBe(false);
    if (!result.ok && result.kind === "invalid") expect(Object.keys(result.fieldErrors)).toContain(field);
    else expect.fail(`expected a field error on ${field}, got ${JSON.stringify(result)}`);
    expect(await snapshot()).toBe(before);
  });

  it("refuses an unknown item", async () => {
    expect(await recordStatusUpdate(t.db, staff, { ...valid(), planItemId: "nope" })).toEqual({
      ok: false,
      kind: "not_found",
    });
  });

  it("stores script and Korean and Chinese text as plain text", async () => {
    const note = '<script>alert("x")</script> 미세먼지 저감 完成';
    const result = await recordStatusUpdate(t.db, staff, { ...valid(), status: "in_progress", progress: 60, note });
    expect(result.ok).toBe(true);
    const last = await t.db.statusUpdate.findFirstOrThrow({
      where: { planItemId: item.id },
      orderBy: { createdAt: "desc" },
    });
    expect(last.noteEn).toBe(note);
  });
});
