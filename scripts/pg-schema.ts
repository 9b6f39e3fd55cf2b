/**
 * Writes prisma/postgres/schema.prisma from prisma/schema.prisma (scripts/lib/pg-schema.ts).
 *
 *   tsx scripts/pg-schema.ts           write it
 *   tsx scripts/pg-schema.ts --check   exit 1 if the committed file differs
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { POSTGRES_SCHEMA, postgresSchemaFrom, SQLITE_SCHEMA } from "./lib/pg-schema";

const root = fileURLToPath(new URL("..", import.meta.url));
const wanted = postgresSchemaFrom(await readFile(path.join(root, SQLITE_SCHEMA), "utf8"));
const target = path.join(root, POSTGRES_SCHEMA);
const current = await readFile(target, "utf8").catch(() => null);

if (process.argv.includes("--check")) {
  if (current !== wanted) {
    console.error(`${POSTGRES_SCHEMA} is not what ${SQLITE_SCHEMA} makes. Run: npm run db:pg:sync (then commit both).`);
    process.exitCode = 1;
  } else {
    console.log(`${POSTGRES_SCHEMA} matches ${SQLITE_SCHEMA}`);
  }
} else if (current === wanted) {
  console.log(`${POSTGRES_SCHEMA} is up to date`);
} else {
  await writeFile(target, wanted, "utf8");
  console.log(`Wrote ${POSTGRES_SCHEMA}`);
}
