import { existsSync, writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordStatusUpdate } from "@/lib/server/services/record-status-update";
import { backupDatabase, checkDatabaseFile, restoreDatabase } from "@/scripts/lib/backup";
import { createSeededDb, sqliteOnly, type TestDb } from "../helpers/db";

const skip = sqliteOnly("db:backup copies the SQLite file; on PostgreSQL backups are pg_dump's (docs/deploy.md)");
let t: TestDb;
beforeAll(async () => {
  if (!skip) t = await createSeededDb();
});
afterAll(() => t?.cleanup());

describe.skipIf(skip)("backups", () => {
  it("takes a consistent copy while status updates are being written", async () => {
    const item = await t.db.planItem.findFirstOrThrow({ where: { number: 1 }, select: { id: true, version: true } });
    const seeded = await t.db.statusUpdate.count({ where: { planItemId: item.id } });
    let version = item.version;
    let saved = 0;
    let writing = true;
    const writer = (async () => {
      while (writing) {
        // Yield to the event loop between saves, as requests to a server do.
        await new Promise((resolve) => setImmediate(resolve));
        const r = await recordStatusUpdate(
          t.db,
          { userId: null, label: "backup test" },
          {
            planItemId: item.id,
            expectedVersion: version,
            status: "in_progress",
            assessedOn: "2026-11-01",
            basis: "staff",
          },
        );
        if (r.ok) {
          version = r.version;
          saved++;
        }
      }
    })();
    const out = `${t.path}.backup.db`;
    await new Promise((r) => setTimeout(r, 50));
    const check = await backupDatabase(t.path, out);
    writing = false;
    await writer;
    expect(saved).toBeGreaterThan(0);
    expect(check.ok).toBe(true);
    expect(checkDatabaseFile(out).ok).toBe(true);
    // The copy is one point in time: every status update in it has its audit entry.
    const Database = (await import("better-sqlite3")).default;
    const copy = new Database(out, { readonly: true });
    const updates = copy.prepare("SELECT COUNT(*) AS n FROM StatusUpdate WHERE planItemId = ?").get(item.id) as {
      n: number;
    };
    const audits = copy
      .prepare("SELECT COUNT(*) AS n FROM AuditEntry WHERE entityId = ? AND actorLabel = 'backup test'")
      .get(item.id) as { n: number };
    copy.close();
    expect(updates.n - seeded).toBe(audits.n);
    expect(audits.n).toBeLessThanOrEqual(saved);
  });

  it("restores a backup after checking it, keeping the current database beside it", async () => {
    const out = `${t.path}.restore-source.db`;
    await backupDatabase(t.path, out);
    const before = await t.db.agreement.count();
    await t.db.$disconnect();
    const { kept } = await restoreDatabase(out, t.path);
    expect(kept && existsSync(kept)).toBe(true);
    expect(checkDatabaseFile(t.path).ok).toBe(true);
    const { createPrismaClient } = await import("@/lib/server/db/prisma");
    const reopened = createPrismaClient(t.url);
    expect(await reopened.agreement.count()).toBe(before);
    await reopened.$disconnect();
  });

  it("refuses to restore a file that is not a migrated database", async () => {
    const junk = `${t.path}.junk.db`;
    writeFileSync(junk, "not a database");
    await expect(restoreDatabase(junk, `${t.path}.target.db`)).rejects.toThrow(/Refusing to restore/);
    expect(existsSync(`${t.path}.target.db`)).toBe(false);
    await expect(restoreDatabase(`${t.path}.missing.db`, `${t.path}.target.db`)).rejects.toThrow(/does not exist/);
  });
});
