/**
 * Prisma migrations on machines where `prisma migrate` cannot download its engine.
 * A thin command line over scripts/lib/migrate.ts (see there, and
 * docs/decisions/0001-migrations-without-native-engine.md).
 *
 *   tsx scripts/db-migrate.ts deploy                      apply pending migrations
 *   tsx scripts/db-migrate.ts dev --name X [--create-only] [--accept-data-loss]
 *                                                         write a migration from schema changes, apply it
 *   tsx scripts/db-migrate.ts diff                        exit 1 if schema.prisma and the migrations differ
 *   tsx scripts/db-migrate.ts reset --force               delete the database and deploy again
 *
 * The database is DATABASE_URL, default file:./data/tracker.db (relative to the cwd).
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { describeSettings, isPostgresUrl } from "../lib/server/db/prisma";
import {
  createMigration,
  DEFAULT_DATABASE_URL,
  type DeployResult,
  databaseFiles,
  deployMigrations,
  diffMigrations,
  MigrateError,
  resetDatabase,
} from "./lib/migrate";
import { POSTGRES_SCHEMA, postgresSchemaFrom, SQLITE_SCHEMA } from "./lib/pg-schema";

// Prisma's packages report usage to Prisma's servers unless told not to; unreachable here anyway.
process.env.CHECKPOINT_DISABLE ??= "1";

const USAGE = `Usage: tsx scripts/db-migrate.ts <command>

  deploy                                   apply pending migrations
  dev --name X [--create-only] [--accept-data-loss]
                                           write a migration from schema changes and apply it
                                           (--create-only: write it only, empty if nothing changed)
  diff                                     exit 1 and print the SQL if prisma/schema.prisma and the
                                           migrations differ, or prisma/postgres/schema.prisma is not
                                           what prisma/schema.prisma makes; with PG_DIFF_URL (a
                                           PostgreSQL server) also if prisma/postgres/migrations differ
  reset --force                            delete the database file and deploy again

DATABASE_URL (default ${DEFAULT_DATABASE_URL}) names the database: a SQLite file: URL, or a
postgresql:// URL (then prisma/postgres/schema.prisma and prisma/postgres/migrations are used).`;

const log = (line: string) => console.log(line);

function summary(result: DeployResult): string {
  const what =
    result.applied.length === 0
      ? "already up to date"
      : `applied ${result.applied.length} migration${result.applied.length === 1 ? "" : "s"}`;
  return `${result.path}: ${what} in ${result.durationMs} ms (${describeSettings(result.settings)})`;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      name: { type: "string" },
      "create-only": { type: "boolean", default: false },
      "accept-data-loss": { type: "boolean", default: false },
      force: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
}

async function main(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  const { positionals, values } = parsed;
  const [command, ...extra] = positionals;
  if (values.help || command === undefined) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  if (extra.length > 0) {
    console.error(`Unexpected arguments: ${extra.join(" ")}\n\n${USAGE}`);
    return 2;
  }
  const databaseUrl = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;

  switch (command) {
    case "deploy": {
      console.log(summary(await deployMigrations(databaseUrl, { log })));
      return 0;
    }
    case "dev": {
      if (!values.name) {
        console.error(`dev needs --name, e.g. --name add_topic_colour\n\n${USAGE}`);
        return 2;
      }
      const result = await createMigration(databaseUrl, values.name, {
        log,
        createOnly: values["create-only"],
        acceptDataLoss: values["accept-data-loss"],
      });
      for (const name of result.applied) console.log(`Applied ${name}`);
      for (const warning of result.warnings) console.warn(`Warning: ${warning}`);
      if (result.created === null) {
        console.log("The schema has no changes the migrations lack: no migration written.");
      } else if (values["create-only"]) {
        console.log(`Created ${result.created} (not applied). Edit it, then run: npm run db:migrate`);
      }
      return 0;
    }
    case "diff": {
      let code = 0;
      const result = await diffMigrations();
      if (result.clean) {
        console.log("SQLite: schema and migrations agree");
      } else {
        console.log(result.sql);
        console.error(
          "\nprisma/schema.prisma differs from what prisma/migrations produce (SQL above).\n" +
            "Write a migration: npm run db:migrate:dev -- --name <what_changed>",
        );
        code = 1;
      }
      const wanted = postgresSchemaFrom(await readFile(SQLITE_SCHEMA, "utf8"));
      if ((await readFile(POSTGRES_SCHEMA, "utf8").catch(() => "")) === wanted) {
        console.log(`PostgreSQL: ${POSTGRES_SCHEMA} is what ${SQLITE_SCHEMA} makes`);
      } else {
        console.error(`\n${POSTGRES_SCHEMA} is not what ${SQLITE_SCHEMA} makes. Run: npm run db:pg:sync`);
        code = 1;
      }
      const pgUrl = process.env.PG_DIFF_URL;
      if (pgUrl && isPostgresUrl(pgUrl)) {
        const pg = await diffMigrations({ databaseUrl: pgUrl });
        if (pg.clean) {
          console.log("PostgreSQL: schema and migrations agree");
        } else {
          console.log(pg.sql);
          console.error(
            `\n${POSTGRES_SCHEMA} differs from what prisma/postgres/migrations produce (SQL above).\n` +
              "Write the PostgreSQL migration: npm run db:pg:sync -- --name <what_changed>",
          );
          code = 1;
        }
      } else {
        console.log("PostgreSQL migrations: not compared (set PG_DIFF_URL; npm run test:postgres does)");
      }
      return code;
    }
    case "reset": {
      const files = databaseFiles(databaseUrl).map((file) => path.resolve(file));
      if (!values.force) {
        console.error(`reset deletes every row. It would delete:\n  ${files.join("\n  ")}\nRun again with --force.`);
        return 2;
      }
      console.log(`Deleting:\n  ${files.join("\n  ")}`);
      console.log(summary(await resetDatabase(databaseUrl, { log })));
      return 0;
    }
    default:
      console.error(`Unknown command "${command}"\n\n${USAGE}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof MigrateError) {
      console.error(`Error${error.code ? ` ${error.code}` : ""}: ${error.message}`);
    } else {
      console.error(error);
    }
    process.exitCode = 1;
  },
);
