import "server-only";
import { env } from "../env";
import { createPrismaClient, type Db } from "./prisma";

/**
 * The app's one Prisma client. Kept on globalThis so development reloads reuse the
 * connection instead of opening a new one per edit.
 */
const globalForDb = globalThis as unknown as { trackerDb?: Db };

export const db: Db = globalForDb.trackerDb ?? createPrismaClient(env.DATABASE_URL);

if (env.NODE_ENV !== "production") globalForDb.trackerDb = db;
