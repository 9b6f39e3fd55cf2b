import path from "node:path";
import { defineConfig } from "prisma/config";

// The CLI is used here only for `generate` and `validate`; migrations run through
// scripts/db-migrate.ts (the schema engine compiled to WebAssembly), because the
// native engine cannot be downloaded on our machines. See docs/decisions.
export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: {
    path: path.join("prisma", "migrations"),
    seed: "tsx prisma/seed.ts",
  },
  datasource: {
    url: process.env.DATABASE_URL ?? "file:./data/tracker.db",
  },
});
