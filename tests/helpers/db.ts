/**
 * A fresh, migrated SQLite database per call, for integration tests:
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
import { deployMigrations } from "../../lib/migrate";
import { createPrismaClient, type Db } from "../../lib/prisma";

export type TestDb = {
  /** A client from createPrismaClient on this database. */
  db: Db;
  /** Its `file:` URL, for code that opens its own connection. */
  url: string;
  /** The SQLite file. */
  path: string;
  /** Disconnects the client and deletes the file (and its -wal and -shm). */
  cleanup(): Promise<void>;
};

export async function createTestDb(): Promise<TestDb> {
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
  const { indexAgreements } = await import("../../lib/search");
  await applySeed(t.db, seedData);
  await indexAgreements(t.db);
  return t;
}
