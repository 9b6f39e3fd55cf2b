import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL("./", import.meta.url));

export default defineConfig({
  resolve: {
    // tsconfig's "@/*": ["./*"]. A pattern, so that "@prisma/…" is left alone.
    alias: [
      { find: /^@\//, replacement: root },
      // lib/server/** imports "server-only" (it throws outside React's server build);
      // tests run that code directly, as the tsx scripts do with --conditions=react-server.
      { find: /^server-only$/, replacement: `${root}node_modules/server-only/empty.js` },
    ],
  },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
    environment: "node",
    // Builds one migrated template database per run; tests copy it (tests/helpers/db.ts).
    globalSetup: ["tests/setup/global-setup.ts"],
    // A process per test file: better-sqlite3 is a native module, and every file
    // gets its own database anyway.
    pool: "forks",
    // A worker per core. Vitest's default leaves one core to its main process, which
    // is one worker on CI's two cores; the test files spend much of their time waiting
    // on SQLite's files and on PostgreSQL, so two workers there took the suite from
    // 208 s to 102 s, and from 282 s to 171 s on PostgreSQL.
    maxWorkers: availableParallelism(),
    // next-intl's ESM build imports "next/server" without an extension, which only a
    // bundler resolves (tests/unit/proxy.test.ts runs the proxy).
    server: { deps: { inline: ["next-intl"] } },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
