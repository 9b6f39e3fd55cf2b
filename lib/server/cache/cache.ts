import "server-only";
import { unstable_cache } from "next/cache";
import { readRows } from "../db/direct";
import type { Db } from "../db/prisma";

/**
 * A stamp that changes whenever the data changes: every write records an audit
 * entry in its transaction, so the newest entry identifies the data's state. Costs
 * one indexed lookup. Caches keyed by it are correct right after an edit, made by
 * any instance or any process (a script, an import), with no shared cache server.
 */
export async function dataStamp(db: Db): Promise<string> {
  // Read directly (lib/server/db/direct.ts): it is read a few times a request, and
  // through Prisma's query engine one row costs more than the indexed lookup.
  const [last] = await readRows<{ id: string; at: unknown }>(
    db,
    'SELECT "id", "at" FROM "AuditEntry" ORDER BY "at" DESC, "id" DESC LIMIT 1',
  );
  if (!last) return "initial";
  return `${last.at instanceof Date ? last.at.toISOString() : String(last.at)}/${last.id}`;
}

/**
 * This process's start, part of every key: Next keeps its data cache on disk across
 * restarts, and writes made while no server runs (`npm run db:seed`, a restore) need
 * not leave an audit entry, so a restarted server never trusts an older run's entries.
 */
const BOOT = `${process.pid}-${Date.now()}`;

/**
 * Caches an expensive, JSON-serialisable computation for as long as the data stamp
 * and the arguments stay the same (and the server runs). Outside a Next.js server
 * (scripts, tests) it just computes.
 */
export async function cachedByStamp<T>(
  name: string,
  stamp: string,
  args: unknown[],
  compute: () => Promise<T>,
): Promise<T> {
  if (!process.env.NEXT_RUNTIME) return compute();
  return unstable_cache(compute, [name, BOOT, stamp, JSON.stringify(args)], { revalidate: 24 * 3600 })();
}
