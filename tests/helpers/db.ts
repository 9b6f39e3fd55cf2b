/**
 * A fresh, migrated database per call, for integration tests (SQLite; PostgreSQL
 * when TEST_DATABASE_URL names a server, see tests/helpers/pg.ts):
 *
 *   let t: TestDb;
 *   beforeAll(async () => { t = await createTestDb(); });
 *   afterAll(() => t.cleanup());
 *
 * It is a copy of the template that tests/setup/global-setup.ts migrates once per
 * run, opened with the app's own client factory (versioning included).
 */
import { randomUUID } from "node:crypto";
import { copyFile, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { inject } from "vitest";
import { createPrismaClient, type Db } from "../../lib/server/db/prisma";
import { deployMigrations } from "../../scripts/lib/migrate";

export type TestDb = {
  /** A client from createPrismaClient on this database. */
  db: Db;
  /** Its `file:` URL, for code that opens its own connection. */
  url: string;
  /** The SQLite file ("" on PostgreSQL). */
  path: string;
  /** Disconnects the client and deletes the file (and its -wal and -shm), or drops the PostgreSQL database. */
  cleanup(): Promise<void>;
};

export async function createTestDb(): Promise<TestDb> {
  const pgServer = onPostgres();
  if (pgServer) {
    const { createPgTestDatabase } = await import("./pg");
    const database = await createPgTestDatabase(pgServer, inject("pgTemplate") ?? "");
    const db = createPrismaClient(database.url);
    let dropped = false;
    return {
      db,
      url: database.url,
      path: "",
      async cleanup() {
        if (dropped) return;
        dropped = true;
        await db.$disconnect();
        await database.drop();
      },
    };
  }
  const { file, ownDir } = await newDatabaseFile();
  const url = `file:${file}`;
  const db = createPrismaClient(url);
  let cleaned = false;
  return {
    db,
    url,
    path: file,
    async cleanup() {
      if (cleaned) return;
      cleaned = true;
      await db.$disconnect();
      await Promise.all(["", "-wal", "-shm", "-journal"].map((suffix) => rm(`${file}${suffix}`, { force: true })));
      if (ownDir) await rm(ownDir, { recursive: true, force: true });
    },
  };
}

/**
 * The PostgreSQL server the tests run on (npm run test:postgres sets
 * TEST_DATABASE_URL), or null for SQLite.
 */
export function onPostgres(): string | null {
  const url = inject("pgServerUrl") || process.env.TEST_DATABASE_URL || "";
  return /^postgres(ql)?:\/\//.test(url) ? url : null;
}

/**
 * For test files (or tests) that are about SQLite itself (its files, pragmas, FTS5
 * tables, backups): skips them on PostgreSQL and says why.
 */
export function sqliteOnly(reason: string): boolean {
  if (!onPostgres()) return false;
  console.log(`Skipped on PostgreSQL: ${reason}`);
  return true;
}

/** A copy of the run's template; or, outside `vitest run`'s global setup, a database migrated on the spot. */
async function newDatabaseFile(): Promise<{ file: string; ownDir?: string }> {
  const template = inject("templateDbPath");
  const dir = inject("testDbDir");
  if (template && dir) {
    const file = path.join(dir, `test-${randomUUID()}.db`);
    await copyFile(template, file);
    return { file };
  }
  const ownDir = await mkdtemp(path.join(os.tmpdir(), "tracker-test-"));
  const file = path.join(ownDir, "test.db");
  await deployMigrations(`file:${file}`);
  return { file, ownDir };
}

/** A test database holding the sourced seed dataset and its search index. */
export async function createSeededDb(): Promise<TestDb> {
  const t = await createTestDb();
  const { applySeed, seedData } = await import("../../prisma/seed/index");
  const { indexAllRecords } = await import("../../lib/server/search");
  await applySeed(t.db, seedData);
  await indexAllRecords(t.db);
  return t;
}
