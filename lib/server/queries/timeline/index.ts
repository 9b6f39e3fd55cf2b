import "server-only";
import { dateRange } from "@/lib/dates";
import type { TimelineFilters } from "@/lib/schemas/timeline-filters";
import { cachedByStamp, dataStamp } from "@/lib/server/cache/cache";
import type { Db } from "@/lib/server/db/prisma";
import { groupByYear, type TimelineKind } from "@/lib/timeline";
import { readAgreementEntries } from "./agreements";
import { type TimelineEntry, type TimelineQuery, type TimelineScope, timelineContext } from "./context";
import { readEventEntries } from "./events";
import { itemWhere, readItemEntries } from "./items";
import { readDueEntries, readMeetingEntries } from "./meetings";
import { readPlanEntries } from "./plans";
import { readStatusEntries } from "./status";

export type { TimelineEntry, TimelineQuery, TimelineScope } from "./context";
export { countTimelineYears, tallyTimelineYears, type YearsQuery } from "./years";

/**
 * Dated entries of the requested years, kinds, track, side and record, read from
 * each table with those restrictions in the query, so a timeline costs what it shows
 * rather than the whole database; with `limit`, the earliest `limit` of them in the
 * timeline's order. Cached by the data stamp (lib/server/cache/cache.ts) in the server: correct
 * right after any edit, one indexed lookup otherwise.
 */
export async function listTimelineEntries(db: Db, today: string, query: TimelineQuery = {}): Promise<TimelineEntry[]> {
  const stamp = await dataStamp(db);
  return cachedByStamp("timeline-entries", stamp, [today, query], () => readTimelineEntries(db, today, query));
}

/** Each kind's entries, read one kind after another, in the order the kinds are listed. */
async function readTimelineEntries(db: Db, today: string, query: TimelineQuery): Promise<TimelineEntry[]> {
  const ctx = await timelineContext(db, today, query);
  const { dialogueScope, planScope } = ctx;
  const wants = (k: TimelineKind) => query.kind === undefined || query.kind === k;
  const parts: TimelineEntry[][] = [];
  if (wants("agreement") && !dialogueScope && !planScope) parts.push(await readAgreementEntries(ctx));
  if (wants("meeting")) {
    parts.push(await readMeetingEntries(ctx));
    if (!planScope) parts.push(await readDueEntries(ctx));
  }
  if (wants("plan") && !dialogueScope) parts.push(await readPlanEntries(ctx));
  const items = (wants("item") || wants("status")) && !dialogueScope ? await itemWhere(ctx) : null;
  if (items && wants("item")) parts.push(await readItemEntries(ctx, items));
  if (items && wants("status")) parts.push(await readStatusEntries(ctx, items));
  if (wants("event") && !dialogueScope && !planScope) parts.push(await readEventEntries(ctx));
  const entries = parts.flat();
  // Each kind was read earliest first up to the limit, so the earliest overall are among them.
  return query.limit === undefined
    ? entries
    : groupByYear(entries)
        .flatMap((g) => g.entries)
        .slice(0, query.limit);
}

/** The entries that pass the URL's filters and, for an embedded timeline, belong to its record. */
export function filterTimeline(
  entries: readonly TimelineEntry[],
  filters: TimelineFilters,
  scope: TimelineScope = {},
): TimelineEntry[] {
  return entries.filter((e) => {
    if (filters.sector && !e.sectors.includes(filters.sector)) return false;
    if (filters.side && !e.sides.includes(filters.side)) return false;
    if (filters.kind && e.kind !== filters.kind) return false;
    const { first, last } = dateRange(e.date);
    if (filters.from !== undefined && Number(last.slice(0, 4)) < filters.from) return false;
    if (filters.to !== undefined && Number(first.slice(0, 4)) > filters.to) return false;
    if ("agreement" in scope && !e.refs.agreements.includes(scope.agreement)) return false;
    if ("ministry" in scope && !e.refs.ministries.includes(scope.ministry)) return false;
    if ("dialogue" in scope && !e.refs.dialogues.includes(scope.dialogue)) return false;
    if ("plan" in scope && !e.refs.plans.includes(scope.plan)) return false;
    return true;
  });
}
