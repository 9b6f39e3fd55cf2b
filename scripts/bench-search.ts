/**
 * The search module's time on the scale database, in process (scripts/lib/search-bench.ts):
 * a markdown table for SQLite and, given a PostgreSQL URL (a copy of the same
 * database: docs/deploy.md), one for PostgreSQL. Exits 1 when a query misses its target.
 *
 *   npx tsx --conditions=react-server scripts/bench-search.ts [--sqlite file:./data/scale.db] [--database-url postgresql://…] [--runs 40]
 */
import { existsSync } from "node:fs";
import os from "node:os";
import { parseArgs } from "node:util";
import { createPrismaClient, sqlitePath } from "../lib/server/db/prisma";
import { searchFigures, searchTable } from "./lib/search-bench";

process.env.CHECKPOINT_DISABLE ??= "1";
const { values } = parseArgs({
  options: {
    sqlite: { type: "string", default: "file:./data/scale.db" },
    "database-url": { type: "string" },
    runs: { type: "string", default: "40" },
  },
});
const runs = Number(values.runs);
if (!(Number.isInteger(runs) && runs > 0)) throw new Error(`--runs must be a positive integer, got ${values.runs}`);
if (!existsSync(sqlitePath(values.sqlite))) {
  console.error(`No database at ${values.sqlite}: npm run seed:scale first.`);
  process.exit(2);
}

const databases: [string, string][] = [["SQLite", values.sqlite]];
if (values["database-url"]) databases.push(["PostgreSQL", values["database-url"]]);

console.log(
  `Search module, in process, ${runs} runs per query after one untimed; ${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, Node ${process.version}, load average ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")}.`,
);
let missed = 0;
for (const [name, url] of databases) {
  const db = createPrismaClient(url);
  const figures = await searchFigures(db, { runs });
  await db.$disconnect();
  console.log(`\n${name}:\n\n${searchTable(figures)}`);
  missed += figures.filter((f) => !f.ok).length;
}
if (missed > 0) {
  console.error(`\n${missed} ${missed === 1 ? "query misses its" : "queries miss their"} target.`);
  process.exit(1);
}
