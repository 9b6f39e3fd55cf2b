import "server-only";
import type { Db } from "@/lib/server/db/prisma";

/** Failed sign-ins allowed per account and per address in one window before a lock. */
export const MAX_FAILURES = { account: 5, address: 20 } as const;
export const WINDOW_MS = 15 * 60 * 1000;
export const LOCK_MS = 15 * 60 * 1000;

export type ThrottleKeys = { account: string; address: string | null };

function keysOf(k: ThrottleKeys) {
  const keys: { key: string; max: number }[] = [
    { key: `account:${k.account.trim().toLowerCase()}`, max: MAX_FAILURES.account },
  ];
  if (k.address) keys.push({ key: `address:${k.address}`, max: MAX_FAILURES.address });
  return keys;
}

/** When sign-in is locked for this account or address, the time it opens again; otherwise null. */
export async function lockedUntil(db: Db, k: ThrottleKeys, now = new Date()): Promise<Date | null> {
  const rows = await db.signInThrottle.findMany({
    where: { key: { in: keysOf(k).map((x) => x.key) }, lockedUntil: { gt: now } },
    select: { lockedUntil: true },
  });
  const times = rows.flatMap((r) => (r.lockedUntil ? [r.lockedUntil.getTime()] : []));
  return times.length > 0 ? new Date(Math.max(...times)) : null;
}

/** Counts one failed sign-in against the account and the address; locks either at its limit. */
export async function recordFailure(db: Db, k: ThrottleKeys, now = new Date()) {
  await db.$transaction(async (tx) => {
    for (const { key, max } of keysOf(k)) {
      const row = await tx.signInThrottle.findUnique({ where: { key } });
      const fresh = !row || now.getTime() - row.windowStart.getTime() > WINDOW_MS;
      const failures = fresh ? 1 : row.failures + 1;
      const data = {
        failures,
        windowStart: fresh ? now : row.windowStart,
        lockedUntil: failures >= max ? new Date(now.getTime() + LOCK_MS) : (row?.lockedUntil ?? null),
      };
      await tx.signInThrottle.upsert({ where: { key }, create: { key, ...data }, update: data });
    }
  });
}

/** A successful sign-in clears the account's count (not the address's). */
export async function clearAccount(db: Db, account: string) {
  await db.signInThrottle.deleteMany({ where: { key: `account:${account.trim().toLowerCase()}` } });
}
