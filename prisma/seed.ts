/**
 * Seeds the database with the dataset in prisma/seed/data: `tsx prisma/seed.ts`
 * (or `npm run db:seed`), on DATABASE_URL (default file:./data/tracker.db), after
 * the migrations. Safe to run again: it only writes what differs.
 *
 * With --if-empty it seeds only a database that holds no data yet (what `npm start`
 * does). Either way it rebuilds the search index. Importing this file does nothing;
 * the logic lives in prisma/seed/.
 */
import { pathToFileURL } from "node:url";
import { createPrismaClient } from "../lib/server/db/prisma";
import { indexAllRecords } from "../lib/server/search";
import { applySeed, formatCounts, SeedValidationError, seedData, totalCounts } from "./seed/index";
import { formatSummary, summarizeDataset } from "./seed/summary";

export async function main(
  databaseUrl = process.env.DATABASE_URL ?? "file:./data/tracker.db",
  { ifEmpty = false } = {},
): Promise<number> {
  const db = createPrismaClient(databaseUrl);
  try {
    // `npm start` seeds only an empty database: one that holds data is never overwritten.
    if (ifEmpty && (await db.source.count()) > 0) {
      await indexAllRecords(db);
      console.log(`Seed: ${databaseUrl} already holds data; not seeding.`);
      return 0;
    }
    const counts = await applySeed(db, seedData);
    // The search index is derived from the records: rebuild it after they change.
    await indexAllRecords(db);
    console.log(formatCounts(counts));
    console.log(formatSummary(summarizeDataset(seedData)));
    const total = totalCounts(counts);
    console.log(
      total.created + total.updated + total.removed === 0
        ? `Seed: ${databaseUrl} already up to date.`
        : `Seed: ${databaseUrl} seeded.`,
    );
    return 0;
  } catch (error) {
    if (error instanceof SeedValidationError) {
      console.error(error.message);
      console.error("Nothing was written.");
      return 1;
    }
    console.error(`Seed failed, nothing was written: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await db.$disconnect();
  }
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  main(undefined, { ifEmpty: process.argv.includes("--if-empty") }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
