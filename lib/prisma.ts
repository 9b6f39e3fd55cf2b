import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/prisma/client";

/**
 * Models without a `version` column: join rows and the append-only audit log.
 * Every other model is versioned for optimistic concurrency.
 */
const UNVERSIONED_MODELS = new Set([
  "AgreementTopic",
  "DialogueParticipant",
  "MeetingParticipant",
  "MeetingReview",
  "EventParticipant",
  "AuditEntry",
  // Better Auth's own tables, which it writes without knowing about versions.
  "Session",
  "Account",
  "Verification",
  "SignInThrottle",
]);

export const BUSY_TIMEOUT_MS = 5000;

/** Resolves a `file:` URL relative to the working directory, as Prisma's CLI does. */
export function sqlitePath(databaseUrl: string): string {
  if (!databaseUrl.startsWith("file:")) {
    throw new Error(`DATABASE_URL must be a file: URL for SQLite, got "${databaseUrl}"`);
  }
  return databaseUrl.slice("file:".length);
}

/**
 * Creates a Prisma client on the better-sqlite3 driver adapter. Every update raises
 * the record's `version` by one, whoever calls it, so a save based on an older
 * version can be detected by `where: { id, version }`.
 *
 * Use the singleton in lib/db.ts inside the app; scripts and tests call this.
 */
export function createPrismaClient(databaseUrl: string) {
  const adapter = new PrismaBetterSqlite3({ url: databaseUrl, timeout: BUSY_TIMEOUT_MS });
  return new PrismaClient({ adapter }).$extends({
    name: "version-on-update",
    query: {
      $allModels: {
        update({ model, args, query }) {
          if (!UNVERSIONED_MODELS.has(model)) {
            args.data = { ...args.data, version: { increment: 1 } };
          }
          return query(args);
        },
        updateMany({ model, args, query }) {
          if (!UNVERSIONED_MODELS.has(model)) {
            args.data = { ...args.data, version: { increment: 1 } };
          }
          return query(args);
        },
        upsert({ model, args, query }) {
          if (!UNVERSIONED_MODELS.has(model)) {
            args.update = { ...args.update, version: { increment: 1 } };
          }
          return query(args);
        },
      },
    },
  });
}

export type Db = ReturnType<typeof createPrismaClient>;
/** The client inside `db.$transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/**
 * Puts the database in WAL mode (persistent in the file) and checks the settings
 * the app relies on. Called at start-up and after migrations; throws if any is off.
 */
export async function checkDatabaseSettings(db: Db) {
  const [journal] = await db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode = WAL");
  const [busy] = await db.$queryRawUnsafe<{ timeout: bigint | number }[]>("PRAGMA busy_timeout");
  const [fk] = await db.$queryRawUnsafe<{ foreign_keys: bigint | number }[]>("PRAGMA foreign_keys");
  const settings = {
    journalMode: journal?.journal_mode,
    busyTimeoutMs: Number(busy?.timeout),
    foreignKeys: Number(fk?.foreign_keys) === 1,
  };
  const problems: string[] = [];
  if (settings.journalMode !== "wal") problems.push(`journal_mode is ${settings.journalMode}, expected wal`);
  if (!(settings.busyTimeoutMs >= 1000)) problems.push(`busy_timeout is ${settings.busyTimeoutMs} ms, expected ≥ 1000`);
  if (!settings.foreignKeys) problems.push("foreign_keys is off");
  if (problems.length > 0) throw new Error(`Database settings are wrong: ${problems.join("; ")}`);
  return settings;
}
