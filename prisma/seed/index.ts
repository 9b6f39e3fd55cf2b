/**
 * The seed: the dataset the product ships with (./data), its validation and the
 * idempotent writer. prisma/seed.ts runs it from the command line.
 */

export {
  type ApplySeedOptions,
  applySeed,
  emptyCounts,
  formatCounts,
  isSeedId,
  SEED_COUNT_KINDS,
  SEED_ID_PREFIX,
  SEEDED_JOIN_CREATED_AT,
  type SeedCount,
  type SeedCountKind,
  type SeedCounts,
  seedId,
  totalCounts,
} from "./apply";
export { seedData } from "./data";
export {
  allCitations,
  type CitedKind,
  type CitedRecord,
  citedRecords,
  findQuoteProblems,
  SeedValidationError,
  validateSeed,
} from "./validate";
