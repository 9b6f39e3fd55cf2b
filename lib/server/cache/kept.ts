import "server-only";
import type { Db } from "../db/prisma";
import { dataStamp } from "./cache";

/**
 * Values this process keeps in memory, by client and name, for as long as the data
 * stamp stays the same: for data a request reads in pieces many times over (an
 * index of the agreements' filters), where unstable_cache's copy through JSON would
 * cost more than it saves. The stamp is read on every call, so a value is never
 * older than the data, whichever process or instance wrote it; concurrent callers
 * share one load. Outside a Next.js server (scripts, tests, which may write without
 * an audit entry) it just loads.
 */
const kept = new WeakMap<object, Map<string, { stamp: string; value: Promise<unknown> }>>();

export async function keptByStamp<T>(db: Db, name: string, load: () => Promise<T>): Promise<T> {
  if (!process.env.NEXT_RUNTIME) return load();
  const stamp = await dataStamp(db);
  let byName = kept.get(db);
  if (!byName) {
    byName = new Map();
    kept.set(db, byName);
  }
  const entry = byName.get(name);
  if (entry?.stamp === stamp) return entry.value as Promise<T>;
  const value = load();
  byName.set(name, { stamp, value });
  // A failed load is not kept: the next call tries again.
  value.catch(() => {
    if (byName.get(name)?.value === value) byName.delete(name);
  });
  return value;
}
