/**
 * Prisma migrations without Prisma's native schema engine.
 *
 * The `prisma migrate` commands need a native engine that Prisma downloads on first
 * use, and our machines cannot reach Prisma's servers. The same engine, compiled to
 * WebAssembly, ships on npm as `@prisma/schema-engine-wasm`; it talks to the database
 * through a driver adapter instead of its own drivers. This module drives it over the
 * better-sqlite3 adapter and reads and writes the standard files
 * (`prisma/migrations/<timestamp>_<name>/migration.sql`, `migration_lock.toml`) and
 * the standard `_prisma_migrations` table, so the ordinary Prisma CLI can take over
 * wherever it can download its engine. See
 * docs/decisions/0001-migrations-without-native-engine.md.
 *
 * scripts/db-migrate.ts is the command line over this module; tests call it directly.
 */
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type Transaction,
} from "@prisma/driver-adapter-utils";
import type {
  MigrationDirectory,
  MigrationList,
  SchemaEngine,
  SchemaFilter,
  SchemasContainer,
} from "@prisma/schema-engine-wasm";
import * as glue from "@prisma/schema-engine-wasm/schema_engine_bg";
import { PostgresMigrationFactory, postgresSchema } from "../../lib/server/db/postgres";
import {
  BUSY_TIMEOUT_MS,
  checkDatabaseSettings,
  createPrismaClient,
  isPostgresUrl,
  sqlitePath,
} from "../../lib/server/db/prisma";
import { PG_EXTERNAL_TABLES } from "../../lib/server/search/pg-tables";
import prismaConfig from "../../prisma.config";
import { POSTGRES_MIGRATIONS, POSTGRES_SCHEMA } from "./pg-schema";

export const DEFAULT_DATABASE_URL = "file:./data/tracker.db";

/**
 * The repository root, found from this file so that scripts and tests agree on it
 * whatever their cwd. Paths in prisma.config.ts are relative to it, as for the CLI.
 */
const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));

/**
 * Where the schema and migrations live, and which tables the migrations leave alone.
 * Every field defaults to prisma.config.ts, which the ordinary Prisma CLI reads too.
 */
export interface MigrateOptions {
  /** The Prisma schema. Default: `schema` in prisma.config.ts. */
  schemaPath?: string;
  /** The migrations folder. Default: `migrations.path` in prisma.config.ts. */
  migrationsDir?: string;
  /**
   * Tables the migrations neither create nor drop nor count as drift (full-text
   * search tables made outside Prisma). Default: `tables.external` in prisma.config.ts.
   */
  externalTables?: string[];
  /** Receives progress lines; silent by default. */
  log?: (line: string) => void;
  /** Receives the engine's own debug output (JSON lines, very verbose); off by default. */
  engineLog?: (line: string) => void;
}

interface ResolvedOptions {
  schemaPath: string;
  migrationsDir: string;
  filters: SchemaFilter;
  shadowDbInitScript: string;
  log: (line: string) => void;
  engineLog: (line: string) => void;
}

/**
 * The options for a database URL: on PostgreSQL the schema made from ours
 * (prisma/postgres/schema.prisma, see scripts/lib/pg-schema.ts), its own migrations folder
 * and its own tables outside the migrations (lib/server/search/pg.ts's index).
 */
function resolveOptions(options: MigrateOptions = {}, databaseUrl?: string): ResolvedOptions {
  const fromConfig = (relative: string | undefined, fallback: string) => path.resolve(REPO_ROOT, relative ?? fallback);
  if (databaseUrl && isPostgresUrl(databaseUrl)) {
    return {
      schemaPath: path.resolve(options.schemaPath ?? path.join(REPO_ROOT, POSTGRES_SCHEMA)),
      migrationsDir: path.resolve(options.migrationsDir ?? path.join(REPO_ROOT, POSTGRES_MIGRATIONS)),
      filters: { externalTables: options.externalTables ?? PG_EXTERNAL_TABLES, externalEnums: [] },
      shadowDbInitScript: "",
      log: options.log ?? (() => {}),
      engineLog: options.engineLog ?? (() => {}),
    };
  }
  return {
    schemaPath: path.resolve(options.schemaPath ?? fromConfig(prismaConfig.schema, "prisma/schema.prisma")),
    migrationsDir: path.resolve(
      options.migrationsDir ?? fromConfig(prismaConfig.migrations?.path, "prisma/migrations"),
    ),
    filters: {
      externalTables: options.externalTables ?? prismaConfig.tables?.external ?? [],
      externalEnums: prismaConfig.enums?.external ?? [],
    },
    shadowDbInitScript: prismaConfig.migrations?.initShadowDb ?? "",
    log: options.log ?? (() => {}),
    engineLog: options.engineLog ?? (() => {}),
  };
}

// ---------------------------------------------------------------- loading the engine

/**
 * The Wasm glue calls `global.PRISMA_WASM_PANIC_REGISTRY.set_message(…)` when the
 * engine panics, and crashes on a missing registry instead of reporting the panic.
 * Keeping the message lets us show it.
 */
class WasmPanicRegistry {
  message = "";
  set_message(value: string) {
    this.message = `RuntimeError: ${value}`;
  }
}
declare global {
  var PRISMA_WASM_PANIC_REGISTRY: WasmPanicRegistry | undefined;
}

let engineModule: Promise<typeof glue> | undefined;

/**
 * The engine starts a 60-second timer during a migration (a timeout it races some
 * step against) and never clears it, so a finished command would wait a minute
 * before Node exits. We hand the engine a setTimeout that remembers its timers, and
 * clear them once no engine is running (see withEngine).
 */
const engineTimers = new Set<ReturnType<typeof setTimeout>>();
let runningEngines = 0;

function trackedSetTimeout(callback: () => void, ms: number): ReturnType<typeof setTimeout> {
  const timer = setTimeout(() => {
    engineTimers.delete(timer);
    callback();
  }, ms >>> 0);
  engineTimers.add(timer);
  return timer;
}

function clearEngineTimers(): void {
  for (const timer of engineTimers) clearTimeout(timer);
  engineTimers.clear();
}

/**
 * Instantiates the engine's WebAssembly once per process.
 *
 * The package's entry point does `import * as wasm from "./schema_engine_bg.wasm"`,
 * which Node only accepts behind --experimental-wasm-modules. So we do by hand what
 * that entry point does: instantiate the .wasm with the glue module as its import,
 * hand the instance to the glue, and run the Rust start function.
 */
function loadEngineModule(): Promise<typeof glue> {
  engineModule ??= (async () => {
    globalThis.PRISMA_WASM_PANIC_REGISTRY ??= new WasmPanicRegistry();
    const require = createRequire(import.meta.url);
    const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
    // The glue's exports are the Wasm module's imports. Their names carry a build
    // hash (`__wbg_setTimeout_5d6a…`), hence the match on the prefix.
    const imports: Record<string, unknown> = { ...glue };
    for (const name of Object.keys(imports)) {
      if (name.startsWith("__wbg_setTimeout_")) imports[name] = trackedSetTimeout;
    }
    const { instance } = await WebAssembly.instantiate(bytes, {
      "./schema_engine_bg.js": imports as WebAssembly.ModuleImports,
    });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue;
  })();
  return engineModule;
}

/** The engine's version (the prisma-engines commit it was built from). */
export async function engineVersion(): Promise<string> {
  return (await loadEngineModule()).version();
}

// ---------------------------------------------------------------- the driver adapter

/** better-sqlite3's refusal to prepare a script: nothing has run when it throws. */
function isMultiStatementError(error: unknown): boolean {
  return error instanceof RangeError && error.message.includes("more than one statement");
}

/**
 * When the engine replays the migrations into the shadow database, it sends each
 * whole migration.sql as one `executeRaw` without arguments. better-sqlite3 prepares
 * one statement at a time and refuses such a script, so we catch that refusal (it
 * happens before anything runs) and run the script with `executeScript`
 * (better-sqlite3's `exec`) on the same connection. Everything with arguments, and
 * every single statement, goes through unchanged.
 */
async function executeRawOrScript(
  queryable: SqlDriverAdapter | Transaction,
  query: SqlQuery,
  connection: SqlDriverAdapter,
): Promise<number> {
  try {
    return await queryable.executeRaw(query);
  } catch (error) {
    if (query.args.length > 0 || !isMultiStatementError(error)) throw error;
    await connection.executeScript(query.sql);
    return 0;
  }
}

// The wrappers below delegate method by method, rather than through a prototype,
// because the adapter's classes keep their state in private (#) fields, which only
// work when the method is called on the original object.

/** A connection whose `executeRaw`, and its transactions', accept scripts. */
function acceptScripts(adapter: SqlDriverAdapter): SqlDriverAdapter {
  return {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    queryRaw: (query) => adapter.queryRaw(query),
    executeRaw: (query) => executeRawOrScript(adapter, query, adapter),
    executeScript: (script) => adapter.executeScript(script),
    startTransaction: async (isolationLevel) =>
      transactionAcceptingScripts(await adapter.startTransaction(isolationLevel), adapter),
    getConnectionInfo: adapter.getConnectionInfo?.bind(adapter),
    dispose: () => adapter.dispose(),
  };
}

function transactionAcceptingScripts(transaction: Transaction, connection: SqlDriverAdapter): Transaction {
  return {
    provider: transaction.provider,
    adapterName: transaction.adapterName,
    options: transaction.options,
    queryRaw: (query) => transaction.queryRaw(query),
    executeRaw: (query) => executeRawOrScript(transaction, query, connection),
    commit: () => transaction.commit(),
    rollback: () => transaction.rollback(),
    createSavepoint: transaction.createSavepoint?.bind(transaction),
    rollbackToSavepoint: transaction.rollbackToSavepoint?.bind(transaction),
    releaseSavepoint: transaction.releaseSavepoint?.bind(transaction),
  };
}

/**
 * The better-sqlite3 adapter factory, with scripts accepted, and every connection it
 * opens remembered so we can close them all: the engine does not close its
 * connections when it is freed, and an open handle would keep the file (and its WAL)
 * busy.
 */
class MigrationAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider: "sqlite" | "postgres";
  readonly adapterName: string;
  readonly #inner: SqlMigrationAwareDriverAdapterFactory;
  readonly #open: SqlDriverAdapter[] = [];

  constructor(databaseUrl: string) {
    // The shadow database, where the engine replays the migrations to learn what
    // they produce, is an in-memory database on SQLite: nothing to clean up. On
    // PostgreSQL the pg adapter creates a temporary database and drops it on dispose.
    this.#inner = isPostgresUrl(databaseUrl)
      ? new PostgresMigrationFactory(databaseUrl)
      : new PrismaBetterSqlite3({ url: databaseUrl, timeout: BUSY_TIMEOUT_MS }, { shadowDatabaseUrl: ":memory:" });
    this.provider = this.#inner.provider as "sqlite" | "postgres";
    this.adapterName = this.#inner.adapterName;
  }

  async connect(): Promise<SqlDriverAdapter> {
    return this.#remember(await this.#inner.connect());
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    return this.#remember(await this.#inner.connectToShadowDb());
  }

  #remember(adapter: SqlDriverAdapter): SqlDriverAdapter {
    this.#open.push(adapter);
    return acceptScripts(adapter);
  }

  async disposeAll(): Promise<void> {
    const open = this.#open.splice(0);
    await Promise.allSettled(open.map((adapter) => adapter.dispose()));
  }
}

// ---------------------------------------------------------------- engine sessions

/** An error from the engine, with Prisma's error code (P1014, P3005…) when it gives one. */
export class MigrateError extends Error {
  readonly code: string | undefined;
  constructor(message: string, code?: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "MigrateError";
    this.code = code;
  }
}

/** Turns whatever the engine threw (an Error, a plain object, a panic) into a MigrateError. */
function toMigrateError(error: unknown): MigrateError {
  if (error instanceof MigrateError) return error;
  const record = (typeof error === "object" && error !== null ? error : {}) as Record<string, unknown>;
  const code =
    typeof record.code === "string"
      ? record.code
      : typeof record.error_code === "string"
        ? record.error_code
        : undefined;
  let message =
    error instanceof Error ? error.message : typeof record.message === "string" ? record.message : String(error);
  const panic = globalThis.PRISMA_WASM_PANIC_REGISTRY?.message;
  if (error instanceof WebAssembly.RuntimeError && panic) message = `${message} (engine panic: ${panic})`;
  return new MigrateError(message, code, { cause: error });
}

interface Session {
  engine: SchemaEngine;
  /** The schema the engine was started with, for the commands that take it again. */
  schema: SchemasContainer;
}

/**
 * Starts the engine on `databaseUrl` with our schema, runs `work`, and always frees
 * the engine and closes every connection it opened, even when `work` throws.
 */
async function withEngine<T>(
  databaseUrl: string,
  options: ResolvedOptions,
  work: (session: Session) => Promise<T>,
): Promise<T> {
  const { SchemaEngine } = await loadEngineModule();
  const schema: SchemasContainer = {
    files: [{ path: options.schemaPath, content: await readFile(options.schemaPath, "utf8") }],
  };
  const factory = new MigrationAdapterFactory(databaseUrl);
  let engine: SchemaEngine | undefined;
  runningEngines += 1;
  try {
    engine = await SchemaEngine.new(
      { datamodels: schema.files.map((file) => [file.path, file.content]) },
      (line: string) => options.engineLog(line),
      // The engine expects the error-capturing wrapper: it keeps the JS errors our
      // adapter throws in a registry and hands the engine an id instead.
      bindMigrationAwareSqlAdapterFactory(factory),
    );
    return await work({ engine, schema });
  } catch (error) {
    throw toMigrateError(error);
  } finally {
    engine?.free();
    await factory.disposeAll();
    runningEngines -= 1;
    if (runningEngines === 0) clearEngineTimers();
  }
}

// ---------------------------------------------------------------- the migrations folder

const LOCKFILE = "migration_lock.toml";
const MIGRATION_FILE = "migration.sql";

/**
 * Reads the migrations folder the way Prisma's CLI does: the lock file if any, and
 * every sub-folder with its migration.sql (a missing file is reported by the engine),
 * sorted by name, i.e. by timestamp.
 */
export async function readMigrationsList(migrationsDir: string, shadowDbInitScript = ""): Promise<MigrationList> {
  const lockfileContent = await readFile(path.join(migrationsDir, LOCKFILE), "utf8").catch(() => null);
  const entries = await readdir(migrationsDir, { withFileTypes: true }).catch(() => []);
  const migrationDirectories: MigrationDirectory[] = [];
  for (const entry of entries) {
    if (!entry.isDirectory()) continue;
    const content = await readFile(path.join(migrationsDir, entry.name, MIGRATION_FILE), "utf8").then(
      (value) => ({ tag: "ok" as const, value }),
      (error: Error) => ({ tag: "error" as const, value: error.message }),
    );
    migrationDirectories.push({ path: entry.name, migrationFile: { path: MIGRATION_FILE, content } });
  }
  migrationDirectories.sort((a, b) => a.path.localeCompare(b.path));
  return {
    baseDir: migrationsDir,
    lockfile: { path: LOCKFILE, content: lockfileContent },
    shadowDbInitScript,
    migrationDirectories,
  };
}

/** The names of the migrations in the folder, oldest first. */
export async function listMigrations(options: MigrateOptions = {}): Promise<string[]> {
  const { migrationsDir } = resolveOptions(options);
  return (await readMigrationsList(migrationsDir)).migrationDirectories.map((dir) => dir.path);
}

async function writeMigration(
  migrationsDir: string,
  name: string,
  extension: string,
  script: string,
  provider: string,
): Promise<string> {
  const dir = path.join(migrationsDir, name);
  if (existsSync(dir)) throw new MigrateError(`The migration folder already exists: ${dir}`);
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `migration.${extension}`);
  await writeFile(file, script, "utf8");
  // The same text Prisma's CLI writes, so that its checks accept the folder.
  await writeFile(
    path.join(migrationsDir, LOCKFILE),
    `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${provider}"\n`,
    "utf8",
  );
  return file;
}

// ---------------------------------------------------------------- commands

/** The SQLite file behind a `file:` URL, and its folder created if missing; a PostgreSQL URL as it is. */
async function prepareDatabaseFile(databaseUrl: string): Promise<string> {
  if (isPostgresUrl(databaseUrl)) return databaseUrl.replace(/:\/\/([^:/@]*):[^@]*@/, "://$1:***@");
  const file = sqlitePath(databaseUrl);
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  return file;
}

export interface DeployResult {
  /** The SQLite file, or the PostgreSQL URL without its password. */
  path: string;
  /** Migrations applied by this call, oldest first; empty when the database was up to date. */
  applied: string[];
  /** The settings checked afterwards by checkDatabaseSettings. */
  settings: Awaited<ReturnType<typeof checkDatabaseSettings>>;
  durationMs: number;
}

/**
 * Applies the pending migrations (none on a second run), creating the database file
 * and its folder if missing; then puts the database in WAL mode and checks its
 * settings. What `prisma migrate deploy` does; safe in production.
 */
export async function deployMigrations(
  databaseUrl: string = DEFAULT_DATABASE_URL,
  options: MigrateOptions = {},
): Promise<DeployResult> {
  const started = performance.now();
  const resolved = resolveOptions(options, databaseUrl);
  const file = await prepareDatabaseFile(databaseUrl);
  const applied = await withEngine(databaseUrl, resolved, async ({ engine }) => {
    const migrationsList = await readMigrationsList(resolved.migrationsDir, resolved.shadowDbInitScript);
    const result = await engine.applyMigrations({ migrationsList, filters: resolved.filters });
    return result.appliedMigrationNames;
  });
  for (const name of applied) resolved.log(`Applied ${name}`);
  const settings = await checkSettings(databaseUrl);
  return { path: file, applied, settings, durationMs: Math.round(performance.now() - started) };
}

async function checkSettings(databaseUrl: string) {
  const db = createPrismaClient(databaseUrl);
  try {
    return await checkDatabaseSettings(db);
  } finally {
    await db.$disconnect();
  }
}

export interface CreateMigrationOptions extends MigrateOptions {
  /** Write the migration but do not apply it; writes an empty one if nothing changed (for hand-written SQL). */
  createOnly?: boolean;
  /** Apply a migration that drops data or cannot run on the current data; refused otherwise. */
  acceptDataLoss?: boolean;
}

export interface CreateMigrationResult {
  /** The new migration folder's name, or null when the schema had no changes. */
  created: string | null;
  /** The new migration.sql. */
  file: string | null;
  /** Migrations applied by this call (pending ones and the new one), oldest first. */
  applied: string[];
  /** Data-loss warnings for the new migration. */
  warnings: string[];
}

/**
 * `prisma migrate dev --name X`: brings the development database up to date, writes
 * a migration from the difference between the migrations and the schema, and applies
 * it (unless `createOnly`).
 */
export async function createMigration(
  databaseUrl: string,
  name: string,
  options: CreateMigrationOptions = {},
): Promise<CreateMigrationResult> {
  if (!/^[a-z0-9_]+$/i.test(name)) throw new MigrateError(`A migration name is letters, digits and _: got "${name}"`);
  const resolved = resolveOptions(options, databaseUrl);
  await prepareDatabaseFile(databaseUrl);
  return withEngine(databaseUrl, resolved, async ({ engine, schema }) => {
    const { filters, migrationsDir } = resolved;
    let migrationsList = await readMigrationsList(migrationsDir, resolved.shadowDbInitScript);

    // The pending migrations first. This also creates `_prisma_migrations` in a new
    // database: devDiagnostic fails with P1014 on a database without it.
    const applied = (await engine.applyMigrations({ migrationsList, filters })).appliedMigrationNames;

    // Is the database what the migrations produce? If not (edited migrations, changes
    // made by hand), a new migration would be written against the wrong base. The
    // engine also needs this call before createMigration: it sets up the shadow
    // database that createMigration replays the history into.
    const { action } = await engine.devDiagnostic({ migrationsList, filters });
    if (action.tag === "reset") {
      throw new MigrateError(
        `The database does not match the migrations: ${action.reason}\n` +
          "Reset the development database (npm run db:reset -- --force) and run again.",
      );
    }

    const warnings: string[] = [];
    if (!options.createOnly) {
      const loss = await engine.evaluateDataLoss({ migrationsList, schema, filters });
      warnings.push(...loss.warnings.map((w) => w.message));
      const blockers = loss.unexecutableSteps.map((s) => s.message);
      if ((blockers.length > 0 || warnings.length > 0) && !options.acceptDataLoss) {
        const problems = [...blockers, ...warnings].map((line) => `  - ${line}`).join("\n");
        throw new MigrateError(
          `This migration would lose data or cannot run on the current data:\n${problems}\n` +
            "Use --create-only to write it and edit it, or --accept-data-loss to apply it.",
        );
      }
    }

    const created = await engine.createMigration({
      migrationName: name,
      draft: options.createOnly ?? false,
      migrationsList,
      schema,
      filters,
    });
    if (created.migrationScript === null) {
      return { created: null, file: null, applied, warnings };
    }
    const file = await writeMigration(
      migrationsDir,
      created.generatedMigrationName,
      created.extension,
      created.migrationScript,
      created.connectorType,
    );
    resolved.log(`Wrote ${path.relative(process.cwd(), file)}`);

    if (!options.createOnly) {
      migrationsList = await readMigrationsList(migrationsDir, resolved.shadowDbInitScript);
      applied.push(...(await engine.applyMigrations({ migrationsList, filters })).appliedMigrationNames);
    }
    return { created: created.generatedMigrationName, file, applied, warnings };
  });
}

export interface DiffResult {
  /** True when the migrations produce exactly the schema. */
  clean: boolean;
  /** The SQL that would bring the migrations to the schema; empty when clean. */
  sql: string;
}

/**
 * Compares what the migrations produce (replayed into an in-memory database) with
 * prisma/schema.prisma. A drift check for CI: touches no database file.
 *
 * With a PostgreSQL `databaseUrl`, compares prisma/postgres/migrations with
 * prisma/postgres/schema.prisma instead: the engine replays them into a temporary
 * database on that server (created and dropped; the database itself is not touched).
 */
export async function diffMigrations(options: MigrateOptions & { databaseUrl?: string } = {}): Promise<DiffResult> {
  const databaseUrl = options.databaseUrl ?? "file::memory:";
  const resolved = resolveOptions(options, databaseUrl);
  // The engine needs a connection even for a diff between files; an in-memory one on SQLite.
  return withEngine(databaseUrl, resolved, async ({ engine, schema }) => {
    const migrationsList = await readMigrationsList(resolved.migrationsDir, resolved.shadowDbInitScript);
    const result = await engine.diff({
      // With no migrations yet the engine cannot tell the database kind from the
      // folder (no migration_lock.toml), so compare with an empty database instead.
      from:
        migrationsList.migrationDirectories.length > 0 ? { tag: "migrations", ...migrationsList } : { tag: "empty" },
      to: { tag: "schemaDatamodel", ...schema },
      script: true,
      exitCode: true,
      filters: resolved.filters,
    });
    // With `exitCode`, the engine answers 2 when there is a difference.
    const clean = result.exitCode === 0;
    return { clean, sql: clean ? "" : (result.stdout ?? "").trim() };
  });
}

/** The SQLite file and its companions that `resetDatabase` deletes (none on PostgreSQL). */
export function databaseFiles(databaseUrl: string): string[] {
  if (isPostgresUrl(databaseUrl)) return [];
  const file = sqlitePath(databaseUrl);
  return [file, `${file}-wal`, `${file}-shm`, `${file}-journal`];
}

/**
 * Deletes the SQLite file (and its -wal, -shm and -journal) and deploys again: every
 * row is lost. On SQLite this is simpler and surer than dropping every table.
 */
export async function resetDatabase(databaseUrl: string, options: MigrateOptions = {}): Promise<DeployResult> {
  if (isPostgresUrl(databaseUrl)) {
    // PostgreSQL: drop the schema (namespace) with everything in it, then deploy.
    const namespace = postgresSchema(databaseUrl).replaceAll('"', '""');
    const db = createPrismaClient(databaseUrl);
    try {
      await db.$executeRawUnsafe(`DROP SCHEMA IF EXISTS "${namespace}" CASCADE`);
      await db.$executeRawUnsafe(`CREATE SCHEMA "${namespace}"`);
    } finally {
      await db.$disconnect();
    }
    return deployMigrations(databaseUrl, options);
  }
  for (const file of databaseFiles(databaseUrl)) await rm(file, { force: true });
  return deployMigrations(databaseUrl, options);
}
