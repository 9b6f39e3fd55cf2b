import { dateRange, daysBetween } from "@/lib/dates";
import type { Db } from "@/lib/prisma";
import { countByGroup, countByStatus, isOverdue, isStale, statusMixOverTime } from "@/lib/status";

const titled = { slug: true, titleEn: true, titleKo: true, titleZh: true } as const;
const named = { slug: true, nameEn: true, nameKo: true, nameZh: true } as const;

/** How far ahead to look for agreements that expire or fall due for renewal. */
export const RENEWAL_WINDOW_DAYS = 180;

/**
 * Everything /status shows, computed from the items themselves on `today`: counts
 * by status overall, by plan, by responsible ministry and by sector; overdue and
 * stale items; agreements expiring soon; and the status mix at the end of each year.
 */
/** How many items /status lists when a status is picked. */
export const STATUS_ITEMS_SHOWN = 100;

export async function getStatusBoard(db: Db, today: string, staleDays: number, status?: string) {
  const [items, agreements] = await Promise.all([
    db.planItem.findMany({
      where: { archivedAt: null, plan: { archivedAt: null } },
      orderBy: [{ plan: { titleEn: "asc" } }, { number: "asc" }],
      select: {
        ...titled,
        number: true,
        status: true,
        progress: true,
        dueOn: true,
        statusAssessedOn: true,
        createdAt: true,
        plan: { select: { ...titled, startOn: true, sector: { select: named } } },
        responsibleBody: { select: { ...named, side: true, abbreviation: true } },
        statusUpdates: { select: { assessedOn: true, status: true, createdAt: true } },
      },
    }),
    db.agreement.findMany({
      where: { archivedAt: null, expiresOn: { not: null } },
      select: { ...titled, expiresOn: true, expiresInferred: true, expiresReasoning: true, status: true },
    }),
  ]);

  const withCreated = items.map((i) => ({ ...i, createdOn: i.createdAt.toISOString().slice(0, 10) }));
  const plans = new Map(items.map((i) => [i.plan.slug, i.plan]));
  const sectors = new Map(items.map((i) => [i.plan.sector.slug, i.plan.sector]));
  const bodies = new Map(
    items.flatMap((i) => (i.responsibleBody ? [[i.responsibleBody.slug, i.responsibleBody]] : [])),
  );

  // From the first year a plan ran or an item was assessed, at most ten years back.
  const thisYear = Number(today.slice(0, 4));
  const firstYear = Math.max(
    thisYear - 10,
    Math.min(
      thisYear,
      ...items.flatMap((i) => [
        ...(i.plan.startOn ? [Number(i.plan.startOn.slice(0, 4))] : []),
        ...i.statusUpdates.map((u) => Number(u.assessedOn.slice(0, 4))),
      ]),
    ),
  );
  const periodEnds: string[] = [];
  for (let y = firstYear; y < Number(today.slice(0, 4)); y++) periodEnds.push(`${y}-12-31`);
  periodEnds.push(today);

  const expiring = agreements
    .filter((a) => {
      if (!a.expiresOn) return false;
      const { last } = dateRange(a.expiresOn);
      const days = daysBetween(today, last);
      return days >= 0 && days <= RENEWAL_WINDOW_DAYS;
    })
    .sort((a, b) => (a.expiresOn ?? "").localeCompare(b.expiresOn ?? ""));

  const progressValues = items.map((i) => i.progress).filter((p): p is number => p !== null);

  return {
    total: items.length,
    counts: countByStatus(items),
    averageProgress:
      progressValues.length > 0 ? Math.round(progressValues.reduce((a, b) => a + b, 0) / progressValues.length) : null,
    progressKnown: progressValues.length,
    byPlan: [...countByGroup(items, (i) => i.plan.slug)].map(([slug, counts]) => ({ plan: plans.get(slug), counts })),
    bySector: [...countByGroup(items, (i) => i.plan.sector.slug)].map(([slug, counts]) => ({
      sector: sectors.get(slug),
      counts,
    })),
    byBody: [...countByGroup(items, (i) => i.responsibleBody?.slug ?? null)].map(([slug, counts]) => ({
      body: bodies.get(slug),
      counts,
    })),
    unassignedBody: items.filter((i) => !i.responsibleBody).length,
    overdue: withCreated.filter((i) => isOverdue(i, today)),
    selected: status ? withCreated.filter((i) => i.status === status).slice(0, STATUS_ITEMS_SHOWN) : [],
    stale: withCreated.filter((i) => isStale(i, today, staleDays)),
    expiring,
    mix: statusMixOverTime(
      withCreated.map((i) => ({
        // In the mix an item counts from its plan's start, not from when it was recorded here.
        createdOn: i.plan.startOn ? dateRange(i.plan.startOn).first : i.createdOn,
        updates: i.statusUpdates.map((u) => ({
          assessedOn: u.assessedOn,
          status: u.status,
          seq: u.createdAt.getTime(),
        })),
      })),
      periodEnds,
    ),
  };
}

export type StatusBoard = Awaited<ReturnType<typeof getStatusBoard>>;
