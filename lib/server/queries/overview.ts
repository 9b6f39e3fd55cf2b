import "server-only";
import { addMonths, dateRange, daysBetween } from "@/lib/dates";
import type { ImplementationStatus } from "@/lib/schemas/vocab";
import { cachedByStamp, dataStamp } from "@/lib/server/cache/cache";
import { titledLink, titleFields } from "@/lib/server/db/fragments";
import type { Db } from "@/lib/server/db/prisma";
import { emptyCounts } from "@/lib/status";
import { tenseOf } from "@/lib/timeline";
import { listAgreementSummaries } from "./agreements";
import { listChangesSince } from "./changes";
import { listDialogues } from "./dialogues";
import { listTimelineEntries } from "./timeline";

export const COMING_UP_DAYS = 90;
/** The overview lists the first few; the timeline has the rest. */
export const COMING_UP_SHOWN = 12;
/** The home page's latest changes: the few newest of the last three months (/changes has the rest). */
export const LATEST_CHANGES_SHOWN = 5;

/** The few numbers that matter, what is coming, and what changed lately. Cached by the data stamp. */
export async function getOverview(db: Db, today: string) {
  return cachedByStamp("overview", await dataStamp(db), [today], () => readOverview(db, today));
}

async function readOverview(db: Db, today: string) {
  const year = today.slice(0, 4);
  const nextYear = String(Number(year) + 1);
  const [agreements, byStatus, meetings, itemGroups, entries, dialogues, latestUpdates, changes, updatedAt] =
    await Promise.all([
      listAgreementSummaries(db),
      db.agreement.groupBy({ by: ["status"], where: { archivedAt: null }, _count: { _all: true } }),
      db.meeting.groupBy({
        by: ["status"],
        where: { archivedAt: null, heldOn: { gte: year, lt: nextYear } },
        _count: { _all: true },
      }),
      db.planItem.groupBy({ by: ["status"], where: { archivedAt: null }, _count: { _all: true } }),
      // Only what can fall in the window: this year and the next.
      listTimelineEntries(db, today, { since: today, to: Number(addMonths(today, 3).slice(0, 4)), limit: 200 }),
      listDialogues(db, today),
      db.statusUpdate.findMany({
        orderBy: [{ assessedOn: "desc" }, { createdAt: "desc" }],
        take: 5,
        select: {
          id: true,
          status: true,
          assessedOn: true,
          basis: true,
          planItem: {
            select: {
              slug: true,
              number: true,
              ...titleFields,
              plan: { select: titledLink },
            },
          },
        },
      }),
      listChangesSince(db, addMonths(today, -3)),
      lastChange(db),
    ]);
  const horizon = addMonths(today, 3);
  const comingUp = entries
    .filter((e) => {
      const tense = tenseOf(e.date, today);
      if (tense === "past") return false;
      // Upcoming within the window, or an entry whose span includes today (dated only "2026").
      return tense === "current" || daysBetween(today, dateRange(e.date).first) <= COMING_UP_DAYS;
    })
    .filter((e) => e.kind !== "status")
    .sort((a, b) => dateRange(a.date).first.localeCompare(dateRange(b.date).first))
    .slice(0, COMING_UP_SHOWN);

  const countOf = (groups: { status: string; _count: { _all: number } }[], status?: string) =>
    groups.filter((g) => status === undefined || g.status === status).reduce((n, g) => n + g._count._all, 0);
  const itemCounts = emptyCounts();
  for (const g of itemGroups) if (g.status in itemCounts) itemCounts[g.status as ImplementationStatus] = g._count._all;

  return {
    agreements,
    agreementCount: countOf(byStatus),
    inForce: countOf(byStatus, "in_force"),
    signed: countOf(byStatus, "signed"),
    meetingsThisYear: countOf(meetings),
    meetingsHeldThisYear: countOf(meetings, "held"),
    itemCounts,
    itemTotal: countOf(itemGroups),
    overdueDialogues: dialogues.filter((d) => d.due.kind === "overdue"),
    comingUp,
    horizon,
    latestUpdates,
    // Through the JSON cache: times as strings.
    latestChanges: changes.records.slice(0, LATEST_CHANGES_SHOWN).map((r) => ({ ...r, at: r.at.toISOString() })),
    updatedAt: updatedAt?.toISOString() ?? null,
  };
}

/** When the tracker last changed: the newest write to any record or status assessment. */
async function lastChange(db: Db): Promise<Date | null> {
  const newest = { _max: { updatedAt: true } } as const;
  const open = { where: { archivedAt: null }, ...newest };
  const found = await Promise.all([
    db.agreement.aggregate(open),
    db.ministry.aggregate(open),
    db.dialogue.aggregate(open),
    db.meeting.aggregate(open),
    db.actionPlan.aggregate(open),
    db.planItem.aggregate(open),
    db.event.aggregate(open),
    db.source.aggregate(open),
    db.statusUpdate.aggregate(newest),
  ]);
  const times = found.map((f) => f._max.updatedAt?.getTime() ?? 0);
  const max = Math.max(0, ...times);
  return max > 0 ? new Date(max) : null;
}
