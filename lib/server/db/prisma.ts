import "server-only";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapter, SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { Prisma, PrismaClient } from "../../generated/prisma/client";
import { checkPostgresSettings, createPostgresClient, isPostgresUrl, type PostgresSettings } from "./postgres";
import { databaseProvider, onPostgres } from "./provider";

export { databaseProvider, isPostgresUrl };

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
  // A spreadsheet kept between an import's dry run and its confirmation, never edited.
  "ImportUpload",
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
 * SQLite since 3.32 accepts 32,766 bound values per statement (the better-sqlite3
 * build here is 3.5x), but the adapter does not say so and Prisma then assumes 999:
 * any read that loads a relation for more than 999 rows fails with P2029. Telling
 * Prisma the real limit lets it load relations for large lists.
 */
export const SQLITE_MAX_BIND_VALUES = 32_766;

function withBindLimit(factory: PrismaBetterSqlite3): SqlDriverAdapterFactory {
  const tell = (adapter: SqlDriverAdapter): SqlDriverAdapter => {
    const info = adapter.getConnectionInfo?.() ?? { supportsRelationJoins: false };
    return Object.assign(adapter, { getConnectionInfo: () => ({ ...info, maxBindValues: SQLITE_MAX_BIND_VALUES }) });
  };
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => tell(await factory.connect()),
  };
}

/**
 * Creates a Prisma client for DATABASE_URL: SQLite on the better-sqlite3 driver
 * adapter for a `file:` URL, PostgreSQL on the pg adapter for a `postgres://` or
 * `postgresql://` URL (lib/server/db/postgres.ts; the same models, one `Db` type). Every
 * update raises the record's `version` by one, whoever calls it, so a save based on
 * an older version can be detected by `where: { id, version }`.
 *
 * Use the singleton in lib/server/db/client.ts inside the app; scripts and tests call this.
 */
export function createPrismaClient(databaseUrl: string): Db {
  if (isPostgresUrl(databaseUrl)) {
    const client = createPostgresClient(databaseUrl, versionOnUpdate) as Db;
    postgresUrls.set(client, databaseUrl);
    return client;
  }
  return createSqliteClient(databaseUrl);
}

/** The URL behind each PostgreSQL client made here (not behind its transaction clients). */
const postgresUrls = new WeakMap<object, string>();

/**
 * The URL a PostgreSQL client connects to, for code that reads through a pool of its
 * own (lib/server/search/pg.ts); null for SQLite and transaction clients.
 */
export function postgresUrlOf(db: Db | Tx): string | null {
  return postgresUrls.get(db) ?? null;
}

/** The SQLite file behind each client made here (not behind its transaction clients). */
const sqliteFiles = new WeakMap<object, string>();

/**
 * The database file a SQLite client reads, for code that reads it through a
 * connection of its own (lib/server/db/direct.ts); null for PostgreSQL and transaction clients.
 */
export function sqliteFileOf(db: Db | Tx): string | null {
  return sqliteFiles.get(db) ?? null;
}

function createSqliteClient(databaseUrl: string) {
  const adapter = withBindLimit(new PrismaBetterSqlite3({ url: databaseUrl, timeout: BUSY_TIMEOUT_MS }));
  const client = new PrismaClient({ adapter }).$extends(versionOnUpdate);
  sqliteFiles.set(client, sqlitePath(databaseUrl));
  return client;
}

const versionOnUpdate = Prisma.defineExtension({
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

export type Db = ReturnType<typeof createSqliteClient>;
/** The client inside `db.$transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export type SqliteSettings = { journalMode: string | undefined; busyTimeoutMs: number; foreignKeys: boolean };
export type DatabaseSettings = SqliteSettings | PostgresSettings;

/**
 * Checks the settings the app relies on; throws if any is off. Called at start-up
 * and after migrations. SQLite: puts the database in WAL mode (persistent in the
 * file), with a busy timeout and foreign keys on. PostgreSQL: lib/server/db/postgres.ts.
 */
export async function checkDatabaseSettings(db: Db): Promise<DatabaseSettings> {
  if (onPostgres(db)) return checkPostgresSettings(db);
  const [journal] = await db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode = WAL");
  const [busy] = await db.$queryRawUnsafe<{ timeout: bigint | number }[]>("PRAGMA busy_timeout");
  const [fk] = await db.$queryRawUnsafe<{ foreign_keys: bigint | number }[]>("PRAGMA foreign_keys");
  const settings: SqliteSettings = {
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

/** The checked settings in one line, for logs. */
export function describeSettings(settings: DatabaseSettings): string {
  if ("serverVersion" in settings) {
    return `PostgreSQL ${settings.serverVersion}, encoding=${settings.encoding}, collation=${settings.collation}`;
  }
  return `journal_mode=${settings.journalMode}, busy_timeout=${settings.busyTimeoutMs} ms, foreign_keys=${settings.foreignKeys ? "on" : "off"}`;
}
