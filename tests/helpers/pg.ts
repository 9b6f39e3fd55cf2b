/**
 * Test databases on a PostgreSQL server (npm run test:postgres): a migrated template
 * per run (tests/setup/global-setup.ts), and for each test file a database created
 * from it and dropped afterwards (tests/helpers/db.ts).
 */
import { randomUUID } from "node:crypto";
import pg from "pg";
import { deployMigrations } from "../../scripts/lib/migrate";

/** `serverUrl` with its database replaced by `database`. */
export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function admin<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

export async function createPgTemplate(serverUrl: string, runName: string) {
  const name = `tracker_tpl_${runName.replace(/[^a-z0-9]/gi, "").toLowerCase()}`;
  await admin(serverUrl, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${quoteIdent(name)}`);
  });
  await deployMigrations(databaseUrl(serverUrl, name));
  return {
    name,
    drop: async () => {
      await admin(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`));
    },
  };
}

/** A new database copied from the template (or migrated on the spot without one); its URL and how to drop it. */
export async function createPgTestDatabase(serverUrl: string, template: string) {
  const name = `tracker_test_${randomUUID().replaceAll("-", "")}`;
  await admin(serverUrl, (c) =>
    c.query(`CREATE DATABASE ${quoteIdent(name)}${template ? ` TEMPLATE ${quoteIdent(template)}` : ""}`),
  );
  const url = databaseUrl(serverUrl, name);
  if (!template) await deployMigrations(url);
  return {
    url,
    drop: async () => {
      await admin(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`));
    },
  };
}
