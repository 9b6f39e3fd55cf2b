/**
 * `npm run db:backup [-- --out FILE]`: a consistent online copy of the database,
 * safe while the server runs (default: data/backups/<name>-<time>.db).
 * `npm run db:restore -- FILE`: checks FILE, keeps the current database beside it,
 * and puts FILE in its place. Stop the server before restoring.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { isPostgresUrl, sqlitePath } from "../lib/server/db/prisma";
import { backupDatabase, restoreDatabase } from "./lib/backup";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: "string" } },
});
const [command, file] = positionals;
if (isPostgresUrl(process.env.DATABASE_URL ?? "")) {
  console.error(
    "db:backup and db:restore copy a SQLite file. On PostgreSQL use pg_dump and pg_restore (docs/deploy.md).",
  );
  process.exit(2);
}
const database = path.resolve(sqlitePath(process.env.DATABASE_URL ?? "file:./data/tracker.db"));

try {
  if (command === "backup") {
    const stamp = new Date().toISOString().replace(/[:.]/g, "-");
    const out = path.resolve(
      values.out ?? path.join(path.dirname(database), "backups", `${path.basename(database, ".db")}-${stamp}.db`),
    );
    const check = await backupDatabase(database, out);
    console.log(`Backed up ${database} to ${out} (integrity ok, ${check.migrations} migrations).`);
  } else if (command === "restore") {
    if (!file) throw new Error("Name the backup to restore: npm run db:restore -- data/backups/tracker-….db");
    const { kept } = await restoreDatabase(path.resolve(file), database);
    console.log(`Restored ${file} to ${database}.${kept ? ` The previous database is kept at ${kept}.` : ""}`);
  } else {
    throw new Error("Usage: tsx scripts/db-backup.ts backup [--out FILE] | restore FILE");
  }
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
