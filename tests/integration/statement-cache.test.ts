/**
 * lib/server/db/statement-cache.ts: Prisma's SQLite adapter keeps its statements
 * prepared. A kept statement runs with each call's own arguments, writes and failed
 * writes leave it usable, the oldest is dropped past the bound, and what Prisma reads
 * and writes through it is what the database holds.
 */
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/server/db/prisma";
import { keepStatements } from "@/lib/server/db/statement-cache";
import { createSeededDb, sqliteOnly, type TestDb } from "../helpers/db";

describe.skipIf(sqliteOnly("the statement cache is SQLite's adapter's"))("kept statements", () => {
  /** A database in memory whose `prepare` counts the statements it compiles. */
  function counted(max?: number) {
    const db = new Database(":memory:");
    db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)");
    const compiled: string[] = [];
    const prepare = db.prepare.bind(db);
    db.prepare = ((sql: string) => {
      compiled.push(sql);
      return prepare(sql);
    }) as typeof db.prepare;
    keepStatements(db, max);
    return { db, compiled };
  }

  it("compiles a statement once and runs it with each call's own arguments", () => {
    const { db, compiled } = counted();
    const insert = "INSERT INTO t (name) VALUES (?)";
    for (const name of ["a", "b", "c"]) db.prepare(insert).bind([name]).run();
    const select = "SELECT id, name FROM t WHERE name = ?";
    const read = (name: string) => db.prepare(select).bind([name]).raw().all();
    expect(read("b")).toEqual([[2, "b"]]);
    expect(read("c")).toEqual([[3, "c"]]);
    expect(read("zz")).toEqual([]);
    expect(compiled).toEqual([insert, select]);
    const stmt = db.prepare(select).bind(["a"]);
    expect(stmt.reader).toBe(true);
    expect(stmt.columns().map((c) => c.name)).toEqual(["id", "name"]);
    expect(db.prepare(insert).bind(["d"]).reader).toBe(false);
    db.close();
  });

  it("stays usable after a run fails, and the failed write changes nothing", () => {
    const { db } = counted();
    const insert = "INSERT INTO t (name) VALUES (?)";
    db.prepare(insert).bind(["a"]).run();
    expect(() => db.prepare(insert).bind(["a"]).run()).toThrow(/UNIQUE constraint failed: t.name/);
    expect(() => db.prepare(insert).bind([null]).run()).toThrow(/NOT NULL constraint failed: t.name/);
    expect(db.prepare(insert).bind(["b"]).run().changes).toBe(1);
    expect(db.prepare("SELECT name FROM t ORDER BY id").bind([]).raw().all()).toEqual([["a"], ["b"]]);
  });

  it("runs a statement without arguments as the adapter's BEGIN and savepoints do", () => {
    const { db } = counted();
    db.prepare("BEGIN").run();
    db.prepare("INSERT INTO t (name) VALUES (?)").bind(["x"]).run();
    db.prepare("ROLLBACK").run();
    expect(db.prepare("SELECT count(*) FROM t").bind([]).raw().all()).toEqual([[0]]);
  });

  it("keeps the most recently used statements up to its bound, and compiles a dropped one again", () => {
    const { db, compiled } = counted(2);
    const q = (n: number) => `SELECT ${n} AS n`;
    const run = (n: number) => db.prepare(q(n)).bind([]).raw().all();
    run(1);
    run(2);
    run(1); // 1 is now the most recent: 2 goes when 3 comes
    run(3);
    run(1);
    expect(compiled).toEqual([q(1), q(2), q(3)]);
    run(2);
    expect(compiled).toEqual([q(1), q(2), q(3), q(2)]);
    expect(run(2)).toEqual([[2]]);
  });

  it("does not keep a statement that fails to compile", () => {
    const { db, compiled } = counted();
    expect(() => db.prepare("SELECT nope FROM t")).toThrow(/no such column: nope/);
    expect(() => db.prepare("SELECT nope FROM t")).toThrow(/no such column: nope/);
    expect(compiled).toEqual(["SELECT nope FROM t", "SELECT nope FROM t"]);
  });
});

describe.skipIf(sqliteOnly("the statement cache is SQLite's adapter's"))("Prisma through kept statements", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createSeededDb();
  });
  afterAll(async () => {
    await t.cleanup();
  });

  /** The same row read by a connection of its own, outside Prisma. */
  function direct(id: string) {
    const db = new Database(t.path, { readonly: true });
    try {
      return db.prepare("SELECT nameEn, version FROM Ministry WHERE id = ?").get(id) as {
        nameEn: string;
        version: number;
      };
    } finally {
      db.close();
    }
  }

  it("compiles a read Prisma asks again only once", async () => {
    const proto = Database.prototype as { prepare: (sql: string) => unknown };
    const prepare = proto.prepare;
    const compiled: string[] = [];
    proto.prepare = function (this: Database.Database, sql: string) {
      compiled.push(sql);
      return prepare.call(this, sql);
    };
    const db = createPrismaClient(t.url);
    try {
      const slugs = (await db.ministry.findMany({ select: { slug: true }, take: 3, orderBy: { id: "asc" } })).map(
        (m) => m.slug,
      );
      for (const slug of [...slugs, ...slugs])
        expect(await db.ministry.findUnique({ where: { slug }, select: { slug: true } })).toEqual({ slug });
      // Six reads by slug, one statement compiled (and one for the list of slugs).
      const bySlug = compiled.filter((sql) => /FROM `main`.`Ministry` WHERE \(`main`.`Ministry`.`slug` = \?/.test(sql));
      expect(bySlug).toHaveLength(1);
    } finally {
      proto.prepare = prepare;
      await db.$disconnect();
    }
  });

  it("reads what was just written, with the same statement asked again", async () => {
    const ministry = await t.db.ministry.findFirstOrThrow({ select: { id: true, nameEn: true, version: true } });
    const read = () =>
      t.db.ministry.findUniqueOrThrow({ where: { id: ministry.id }, select: { nameEn: true, version: true } });
    expect(await read()).toEqual({ nameEn: ministry.nameEn, version: ministry.version });
    await t.db.ministry.update({ where: { id: ministry.id }, data: { nameEn: "Ministry of Kept Statements" } });
    expect(await read()).toEqual({ nameEn: "Ministry of Kept Statements", version: ministry.version + 1 });
    expect(direct(ministry.id)).toEqual({ nameEn: "Ministry of Kept Statements", version: ministry.version + 1 });
  });

  it("rolls back a failed transaction whole, and runs the same statements afterwards", async () => {
    const ministry = await t.db.ministry.findFirstOrThrow({ select: { id: true, nameEn: true, version: true } });
    await expect(
      t.db.$transaction(async (tx) => {
        await tx.ministry.update({ where: { id: ministry.id }, data: { nameEn: "Never saved" } });
        throw new Error("stop");
      }),
    ).rejects.toThrow("stop");
    expect(direct(ministry.id)).toEqual({ nameEn: ministry.nameEn, version: ministry.version });
    await t.db.$transaction(async (tx) => {
      await tx.ministry.update({ where: { id: ministry.id }, data: { nameEn: "Saved in a transaction" } });
    });
    expect(direct(ministry.id)).toEqual({ nameEn: "Saved in a transaction", version: ministry.version + 1 });
  });

  it("reports a rejected write as before and leaves the row as it was", async () => {
    const [a, b] = await t.db.ministry.findMany({ select: { id: true, slug: true }, take: 2, orderBy: { id: "asc" } });
    if (!a || !b) throw new Error("the seed has ministries");
    const before = direct(a.id);
    await expect(t.db.ministry.update({ where: { id: a.id }, data: { slug: b.slug } })).rejects.toThrow(
      /Unique constraint failed/,
    );
    expect(direct(a.id)).toEqual(before);
    expect((await t.db.ministry.findUniqueOrThrow({ where: { id: a.id }, select: { slug: true } })).slug).toBe(a.slug);
  });

  it("gives raw queries their values with their types", async () => {
    const rows = await t.db.$queryRawUnsafe<{ n: bigint; name: string }[]>(
      "SELECT count(*) AS n, min(nameEn) AS name FROM Ministry WHERE side = ?",
      "KR",
    );
    const again = await t.db.$queryRawUnsafe<{ n: bigint; name: string }[]>(
      "SELECT count(*) AS n, min(nameEn) AS name FROM Ministry WHERE side = ?",
      "CN",
    );
    const count = (side: string) => t.db.ministry.count({ where: { side } });
    expect(Number(rows[0]?.n)).toBe(await count("KR"));
    expect(Number(again[0]?.n)).toBe(await count("CN"));
    expect(rows[0]?.name).not.toBe(again[0]?.name);
  });
});
