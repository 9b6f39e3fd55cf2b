import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../lib/server/db/prisma";
import { createTestDb, type TestDb } from "../helpers/db";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.cleanup());

let counter = 0;
const unique = (prefix: string) => `${prefix}-${++counter}`;

function createMinistry(db: Db, side = "KR") {
  const slug = unique("ministry");
  return db.ministry.create({ data: { slug, side, kind: "ministry", nameEn: `Ministry ${slug}` } });
}

describe("foreign keys", () => {
  it("refuse to delete a ministry that signed an agreement, and allow deleting an unused one", async () => {
    const signer = await createMinistry(t.db);
    const unused = await createMinistry(t.db, "CN");
    await t.db.agreement.create({
      data: {
        slug: unique("agreement"),
        kind: "mou",
        status: "signed",
        titleEn: "MOU on environmental cooperation",
        signatories: { create: { ministryId: signer.id } },
      },
    });

    await expect(t.db.ministry.delete({ where: { id: signer.id } })).rejects.toMatchObject({ code: "P2003" });
    expect(await t.db.ministry.findUnique({ where: { id: signer.id } })).not.toBeNull();
    expect(await t.db.signatory.count({ where: { ministryId: signer.id } })).toBe(1);

    await t.db.ministry.delete({ where: { id: unused.id } });
    expect(await t.db.ministry.findUnique({ where: { id: unused.id } })).toBeNull();
  });

  it("refuse a row that points at nothing", async () => {
    await expect(
      t.db.topic.create({ data: { slug: unique("topic"), nameEn: "Orphan", sectorId: "no-such-sector" } }),
    ).rejects.toMatchObject({ code: "P2003" });
  });
});

/**
 * For each model: make a record, then rename it with the given field. Every versioned
 * model goes through the same client extension; a few different ones make sure it
 * is applied by model name, not by accident.
 */
type VersionedCase = {
  model: string;
  create(db: Db): Promise<{ id: string; version: number }>;
  update(db: Db, id: string, name: string): Promise<{ version: number }>;
  updateMany(db: Db, id: string, name: string): Promise<{ count: number }>;
  upsert(db: Db, id: string, name: string): Promise<{ version: number }>;
  read(db: Db, id: string): Promise<{ version: number; name: string } | null>;
};

const cases: VersionedCase[] = [
  {
    model: "Sector",
    create: (db) => db.sector.create({ data: { slug: unique("sector"), nameEn: "Environment" } }),
    update: (db, id, name) => db.sector.update({ where: { id }, data: { nameEn: name } }),
    updateMany: (db, id, name) => db.sector.updateMany({ where: { id }, data: { nameEn: name } }),
    upsert: (db, id, name) =>
      db.sector.upsert({ where: { id }, update: { nameEn: name }, create: { slug: unique("sector"), nameEn: name } }),
    read: async (db, id) => {
      const row = await db.sector.findUnique({ where: { id } });
      return row && { version: row.version, name: row.nameEn };
    },
  },
  {
    model: "Ministry",
    create: (db) => createMinistry(db),
    update: (db, id, name) => db.ministry.update({ where: { id }, data: { nameEn: name } }),
    updateMany: (db, id, name) => db.ministry.updateMany({ where: { id }, data: { nameEn: name } }),
    upsert: (db, id, name) =>
      db.ministry.upsert({
        where: { id },
        update: { nameEn: name },
        create: { slug: unique("ministry"), side: "KR", kind: "ministry", nameEn: name },
      }),
    read: async (db, id) => {
      const row = await db.ministry.findUnique({ where: { id } });
      return row && { version: row.version, name: row.nameEn };
    },
  },
  {
    model: "Agreement",
    create: (db) =>
      db.agreement.create({ data: { slug: unique("agreement"), kind: "mou", status: "signed", titleEn: "MOU" } }),
    update: (db, id, name) => db.agreement.update({ where: { id }, data: { titleEn: name } }),
    updateMany: (db, id, name) => db.agreement.updateMany({ where: { id }, data: { titleEn: name } }),
    upsert: (db, id, name) =>
      db.agreement.upsert({
        where: { id },
        update: { titleEn: name },
        create: { slug: unique("agreement"), kind: "mou", status: "signed", titleEn: name },
      }),
    read: async (db, id) => {
      const row = await db.agreement.findUnique({ where: { id } });
      return row && { version: row.version, name: row.titleEn };
    },
  },
  {
    model: "User",
    create: (db) => db.user.create({ data: { email: `${unique("user")}@example.org`, name: "Editor" } }),
    update: (db, id, name) => db.user.update({ where: { id }, data: { name } }),
    updateMany: (db, id, name) => db.user.updateMany({ where: { id }, data: { name } }),
    upsert: (db, id, name) =>
      db.user.upsert({ where: { id }, update: { name }, create: { email: `${unique("user")}@example.org`, name } }),
    read: async (db, id) => {
      const row = await db.user.findUnique({ where: { id } });
      return row && { version: row.version, name: row.name };
    },
  },
];

describe.each(cases)("$model.version", (c) => {
  it("starts at 1 and rises by one on update, updateMany and upsert", async () => {
    const created = await c.create(t.db);
    expect(created.version).toBe(1);

    expect((await c.update(t.db, created.id, "first")).version).toBe(2);
    expect(await c.updateMany(t.db, created.id, "second")).toEqual({ count: 1 });
    expect(await c.read(t.db, created.id)).toEqual({ version: 3, name: "second" });
    expect((await c.upsert(t.db, created.id, "third")).version).toBe(4);
    expect(await c.read(t.db, created.id)).toEqual({ version: 4, name: "third" });
  });

  it("starts at 1 when upsert creates the record", async () => {
    expect((await c.upsert(t.db, "does-not-exist", "created")).version).toBe(1);
  });
});

describe("a save based on an older version", () => {
  it("fails and changes nothing", async () => {
    const agreement = await t.db.agreement.create({
      data: { slug: unique("agreement"), kind: "mou", status: "signed", titleEn: "Original" },
    });
    // Two editors open version 1; the first one saves.
    const saved = await t.db.agreement.update({
      where: { id: agreement.id, version: agreement.version },
      data: { titleEn: "First editor" },
    });
    expect(saved.version).toBe(2);

    // The second editor's save still says version 1.
    await expect(
      t.db.agreement.update({ where: { id: agreement.id, version: agreement.version }, data: { titleEn: "Second" } }),
    ).rejects.toMatchObject({ code: "P2025" });
    expect(
      await t.db.agreement.updateMany({
        where: { id: agreement.id, version: agreement.version },
        data: { titleEn: "Second" },
      }),
    ).toEqual({ count: 0 });

    const current = await t.db.agreement.findUniqueOrThrow({ where: { id: agreement.id } });
    expect(current.titleEn).toBe("First editor");
    expect(current.version).toBe(2);
  });
});
