import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuditFiltersSchema } from "@/lib/schemas/audit-filters";
import { parseSearchParams } from "@/lib/schemas/search-params";
import { listAudit, listRecordHistory } from "@/lib/server/queries/audit";
import { recordStatusUpdate } from "@/lib/server/services/record-status-update";
import { createSeededDb, type TestDb } from "../helpers/db";

let t: TestDb;
let itemId: string;

beforeAll(async () => {
  t = await createSeededDb();
  const item = await t.db.planItem.findFirstOrThrow({
    where: { plan: { slug: "clear-sky-plan" }, number: 5 },
    select: { id: true, version: true },
  });
  itemId = item.id;
  const result = await recordStatusUpdate(
    t.db,
    { userId: null, label: "Min-jun" },
    {
      planItemId: item.id,
      expectedVersion: item.version,
      status: "in_progress",
      assessedOn: "2026-11",
      basis: "staff",
      note: "underway",
    },
  );
  expect(result.ok).toBe(true);
});
afterAll(() => t.cleanup());

const filters = (raw: Record<string, string>) => parseSearchParams(AuditFiltersSchema, raw);

describe("history and the audit log", () => {
  it("a record's history lists its audit entries with the changed fields and the note", async () => {
    const rows = await listRecordHistory(t.db, [{ entityType: "PlanItem", entityId: itemId }]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: "status_update", actorLabel: "Min-jun", note: "underway" });
    expect(rows[0]?.changes.status).toEqual(["not_assessed", "in_progress"]);
  });

  it("filters the whole log by record type, change, actor and days", async () => {
    expect((await listAudit(t.db, filters({ entityType: "PlanItem" }).values)).total).toBe(1);
    expect((await listAudit(t.db, filters({ action: "create" }).values)).total).toBe(0);
    expect((await listAudit(t.db, filters({ actor: "Min" }).values)).total).toBe(1);
    expect((await listAudit(t.db, filters({ actor: "nobody" }).values)).total).toBe(0);
    const today = new Date().toISOString().slice(0, 10);
    expect((await listAudit(t.db, filters({ from: today, to: today }).values)).total).toBe(1);
    expect((await listAudit(t.db, filters({ to: "2020-01-01" }).values)).total).toBe(0);
  });

  it("names bad filter parameters and ignores them", () => {
    const { values, errors } = filters({ entityType: "Nonsense", action: "drop", from: "yesterday", page: "-1" });
    expect(errors.map((e) => e.field).sort()).toEqual(["action", "entityType", "from", "page"]);
    expect(values).toMatchObject({ entityType: undefined, action: undefined, from: undefined, page: 1 });
  });

  it("the database refuses to change or delete audit entries", async () => {
    await expect(t.db.auditEntry.updateMany({ data: { note: "rewritten" } })).rejects.toThrow();
    await expect(t.db.auditEntry.deleteMany({})).rejects.toThrow();
    expect(await t.db.auditEntry.count()).toBe(1);
  });
});
