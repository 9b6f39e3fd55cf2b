import path from "node:path";
import { defineConfig } from "prisma/config";

// The CLI is used here only for `generate` and `validate`; migrations run through
// scripts/db-migrate.ts (the schema engine compiled to WebAssembly), because the
// native engine cannot be downloaded on our machines. See docs/decisions.
export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  // The full-text search index (lib/server/search/fts.ts) is three FTS5 tables (agreements,
  // plan items, every other kind) and their five shadow tables each, created outside the migrations:
  // the migrations must neither drop them nor count them as drift.
  experimental: { externalTables: true },
  tables: {
    external: ["search_fts", "search_fts_items", "search_fts_records"].flatMap((table) => [
      table,
      `${table}_data`,
      `${table}_idx`,
      `${table}_content`,
      `${table}_docsize`,
      `${table}_config`,
    ]),
  },
  migrations: {
    path: path.join("prisma", "migrations"),
    seed: "tsx prisma/seed.ts",
  },
  datasource: {
    url: process.env.DATABASE_URL ?? "file:./data/tracker.db",
  },
});
