import "server-only";
/**
 * PostgreSQL behind the same `Db` as SQLite: the client generated from
 * prisma/postgres/schema.prisma (made from prisma/schema.prisma by
 * scripts/pg-schema.ts, so the models are the same) on the pg driver adapter.
 * lib/server/db/prisma.ts chooses it for a `postgres://` or `postgresql://` DATABASE_URL.
 */
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { PrismaClient } from "../../generated/prisma-pg/client";

export function isPostgresUrl(databaseUrl: string): boolean {
  return /^postgres(ql)?:\/\//i.test(databaseUrl);
}

/**
 * pg's pool settings from a URL. Spelled out rather than passed as
 * `connectionString`, because the adapter opens its shadow database for migrations
 * by overriding `database`, which a connection string would win over.
 */
export function poolConfig(databaseUrl: string): pg.PoolConfig {
  const url = new URL(databaseUrl);
  const params = url.searchParams;
  const database = decodeURIComponent(url.pathname.replace(/^\//, "")) || "postgres";
  const config: pg.PoolConfig = {
    host: params.get("host") ?? (decodeURIComponent(url.hostname) || "localhost"),
    port: url.port ? Number(url.port) : 5432,
    user: decodeURIComponent(url.username) || undefined,
    password: url.password ? decodeURIComponent(url.password) : undefined,
    database,
    // Connections per app instance; several instances share the server's max_connections.
    max: Number(params.get("connection_limit") ?? process.env.PG_POOL_SIZE ?? 10),
    idleTimeoutMillis: 30_000,
  };
  const sslmode = params.get("sslmode");
  if (sslmode && sslmode !== "disable") config.ssl = { rejectUnauthorized: sslmode === "verify-full" };
  return config;
}

/** The PostgreSQL schema (namespace) named by `?schema=` in the URL, default public. */
export function postgresSchema(databaseUrl: string): string {
  return new URL(databaseUrl).searchParams.get("schema") ?? "public";
}

export function postgresAdapter(databaseUrl: string): PrismaPg {
  const schema = postgresSchema(databaseUrl);
  return new PrismaPg(poolConfig(databaseUrl), schema === "public" ? undefined : { schema });
}

/**
 * The pg adapter refuses result columns of PostgreSQL's one-byte `"char"` type
 * (OID 18: "Unsupported column type"), and the schema engine's description of a
 * database reads several (pg_class.relkind, pg_constraint.contype…). Its values are
 * text, so the engine's connections report them as text (OID 25).
 */
const CATALOG_CHAR_OID = 18;
const TEXT_OID = 25;

function charColumnsAsText<R>(result: R): R {
  for (const res of Array.isArray(result) ? result : [result]) {
    const fields = (res as { fields?: { dataTypeID: number }[] } | undefined)?.fields;
    for (const field of fields ?? []) if (field.dataTypeID === CATALOG_CHAR_OID) field.dataTypeID = TEXT_OID;
  }
  return result;
}

class EngineClient extends pg.Client {
  // pg's query has many overloads (promise, callback, submittable); this passes every
  // form through and only rewrites the result's field types.
  override query(...args: unknown[]): never {
    const last = args.length - 1;
    const callback = args[last];
    if (typeof callback === "function") {
      args[last] = (error: unknown, result: unknown) => callback(error, error ? result : charColumnsAsText(result));
    }
    const out = (super.query as (...a: unknown[]) => unknown)(...args);
    if (typeof callback !== "function" && out instanceof Promise) return out.then(charColumnsAsText) as never;
    return out as never;
  }
}

/**
 * The adapter factory for the migration engine. The pg adapter's own shadow
 * database (where the engine replays the migrations) is dropped while its pool still
 * holds a connection to it, which PostgreSQL refuses ("is being accessed by other
 * users"): here the shadow's pool is closed first, then the database dropped.
 */
export class PostgresMigrationFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres" as const;
  readonly adapterName: string;
  readonly #config: pg.PoolConfig;
  readonly #inner: PrismaPg;

  constructor(databaseUrl: string) {
    this.#config = { ...poolConfig(databaseUrl), Client: EngineClient };
    this.#inner = new PrismaPg(this.#config);
    this.adapterName = this.#inner.adapterName;
  }

  async connect(): Promise<SqlDriverAdapter> {
    return wholeScripts(await this.#inner.connect());
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const main = await this.#inner.connect();
    const name = `prisma_shadow_${randomUUID().replaceAll("-", "")}`;
    await main.executeScript(`CREATE DATABASE "${name}"`);
    const shadow = await new PrismaPg({ ...this.#config, database: name, max: 2 }).connect();
    return wholeScripts(shadow, async () => {
      await shadow.dispose();
      try {
        await main.executeScript(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await main.dispose();
      }
    });
  }
}

/**
 * The adapter runs a script by splitting it at every `;`, which breaks a function
 * body (`$$ … ; … $$`) such as the audit trigger's. PostgreSQL runs a whole script
 * in one simple query, so the script goes to the pool as it is.
 */
function wholeScripts(
  adapter: SqlDriverAdapter & { underlyingDriver(): pg.Pool },
  dispose: () => Promise<void> = () => adapter.dispose(),
): SqlDriverAdapter {
  return {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    queryRaw: (query) => adapter.queryRaw(query),
    executeRaw: (query) => adapter.executeRaw(query),
    executeScript: async (script) => {
      await adapter.underlyingDriver().query(script);
    },
    startTransaction: (isolationLevel) => adapter.startTransaction(isolationLevel),
    getConnectionInfo: () => adapter.getConnectionInfo?.() ?? { supportsRelationJoins: true },
    dispose,
  };
}

/** A PostgreSQL client with the same extensions as the SQLite one (lib/server/db/prisma.ts passes them). */
export function createPostgresClient(databaseUrl: string, extension: unknown): unknown {
  const client = new PrismaClient({ adapter: postgresAdapter(databaseUrl) });
  return client.$extends(extension as Parameters<typeof client.$extends>[0]);
}

export type PostgresSettings = { serverVersion: number; encoding: string; collation: string };

/** What the app relies on from PostgreSQL: version 13 or later and UTF-8. Throws otherwise. */
export async function checkPostgresSettings(db: {
  $queryRawUnsafe<T>(sql: string): Promise<T>;
}): Promise<PostgresSettings> {
  const [row] = await db.$queryRawUnsafe<{ version: string; encoding: string; collation: string }[]>(
    "SELECT current_setting('server_version_num') AS version, pg_encoding_to_char(encoding) AS encoding, datcollate AS collation FROM pg_database WHERE datname = current_database()",
  );
  const settings = {
    // server_version_num is major × 10,000 + minor since PostgreSQL 10.
    serverVersion: Math.floor(Number(row?.version) / 10_000),
    encoding: row?.encoding ?? "",
    collation: row?.collation ?? "",
  };
  const problems: string[] = [];
  if (!(settings.serverVersion >= 13)) problems.push(`server version is ${settings.serverVersion}, expected ≥ 13`);
  if (settings.encoding !== "UTF8") problems.push(`encoding is ${settings.encoding}, expected UTF8`);
  if (problems.length > 0) throw new Error(`Database settings are wrong: ${problems.join("; ")}`);
  return settings;
}
