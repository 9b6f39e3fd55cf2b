import "server-only";
import type { Db } from "@/lib/server/db/prisma";

/**
 * Sign-in attempts, limited as OWASP's authentication guidance asks: no hard lock that
 * an anonymous caller can put on someone else's account, and every attempt counted,
 * atomically, before the password is checked (so concurrent guesses cannot slip past
 * the count).
 *
 * Three counters, each a window of WINDOW_MS with a number of free attempts, then an
 * exponential wait between attempts (1 s, 2 s, 4 s… up to its cap):
 * - the account from one address: a guesser slows down only themself;
 * - one address, whatever accounts it names: one machine spraying many accounts;
 * - the account from every address: a distributed guesser. Its free allowance is
 *   high and its cap short, so that nobody can keep the real owner out for long.
 */
export const LIMITS = {
  pair: { free: 5, capMs: 15 * 60 * 1000 },
  address: { free: 20, capMs: 15 * 60 * 1000 },
  account: { free: 50, capMs: 30 * 1000 },
} as const;
export const WINDOW_MS = 15 * 60 * 1000;

export type ThrottleKeys = { account: string; address: string | null };
type Counter = { key: string; limit: (typeof LIMITS)[keyof typeof LIMITS] };

const accountKey = (account: string) => `account:${account.trim().toLowerCase()}`;

function countersOf(k: ThrottleKeys): Counter[] {
  const account = accountKey(k.account);
  const counters: Counter[] = [{ key: account, limit: LIMITS.account }];
  if (k.address) {
    counters.push({ key: `pair:${k.address}|${account}`, limit: LIMITS.pair });
    counters.push({ key: `address:${k.address}`, limit: LIMITS.address });
  }
  return counters;
}

/** How long to wait after the `attempts`-th attempt of a window: none while free, then doubling. */
export function waitAfter(attempts: number, limit: Counter["limit"]): number {
  if (attempts <= limit.free) return 0;
  return Math.min(limit.capMs, 1000 * 2 ** Math.min(attempts - limit.free - 1, 30));
}

/**
 * Counts one attempt against every counter, before the password is checked. Returns
 * null when the attempt may go on, or the time it may be made again.
 *
 * Within a counter's free allowance each attempt gets its own count from an atomic
 * increment, so concurrent attempts cannot share one. Past it, an attempt must also
 * take the counter's turn: a conditional update that only one of several concurrent
 * attempts can win (the others are refused), which sets when the next may come.
 */
export async function claimAttempt(db: Db, k: ThrottleKeys, now = new Date()): Promise<Date | null> {
  const counters = countersOf(k);
  const waiting = await db.signInThrottle.findMany({
    where: { key: { in: counters.map((c) => c.key) }, lockedUntil: { gt: now } },
    select: { lockedUntil: true },
  });
  const until = waiting.flatMap((r) => (r.lockedUntil ? [r.lockedUntil.getTime()] : []));
  if (until.length > 0) return new Date(Math.max(...until));

  for (const { key, limit } of counters) {
    let row = await db.signInThrottle.upsert({
      where: { key },
      create: { key, failures: 1, windowStart: now },
      update: { failures: { increment: 1 } },
    });
    if (now.getTime() - row.windowStart.getTime() > WINDOW_MS) {
      row = await db.signInThrottle.update({ where: { key }, data: { failures: 1, windowStart: now } });
    }
    const wait = waitAfter(row.failures, limit);
    if (wait === 0) continue;
    const next = new Date(now.getTime() + wait);
    const { count } = await db.signInThrottle.updateMany({
      where: { key, OR: [{ lockedUntil: null }, { lockedUntil: { lte: now } }] },
      data: { lockedUntil: next },
    });
    if (count === 0) {
      const current = await db.signInThrottle.findUnique({ where: { key }, select: { lockedUntil: true } });
      return current?.lockedUntil ?? next;
    }
  }
  return null;
}

/**
 * A successful sign-in clears the account's own counters and takes its attempt back
 * off the address's count, so that colleagues signing in from one office address
 * are never slowed by each other; only failures accumulate there.
 */
export async function clearAccount(db: Db, k: ThrottleKeys) {
  const counters = countersOf(k);
  const own = counters.filter((c) => !c.key.startsWith("address:")).map((c) => c.key);
  await db.signInThrottle.deleteMany({ where: { key: { in: own } } });
  if (k.address) {
    await db.signInThrottle.updateMany({
      where: { key: `address:${k.address}`, failures: { gt: 0 } },
      data: { failures: { decrement: 1 } },
    });
  }
}
