import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { getArchivedBySlug, listArchived } from "@/lib/server/queries/archived";
import { hiddenIds } from "@/lib/server/search/results";
import { archiveRecord, restoreRecord, updateRecord } from "@/lib/server/services/edit-record";
import { createSeededDb, type TestDb } from "../helpers/db";

let t: TestDb;
beforeAll(async () => {
  t = await createSeededDb();
});
afterAll(() => t.cleanup());

describe("archived records (/admin/archived and public pages)", () => {
  it("lists an archived ministry with who archived it and why; its page finds it by slug; restore takes it off", async () => {
    const ministry = await t.db.ministry.findFirstOrThrow({ where: { archivedAt: null }, orderBy: { slug: "asc" } });
    expect(await getArchivedBySlug(t.db, "Ministry", ministry.slug)).toBeNull();
    const archived = await archiveRecord(
      t.db,
      { userId: null, label: "Editor Lee" },
      { entity: "Ministry", id: ministry.id, expectedVersion: ministry.version, note: "중복 기록" },
    );
    expect(archived).toMatchObject({ ok: true });
    const rows = await listArchived(t.db);
    expect(rows[0]).toMatchObject({
      entity: "Ministry",
      id: ministry.id,
      archivedBy: "Editor Lee",
      note: "중복 기록",
      label: { En: ministry.nameEn },
    });
    const page = await getArchivedBySlug(t.db, "Ministry", ministry.slug);
    expect(page?.label.En).toBe(ministry.nameEn);
    expect(page?.archivedAt).toBeInstanceOf(Date);

    const row = rows[0];
    if (!row) return;
    expect(
      await restoreRecord(
        t.db,
        { userId: null, label: "Admin" },
        { entity: "Ministry", id: row.id, expectedVersion: row.version },
      ),
    ).toMatchObject({ ok: true });
    expect((await listArchived(t.db)).find((r) => r.id === ministry.id)).toBeUndefined();
    expect(await getArchivedBySlug(t.db, "Ministry", ministry.slug)).toBeNull();
  });

  it("refuses a restore from a stale list, and restoring what is not archived", async () => {
    const source = await t.db.source.findFirstOrThrow({ where: { archivedAt: null } });
    const archived = await archiveRecord(
      t.db,
      { userId: null, label: "E" },
      { entity: "Source", id: source.id, expectedVersion: source.version },
    );
    if (!archived.ok) throw new Error("not archived");
    const [row] = (await listArchived(t.db)).filter((r) => r.id === source.id);
    expect(row?.archivedBy).toBe("E");
    // Someone else restores and archives again: the list's version is stale.
    await restoreRecord(
      t.db,
      { userId: null, label: "A" },
      { entity: "Source", id: source.id, expectedVersion: archived.version },
    );
    const again = await archiveRecord(
      t.db,
      { userId: null, label: "E2" },
      { entity: "Source", id: source.id, expectedVersion: archived.version + 1 },
    );
    expect(again).toMatchObject({ ok: true });
    expect(
      await restoreRecord(
        t.db,
        { userId: null, label: "A" },
        { entity: "Source", id: source.id, expectedVersion: archived.version },
      ),
    ).toMatchObject({ ok: false, kind: "conflict", changedBy: { label: "E2" } });
    const open = await t.db.person.findFirstOrThrow({ where: { archivedAt: null } });
    expect(
      await restoreRecord(
        t.db,
        { userId: null, label: "A" },
        { entity: "Person", id: open.id, expectedVersion: open.version },
      ),
    ).toEqual({ ok: false, kind: "not_found" });
  });

  it("sectors and topics are never archived", async () => {
    const sector = await t.db.sector.findFirstOrThrow();
    const audit = await t.db.auditEntry.count();
    expect(
      await archiveRecord(
        t.db,
        { userId: null, label: "E" },
        { entity: "Sector", id: sector.id, expectedVersion: sector.version },
      ),
    ).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { entity: expect.any(Array) } });
    expect(await t.db.auditEntry.count()).toBe(audit);
    // …but their names are edited like any record's.
    expect(
      await updateRecord(
        t.db,
        { userId: null, label: "E" },
        {
          entity: "Sector",
          id: sector.id,
          expectedVersion: sector.version,
          nameEn: sector.nameEn,
          nameKo: "환경·기후",
          nameZh: "环境与气候",
        },
      ),
    ).toMatchObject({ ok: true });
  });
});

describe("what /search hides, kept until the data changes (as in the server)", () => {
  const runtime = process.env.NEXT_RUNTIME;
  afterEach(() => {
    if (runtime === undefined) delete process.env.NEXT_RUNTIME;
    else process.env.NEXT_RUNTIME = runtime;
  });

  it("hides a plan's items once the plan is archived, and shows them again once it is restored", async () => {
    process.env.NEXT_RUNTIME = "nodejs";
    const plan = await t.db.actionPlan.findFirstOrThrow({
      where: { archivedAt: null, items: { some: { archivedAt: null } } },
      select: { id: true, version: true, items: { select: { id: true } } },
    });
    const items = plan.items.map((i) => i.id);
    const before = await hiddenIds(t.db, "item");
    expect(items.filter((id) => before.has(id))).toEqual([]);
    expect(await hiddenIds(t.db, "item")).toBe(before);

    const actor = { userId: null, label: "Editor Lee" };
    const archived = await archiveRecord(t.db, actor, {
      entity: "ActionPlan",
      id: plan.id,
      expectedVersion: plan.version,
    });
    expect(archived).toMatchObject({ ok: true });
    const hidden = await hiddenIds(t.db, "item");
    expect(items.filter((id) => !hidden.has(id))).toEqual([]);
    expect((await hiddenIds(t.db, "plan")).has(plan.id)).toBe(true);

    if (!archived.ok) return;
    expect(
      await restoreRecord(t.db, actor, { entity: "ActionPlan", id: plan.id, expectedVersion: archived.version }),
    ).toMatchObject({ ok: true });
    const after = await hiddenIds(t.db, "item");
    expect(items.filter((id) => after.has(id))).toEqual([]);
  });
});
