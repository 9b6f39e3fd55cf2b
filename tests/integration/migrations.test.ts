import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkDatabaseSettings, type SqliteSettings } from "../../lib/server/db/prisma";
import { databaseFiles, deployMigrations, diffMigrations, listMigrations } from "../../scripts/lib/migrate";
import { createTestDb, sqliteOnly, type TestDb } from "../helpers/db";

type MigrationRow = {
  migration_name: string;
  checksum: string;
  finished_at: string | null;
  rolled_back_at: string | null;
  applied_steps_count: number;
};

describe("deploy on a new database file", () => {
  let dir: string;
  let url: string;
  let file: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "tracker-migrate-"));
    // A folder that does not exist yet: deploy creates it.
    file = path.join(dir, "nested", "fresh.db");
    url = `file:${file}`;
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("creates the folder, the file, every table and one _prisma_migrations row per migration", async () => {
    const migrations = await listMigrations();
    expect(migrations.length).toBeGreaterThanOrEqual(2);
    expect(migrations.some((name) => /^\d{14}_init$/.test(name))).toBe(true);

    const result = await deployMigrations(url);
    expect(result.applied).toEqual(migrations);
    expect(result.settings).toEqual({ journalMode: "wal", busyTimeoutMs: 5000, foreignKeys: true });

    const sqlite = new Database(file, { readonly: true });
    try {
      const tables = sqlite
        .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'")
        .all()
        .map((row) => row.name);
      for (const table of ["Agreement", "Ministry", "Signatory", "PlanItem", "StatusUpdate", "AuditEntry", "User"]) {
        expect(tables).toContain(table);
      }
      const rows = sqlite.prepare<[], MigrationRow>("SELECT * FROM _prisma_migrations ORDER BY migration_name").all();
      expect(rows.map((row) => row.migration_name)).toEqual(migrations);
      for (const row of rows) {
        expect(row.finished_at).not.toBeNull();
        expect(row.rolled_back_at).toBeNull();
        expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      }
    } finally {
      sqlite.close();
    }
  });

  it("does nothing when run again", async () => {
    const again = await deployMigrations(url);
    expect(again.applied).toEqual([]);
    const sqlite = new Database(file, { readonly: true });
    try {
      const row = sqlite.prepare<[], { count: number }>("SELECT count(*) AS count FROM _prisma_migrations").get();
      expect(row?.count).toBe((await listMigrations()).length);
    } finally {
      sqlite.close();
    }
  });

  it("names the database file and its companions for reset", () => {
    expect(databaseFiles(url)).toEqual([file, `${file}-wal`, `${file}-shm`, `${file}-journal`]);
  });
});

describe("the migrations folder", () => {
  it("produces exactly prisma/schema.prisma (no drift)", async () => {
    expect(await diffMigrations()).toEqual({ clean: true, sql: "" });
  });

  it("has the lock file Prisma's CLI expects", async () => {
    const lock = await readFile(new URL("../../prisma/migrations/migration_lock.toml", import.meta.url), "utf8");
    expect(lock).toContain('provider = "sqlite"');
  });
});

describe("a migrated database", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(() => t.cleanup());

  it.skipIf(
    sqliteOnly(
      "WAL mode, busy timeout and foreign-key pragmas are SQLite's; tests/integration/postgres.test.ts checks PostgreSQL's settings",
    ),
  )("is in WAL mode with a busy timeout and foreign keys on", async () => {
    const [journal] = await t.db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
    expect(journal?.journal_mode).toBe("wal");
    const settings = (await checkDatabaseSettings(t.db)) as SqliteSettings;
    expect(settings.journalMode).toBe("wal");
    expect(settings.busyTimeoutMs).toBeGreaterThanOrEqual(1000);
    expect(settings.foreignKeys).toBe(true);
  });

  describe("AuditEntry is append-only", () => {
    let id: string;
    beforeAll(async () => {
      const entry = await t.db.auditEntry.create({
        data: {
          actorLabel: "test",
          action: "agreement.update",
          entityType: "Agreement",
          entityId: "a1",
          changes: JSON.stringify({ status: ["signed", "in_force"] }),
        },
      });
      id = entry.id;
    });

    it("accepts inserts", async () => {
      expect(await t.db.auditEntry.count()).toBe(1);
    });

    it("refuses UPDATE and DELETE through the Prisma client", async () => {
      await expect(t.db.auditEntry.update({ where: { id }, data: { note: "edited" } })).rejects.toThrow();
      await expect(t.db.auditEntry.updateMany({ data: { note: "edited" } })).rejects.toThrow();
      await expect(t.db.auditEntry.delete({ where: { id } })).rejects.toThrow();
      await expect(t.db.auditEntry.deleteMany({})).rejects.toThrow();
      const entry = await t.db.auditEntry.findUniqueOrThrow({ where: { id } });
      expect(entry.note).toBeNull();
    });

    it.skipIf(
      sqliteOnly(
        "opens the SQLite file directly; tests/integration/postgres.test.ts runs plain SQL against PostgreSQL's triggers",
      ),
    )("refuses UPDATE and DELETE in plain SQL, with the trigger's message", () => {
      const sqlite = new Database(t.path);
      try {
        expect(() => sqlite.prepare(`UPDATE "AuditEntry" SET "note" = 'x'`).run()).toThrow("AuditEntry is append-only");
        expect(() => sqlite.prepare(`DELETE FROM "AuditEntry"`).run()).toThrow("AuditEntry is append-only");
        const row = sqlite.prepare<[], { count: number }>(`SELECT count(*) AS count FROM "AuditEntry"`).get();
        expect(row?.count).toBe(1);
      } finally {
        sqlite.close();
      }
    });
  });
});
