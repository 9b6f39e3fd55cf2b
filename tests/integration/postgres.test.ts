/**
 * What only PostgreSQL has: its settings check, the audit triggers in plain SQL, the
 * PostgreSQL migrations against their schema (the drift check), and the search
 * index's own table. Runs under `npm run test:postgres`; on SQLite there is nothing
 * here to test, and the file says so.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkDatabaseSettings, createPrismaClient, databaseProvider } from "../../lib/server/db/prisma";
import { indexAgreements, searchRecords } from "../../lib/server/search";
import { tsqueryFromMatch, tsvectorLiteral } from "../../lib/server/search/pg";
import { parseQuery } from "../../lib/server/search/tokenize";
import { applySeed, seedData } from "../../prisma/seed/index";
import { deployMigrations, diffMigrations, listMigrations } from "../../scripts/lib/migrate";
import { POSTGRES_MIGRATIONS, POSTGRES_SCHEMA } from "../../scripts/lib/pg-schema";
import { createSeededDb, createTestDb, onPostgres, type TestDb } from "../helpers/db";

const server = onPostgres();
if (!server) console.log("Skipped on SQLite: tests/integration/postgres.test.ts needs npm run test:postgres");

describe.skipIf(!server)("on PostgreSQL", () => {
  let t: TestDb;
  let sql: pg.Client;
  beforeAll(async () => {
    t = await createSeededDb();
    sql = new pg.Client({ connectionString: t.url });
    await sql.connect();
  });
  afterAll(async () => {
    await sql?.end();
    await t?.cleanup();
  });

  it("runs on the PostgreSQL client, with a UTF-8 database on a supported server", async () => {
    expect(databaseProvider(t.db)).toBe("postgresql");
    await t.db.$transaction(async (tx) => expect(databaseProvider(tx)).toBe("postgresql"));
    const settings = await checkDatabaseSettings(t.db);
    expect(settings).toMatchObject({ encoding: "UTF8" });
    expect("serverVersion" in settings && settings.serverVersion).toBeGreaterThanOrEqual(13);
  });

  it("has applied every PostgreSQL migration", async () => {
    const { rows } = await sql.query<{ migration_name: string; finished_at: Date | null }>(
      "SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name",
    );
    expect(rows.map((r) => r.migration_name)).toEqual(
      await listMigrations({ migrationsDir: path.resolve(POSTGRES_MIGRATIONS) }),
    );
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);
  });

  describe("AuditEntry is append-only in plain SQL", () => {
    it("refuses UPDATE, DELETE and TRUNCATE with the trigger's message, and keeps every entry", async () => {
      await t.db.auditEntry.create({
        data: { actorLabel: "test", action: "agreement.update", entityType: "Agreement", entityId: "y", changes: "{}" },
      });
      const before = await t.db.auditEntry.count();
      await expect(sql.query(`UPDATE "AuditEntry" SET "note" = 'x'`)).rejects.toThrow("AuditEntry is append-only");
      await expect(sql.query(`DELETE FROM "AuditEntry"`)).rejects.toThrow("AuditEntry is append-only");
      await expect(sql.query(`TRUNCATE "AuditEntry" CASCADE`)).rejects.toThrow("AuditEntry is append-only");
      expect(await t.db.auditEntry.count()).toBe(before);
    });

    it("accepts inserts", async () => {
      const before = await t.db.auditEntry.count();
      await t.db.auditEntry.create({
        data: { actorLabel: "test", action: "agreement.update", entityType: "Agreement", entityId: "x", changes: "{}" },
      });
      expect(await t.db.auditEntry.count()).toBe(before + 1);
    });
  });

  describe("the drift check", () => {
    it("finds prisma/postgres/migrations to produce exactly prisma/postgres/schema.prisma", async () => {
      const result = await diffMigrations({ databaseUrl: t.url });
      expect(result.sql).toBe("");
      expect(result.clean).toBe(true);
    });

    it("fails, with the SQL, when the schema has a change the PostgreSQL migrations lack", async () => {
      const schema = await readFile(POSTGRES_SCHEMA, "utf8");
      const changed = schema.replace(/model Sector \{\n/, "model Sector {\n  colour String?\n");
      expect(changed).not.toBe(schema);
      const file = path.join(os.tmpdir(), `tracker-drift-${process.pid}.prisma`);
      await writeFile(file, changed, "utf8");
      try {
        const result = await diffMigrations({ databaseUrl: t.url, schemaPath: file });
        expect(result.clean).toBe(false);
        expect(result.sql).toMatch(/ALTER TABLE "Sector" ADD COLUMN\s+"colour" TEXT/);
      } finally {
        await rm(file, { force: true });
      }
    });

    it("leaves no temporary database behind", async () => {
      const { rows } = await sql.query("SELECT datname FROM pg_database WHERE datname LIKE 'prisma_shadow_%'");
      expect(rows).toEqual([]);
    });
  });

  describe("search", () => {
    it("keeps one index row per agreement in its own table", async () => {
      const { rows } = await sql.query<{ n: string }>("SELECT count(*) AS n FROM search_doc WHERE kind = 'agreement'");
      expect(Number(rows[0]?.n)).toBe(await t.db.agreement.count());
      expect(await indexAgreements(t.db)).toBe(await t.db.agreement.count());
    });

    it("finds Korean and Chinese by one and two characters, and English by prefix", async () => {
      for (const query of ["탄소", "碳", "市场", "carbon", "carb"]) {
        const result = await searchRecords(t.db, "agreement", query);
        expect(result?.hits.length, query).toBeGreaterThan(0);
      }
      expect((await searchRecords(t.db, "agreement", "zzzqqq"))?.hits).toEqual([]);
    });

    it.each([
      ["tsquery operators", "carbon & ! | <-> :* ( )"],
      ["quotes and backslashes", "'carbon' \\ \"market"],
      ["script injection", "<script>alert(1)</script>'); DROP TABLE search_doc; --"],
      ["a lone quote", "'"],
    ])("takes %s as plain text, never as syntax", async (_, query) => {
      await expect(searchRecords(t.db, "agreement", query)).resolves.not.toThrow();
      const { rows } = await sql.query("SELECT to_regclass('search_doc') AS t");
      expect(rows[0]?.t).toBe("search_doc");
    });

    it("writes tokens as quoted lexemes with positions and weights", () => {
      expect(tsvectorLiteral("탄소 it's", "A")).toBe("'탄소':1A 'it''s':2A");
      expect(tsvectorLiteral("a\\b", "B", 3)).toBe("'a\\\\b':4B");
      const parsed = parseQuery('"carbon market" 탄소시장 clim');
      expect(parsed && tsqueryFromMatch(parsed.match)).toBe(
        "(('carbon' <-> 'market')) & ('탄소' & '소시' & '시장') & ('clim':*)",
      );
    });
  });

  describe("db:copy-to-postgres", () => {
    const copy = (from: string, to: string) =>
      new Promise<{ code: number; output: string }>((resolve) => {
        execFile(
          process.execPath,
          ["--conditions=react-server", "--import", "tsx", "scripts/copy-to-postgres.ts", "--from", from, "--to", to],
          { env: { ...process.env, CHECKPOINT_DISABLE: "1" } },
          (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr }),
        );
      });

    it("copies a seeded SQLite database row for row, audit log and search included; refuses a target with records", async () => {
      const dir = await mkdtemp(path.join(os.tmpdir(), "tracker-copy-"));
      const from = `file:${path.join(dir, "source.db")}`;
      await deployMigrations(from);
      const sqlite = createPrismaClient(from);
      const target = await createTestDb();
      try {
        await applySeed(sqlite, seedData);
        await sqlite.auditEntry.create({
          data: {
            actorLabel: "편집자 编辑",
            action: "agreement.update",
            entityType: "Agreement",
            entityId: "a",
            changes: "{}",
          },
        });
        const first = await copy(from, target.url);
        expect(first.output).toContain("Copied");
        expect(first.code).toBe(0);
        for (const model of ["agreement", "citation", "ministry", "auditEntry", "statusUpdate"] as const) {
          const count = (db: typeof sqlite) => (db[model] as unknown as { count(): Promise<number> }).count();
          expect(await count(target.db), model).toBe(await count(sqlite));
        }
        const [a] = await sqlite.agreement.findMany({ orderBy: { id: "asc" }, take: 1 });
        const [b] = await target.db.agreement.findMany({ orderBy: { id: "asc" }, take: 1 });
        expect(b).toEqual(a);
        expect((await target.db.auditEntry.findFirstOrThrow()).actorLabel).toBe("편집자 编辑");
        expect((await searchRecords(target.db, "agreement", "탄소"))?.hits.length).toBeGreaterThan(0);

        const again = await copy(from, target.url);
        expect(again.code).not.toBe(0);
        expect(again.output).toContain("already holds records");
        expect(await target.db.agreement.count()).toBe(await sqlite.agreement.count());
      } finally {
        await sqlite.$disconnect();
        await target.cleanup();
        await rm(dir, { recursive: true, force: true });
      }
    });
  });
});
