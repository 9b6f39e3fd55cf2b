import "server-only";
import { cachedByStamp, dataStamp } from "@/lib/server/cache/cache";
import type { Db } from "@/lib/server/db/prisma";
import type { TimelineKind, YearCount, YearTally } from "@/lib/timeline";
import { agreementWhere } from "./agreements";
import { type TimelineContext, type TimelineQuery, timelineContext } from "./context";
import { eventWhere } from "./events";
import { itemWhere } from "./items";
import { meetingWhere, readDueEntries } from "./meetings";
import { planPeriodWhere } from "./plans";

/** What the year counts depend on: the timeline's filters other than its years. */
export type YearsQuery = Pick<TimelineQuery, "kind" | "sector" | "side">;

/**
 * How many entries each year holds under the filters, oldest year first, years with
 * none left out: for the year jump. Each table is read for its date columns only,
 * with the same where as its entries' reader, so the counts are the entries' own
 * without reading them (a scale database has hundreds of thousands).
 * Cached by the data stamp, like the entries.
 */
export async function countTimelineYears(db: Db, today: string, query: YearsQuery = {}): Promise<YearCount[]> {
  return (await tallyTimelineYears(db, today, query)).map(({ year, count }) => ({ year, count }));
}

/**
 * The year counts, each with how many of the year's entries are dated no later than
 * today (a partial date's first day: they come before the "today" marker), so the
 * page holding today is known without reading the entries before it.
 */
export async function tallyTimelineYears(db: Db, today: string, query: YearsQuery = {}): Promise<YearTally[]> {
  const stamp = await dataStamp(db);
  return cachedByStamp("timeline-years", stamp, [today, query], () => readYearCounts(db, today, query));
}

async function readYearCounts(db: Db, today: string, query: YearsQuery): Promise<YearTally[]> {
  const ctx = await timelineContext(db, today, query);
  const wants = (k: TimelineKind) => query.kind === undefined || query.kind === k;
  const dates: (string | null)[][] = await Promise.all([
    wants("agreement") ? agreementDates(ctx) : [],
    wants("meeting") ? meetingDates(ctx) : [],
    wants("plan") ? planDates(ctx) : [],
    wants("item") ? itemDates(ctx) : [],
    wants("status") ? statusDates(ctx) : [],
    wants("event") ? eventDates(ctx) : [],
  ]);
  const counts = new Map<number, YearTally>();
  for (const date of dates.flat()) {
    if (!date) continue;
    const year = Number(date.slice(0, 4));
    const tally = counts.get(year) ?? { year, count: 0, past: 0 };
    tally.count += 1;
    // A partial date's first day is on or before today exactly when it sorts no later than today.
    if (date <= today) tally.past += 1;
    counts.set(year, tally);
  }
  return [...counts.values()].sort((a, b) => a.year - b.year);
}

async function agreementDates(ctx: TimelineContext) {
  const rows = await ctx.db.agreement.findMany({
    where: agreementWhere(ctx),
    select: { signedOn: true, effectiveOn: true, expiresOn: true },
  });
  return rows.flatMap((r) => [r.signedOn, r.effectiveOn, r.expiresOn]);
}

/** Meetings on their dates, and the dialogues due or overdue by their cadence. */
async function meetingDates(ctx: TimelineContext) {
  const [rows, due] = await Promise.all([
    ctx.db.meeting.findMany({ where: meetingWhere(ctx), select: { heldOn: true } }),
    readDueEntries(ctx),
  ]);
  return [...rows.map((r) => r.heldOn), ...due.map((e) => e.date)];
}

async function planDates(ctx: TimelineContext) {
  const rows = await ctx.db.actionPlan.findMany({
    where: planPeriodWhere(ctx),
    select: { startOn: true, endOn: true },
  });
  return rows.flatMap((r) => [r.startOn, r.endOn]);
}

async function itemDates(ctx: TimelineContext) {
  const rows = await ctx.db.planItem.findMany({ where: await itemWhere(ctx), select: { dueOn: true } });
  return rows.map((r) => r.dueOn);
}

async function statusDates(ctx: TimelineContext) {
  const rows = await ctx.db.statusUpdate.findMany({
    where: { planItem: await itemWhere(ctx) },
    select: { assessedOn: true },
  });
  return rows.map((r) => r.assessedOn);
}

async function eventDates(ctx: TimelineContext) {
  const rows = await ctx.db.event.findMany({ where: eventWhere(ctx), select: { startOn: true } });
  return rows.map((r) => r.startOn);
}
