/**
 * Runs once per `vitest run`, before any test file: applies the migrations to one
 * template SQLite database that every test file then copies (tests/helpers/db.ts).
 * Copying a file takes a millisecond; migrating takes a few hundred.
 *
 * Each run gets its own folder under tests/.tmp/ (gitignored), so that runs started
 * at the same time do not share files; the folder is removed when the run ends.
 */
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import type { TestProject } from "vitest/node";
import { deployMigrations } from "../../scripts/lib/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    /** The migrated template database; copy it, never open it. */
    templateDbPath: string;
    /** This run's folder for test databases. */
    testDbDir: string;
    /**
     * With TEST_DATABASE_URL=postgresql://… (npm run test:postgres): that server's URL
     * and the name of this run's migrated template database there; empty otherwise.
     */
    pgServerUrl: string;
    pgTemplate: string;
  }
}

const TMP_ROOT = fileURLToPath(new URL("../.tmp/", import.meta.url));

export default async function setup(project: TestProject) {
  process.env.CHECKPOINT_DISABLE ??= "1";
  await mkdir(TMP_ROOT, { recursive: true });
  const runDir = await mkdtemp(path.join(TMP_ROOT, "run-"));
  const templateDbPath = path.join(runDir, "template.db");

  await deployMigrations(`file:${templateDbPath}`);
  // The template is in WAL mode. Fold the WAL back into the main file so that copying
  // the one file copies everything (the mode itself is kept in the file's header).
  const sqlite = new Database(templateDbPath);
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  sqlite.close();

  project.provide("templateDbPath", templateDbPath);
  project.provide("testDbDir", runDir);

  // PostgreSQL: one migrated template database per run, which each test file's
  // database is created from (CREATE DATABASE … TEMPLATE, a file copy on the server).
  const serverUrl = process.env.TEST_DATABASE_URL ?? "";
  let dropTemplate = async () => {};
  if (/^postgres(ql)?:\/\//.test(serverUrl)) {
    const { createPgTemplate } = await import("../helpers/pg");
    const template = await createPgTemplate(serverUrl, path.basename(runDir));
    dropTemplate = template.drop;
    project.provide("pgTemplate", template.name);
    console.log(
      `Integration tests on PostgreSQL (${serverUrl.replace(/:[^:@/]*@/, ":***@")}), template ${template.name}`,
    );
  } else {
    project.provide("pgTemplate", "");
  }
  project.provide("pgServerUrl", serverUrl);

  return async () => {
    await dropTemplate();
    await rm(runDir, { recursive: true, force: true });
  };
}
