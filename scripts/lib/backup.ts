import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

/** What a check of a database file found. */
export type DatabaseCheck = { ok: boolean; problems: string[]; migrations: number };

/** Opens a file read-only and checks it is a sound SQLite database that this app migrated. */
export function checkDatabaseFile(file: string): DatabaseCheck {
  if (!existsSync(file)) return { ok: false, problems: [`${file} does not exist`], migrations: 0 };
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const integrity = db.pragma("integrity_check") as { integrity_check: string }[];
    const problems = integrity.map((r) => r.integrity_check).filter((r) => r !== "ok");
    const hasMigrations = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'")
      .get();
    if (!hasMigrations)
      return { ok: false, problems: [...problems, "it holds no _prisma_migrations table"], migrations: 0 };
    const { n } = db.prepare("SELECT COUNT(*) AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL").get() as {
      n: number;
    };
    return {
      ok: problems.length === 0 && n > 0,
      problems: n > 0 ? problems : [...problems, "no migration applied"],
      migrations: n,
    };
  } catch (error) {
    return { ok: false, problems: [`not a readable SQLite database: ${(error as Error).message}`], migrations: 0 };
  } finally {
    db?.close();
  }
}

/**
 * Takes a consistent copy of a live database with SQLite's online backup API: the
 * server keeps reading and writing meanwhile, and the copy is one point in time.
 * The copy is checked before this returns.
 */
export async function backupDatabase(source: string, destination: string): Promise<DatabaseCheck> {
  mkdirSync(path.dirname(destination), { recursive: true });
  const partial = `${destination}.partial`;
  rmSync(partial, { force: true });
  const db = new Database(source, { fileMustExist: true, timeout: 5000 });
  try {
    // All pages in one step, under one read transaction: a stepwise backup restarts
    // whenever another connection writes, and may never finish on a busy server.
    // In WAL mode the read does not block the writers.
    await db.backup(partial, { progress: () => 0x7fffffff });
  } finally {
    db.close();
  }
  const check = checkDatabaseFile(partial);
  if (!check.ok) {
    rmSync(partial, { force: true });
    throw new Error(`The backup failed its check: ${check.problems.join("; ")}`);
  }
  renameSync(partial, destination);
  return check;
}

/**
 * Puts a backup back in place of `target`, after checking it. The current file is
 * kept beside it (`<target>.before-restore-<time>`), so a restore can be undone.
 * Stop the server first: a running server keeps the old file open.
 */
export async function restoreDatabase(
  backup: string,
  target: string,
  now = new Date(),
): Promise<{ kept: string | null }> {
  const check = checkDatabaseFile(backup);
  if (!check.ok) throw new Error(`Refusing to restore ${backup}: ${check.problems.join("; ")}`);
  let kept: string | null = null;
  if (existsSync(target)) {
    kept = `${target}.before-restore-${now.toISOString().replace(/[:.]/g, "-")}`;
    const current = new Database(target, { fileMustExist: true, timeout: 5000 });
    try {
      await current.backup(kept, { progress: () => 0x7fffffff });
    } finally {
      current.close();
    }
  }
  for (const suffix of ["-wal", "-shm"]) rmSync(`${target}${suffix}`, { force: true });
  const staged = `${target}.restoring`;
  copyFileSync(backup, staged);
  renameSync(staged, target);
  const after = checkDatabaseFile(target);
  if (!after.ok) throw new Error(`The restored file failed its check: ${after.problems.join("; ")}`);
  return { kept };
}
