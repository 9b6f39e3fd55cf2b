/**
 * Copies a SQLite database into PostgreSQL: for moving an installation from one
 * machine to several (docs/deploy.md), and for benchmarking the same data on both.
 *
 *   npm run db:copy-to-postgres -- --from file:./data/tracker.db --to postgresql://user@host:5432/tracker
 *
 * The target is migrated first and must hold no records (it refuses otherwise).
 * Every table of the schema is copied row by row in one transaction, parents before
 * children (a self-reference is filled in afterwards); the audit log keeps its
 * entries exactly; the search index is rebuilt and the tables analysed at the end. The source is opened
 * read-only, so the server may keep running on it, but stop writes for the copy to
 * be complete.
 */
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import pg from "pg";
import { createPrismaClient, isPostgresUrl, sqlitePath } from "../lib/server/db/prisma";
import { indexAllRecords } from "../lib/server/search";
import { PG_SEARCH_TABLE } from "../lib/server/search/pg-tables";
import { deployMigrations } from "./lib/migrate";

process.env.CHECKPOINT_DISABLE ??= "1";
const { values } = parseArgs({ options: { from: { type: "string" }, to: { type: "string" } } });
if (!values.from?.startsWith("file:") || !values.to || !isPostgresUrl(values.to)) {
  console.error("Usage: npm run db:copy-to-postgres -- --from file:SQLITE_FILE --to postgresql://…");
  process.exit(2);
}
const from = values.from;
const to = values.to;
const started = performance.now();

await deployMigrations(to);
const source = new Database(sqlitePath(from), { readonly: true, fileMustExist: true });
const target = new pg.Client({ connectionString: to });
await target.connect();

type Column = { name: string; type: string };
const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

try {
  const tables = (
    await target.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables
        WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
          AND table_name NOT IN ('_prisma_migrations', $1)`,
      [PG_SEARCH_TABLE],
    )
  ).rows.map((r) => r.name);
  const columns = new Map<string, Column[]>();
  for (const table of tables) {
    const { rows } = await target.query<{ name: string; type: string }>(
      `SELECT column_name AS name, data_type AS type FROM information_schema.columns
        WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position`,
      [table],
    );
    columns.set(table, rows);
  }
  const { rows: fks } = await target.query<{ child: string; parent: string; column: string }>(
    `SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent, a.attname AS column
       FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
      WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace`,
  );
  const unquote = (name: string) => name.replace(/^"(.*)"$/, "$1");

  // Parents before children; a table's references to itself are set in a second pass.
  const order: string[] = [];
  const pending = new Set(tables);
  while (pending.size > 0) {
    const ready = [...pending].filter((t) =>
      fks.every((fk) => unquote(fk.child) !== t || unquote(fk.parent) === t || !pending.has(unquote(fk.parent))),
    );
    if (ready.length === 0) throw new Error(`Circular references between ${[...pending].join(", ")}`);
    for (const t of ready.sort()) {
      order.push(t);
      pending.delete(t);
    }
  }

  const existing = await target.query<{ n: string }>(`SELECT count(*) AS n FROM "Agreement"`);
  if (Number(existing.rows[0]?.n) > 0)
    throw new Error("The target already holds records: copy into an empty database.");

  const convert = (value: unknown, type: string): unknown => {
    if (value === null || value === undefined) return null;
    if (type === "boolean") return value === 1 || value === 1n || value === true || value === "1";
    if (type.startsWith("timestamp")) {
      return typeof value === "number" || typeof value === "bigint" ? new Date(Number(value)) : value;
    }
    if (typeof value === "bigint") return value.toString();
    return value;
  };

  await target.query("BEGIN");
  const counts: Record<string, number> = {};
  for (const table of order) {
    const cols = columns.get(table) ?? [];
    const selfRefs = fks
      .filter((fk) => unquote(fk.child) === table && unquote(fk.parent) === table)
      .map((fk) => fk.column);
    const rows = source
      .prepare(`SELECT ${cols.map((c) => quote(c.name)).join(", ")} FROM ${quote(table)}`)
      .all() as Record<string, unknown>[];
    const batch = Math.max(1, Math.floor(30_000 / cols.length));
    for (let i = 0; i < rows.length; i += batch) {
      const chunk = rows.slice(i, i + batch);
      const params: unknown[] = [];
      const tuples = chunk.map((row) => {
        const slots = cols.map((c) => {
          params.push(selfRefs.includes(c.name) ? null : convert(row[c.name], c.type));
          return `$${params.length}`;
        });
        return `(${slots.join(", ")})`;
      });
      await target.query(
        `INSERT INTO ${quote(table)} (${cols.map((c) => quote(c.name)).join(", ")}) VALUES ${tuples.join(", ")}`,
        params,
      );
    }
    for (const column of selfRefs) {
      const key = cols.some((c) => c.name === "id") ? "id" : null;
      if (!key) throw new Error(`${table}.${column} refers to its own table without an id column`);
      for (const row of rows) {
        if (row[column] === null || row[column] === undefined) continue;
        await target.query(`UPDATE ${quote(table)} SET ${quote(column)} = $1 WHERE "id" = $2`, [row[column], row.id]);
      }
    }
    counts[table] = rows.length;
  }
  await target.query("COMMIT");
  // Fresh statistics for the planner: autovacuum would get there, but not before the first readers.
  await target.query("ANALYZE");

  const db = createPrismaClient(to);
  try {
    const indexed = await indexAllRecords(db);
    console.log(`Indexed ${indexed} records for search`);
  } finally {
    await db.$disconnect();
  }
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  console.log(
    `Copied ${total} rows in ${order.length} tables in ${Math.round(performance.now() - started)} ms: ` +
      order.map((t) => `${t} ${counts[t]}`).join(", "),
  );
} catch (error) {
  await target.query("ROLLBACK").catch(() => {});
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await target.end();
  source.close();
}
