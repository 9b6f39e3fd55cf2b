/**
 * The PostgreSQL schema is made from prisma/schema.prisma, never edited by hand, so
 * the two cannot drift: the same models with the datasource's provider changed and
 * the client generated into a folder of its own (a generated client is
 * provider-specific). scripts/pg-schema.ts writes it; `npm run db:diff` fails when
 * the committed file is not what this function makes.
 */
import path from "node:path";

export const SQLITE_SCHEMA = path.join("prisma", "schema.prisma");
export const POSTGRES_SCHEMA = path.join("prisma", "postgres", "schema.prisma");
export const POSTGRES_MIGRATIONS = path.join("prisma", "postgres", "migrations");

const HEADER = `// GENERATED from prisma/schema.prisma by scripts/pg-schema.ts: do not edit.
// Edit prisma/schema.prisma, then run \`npm run db:pg:sync\` (see docs/deploy.md).

`;

/** Replaces exactly one match of `pattern` in `text`, or throws naming what was expected. */
function replaceOnce(text: string, pattern: RegExp, replacement: string, what: string): string {
  const matches = text.match(new RegExp(pattern.source, `${pattern.flags.replace("g", "")}g`)) ?? [];
  if (matches.length !== 1) {
    throw new Error(`prisma/schema.prisma: expected exactly one ${what}, found ${matches.length}`);
  }
  return text.replace(pattern, replacement);
}

/** The PostgreSQL schema for a SQLite schema's text. */
export function postgresSchemaFrom(sqliteSchema: string): string {
  let out = replaceOnce(
    sqliteSchema,
    /(datasource\s+db\s*\{[^}]*?provider\s*=\s*)"sqlite"/,
    '$1"postgresql"',
    'datasource with provider = "sqlite"',
  );
  out = replaceOnce(
    out,
    /(generator\s+client\s*\{[^}]*?output\s*=\s*)"\.\.\/lib\/generated\/prisma"/,
    '$1"../../lib/generated/prisma-pg"',
    'generator client with output = "../lib/generated/prisma"',
  );
  return HEADER + out;
}
