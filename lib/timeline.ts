import { comparePartialDates, dateRange, yearOf } from "./dates";

/** The kinds of entry on the timeline, in the filter's order. */
export const TIMELINE_KINDS = ["agreement", "meeting", "plan", "item", "event", "status"] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

/** At most this many entries are drawn at once in a record's page; filters narrow the rest. */
export const TIMELINE_MAX_ENTRIES = 400;
/**
 * At most this many entries on one page of /timeline: a period (a year) holding more
 * is paged within itself (?page=…) into pages of equal size (pageSizeOf), the page
 * holding today shown by default. An entry costs about 1.1 KB of HTML with its RSC
 * payload, so a page stays within issue 19's budget (80 KB, 1,500 elements).
 */
export const TIMELINE_PAGE_ENTRIES = 30;

/** How many pages a period of `total` entries takes. */
export const pageCountOf = (total: number) => Math.max(1, Math.ceil(total / TIMELINE_PAGE_ENTRIES));

/**
 * How many entries each page of a period of `total` holds: as many pages as needed, of
 * equal size (the last a little shorter), so no page is a stub of a few entries.
 */
export const pageSizeOf = (total: number) => Math.max(1, Math.ceil(total / pageCountOf(total)));

/** Where an entry stands against today: its whole span is past, it spans today, or it is ahead. */
export type Tense = "past" | "current" | "upcoming";

export function tenseOf(date: string, today: string): Tense {
  const { first, last } = dateRange(date);
  if (last < today) return "past";
  if (first > today) return "upcoming";
  return "current";
}

export type Dated = { date: string; key: string };

/**
 * Orders entries chronologically (a coarse date before the finer dates it holds,
 * ties by key for a stable order) and groups them by year, oldest first.
 */
export function groupByYear<T extends Dated>(entries: readonly T[]): { year: number; entries: T[] }[] {
  const sorted = [...entries].sort((a, b) => comparePartialDates(a.date, b.date) || a.key.localeCompare(b.key));
  const groups: { year: number; entries: T[] }[] = [];
  for (const entry of sorted) {
    const year = yearOf(entry.date);
    const last = groups.at(-1);
    if (last && last.year === year) last.entries.push(entry);
    else groups.push({ year, entries: [entry] });
  }
  return groups;
}

/**
 * Where the "today" marker goes in a year's sorted entries: before the first entry
 * that lies wholly ahead. Null when today is not in that year.
 */
export function todayIndex(group: { year: number; entries: readonly Dated[] }, today: string): number | null {
  if (group.year !== yearOf(today)) return null;
  const i = group.entries.findIndex((e) => tenseOf(e.date, today) === "upcoming");
  return i === -1 ? group.entries.length : i;
}

/** The timeline's orders: oldest first (the default) or newest first. */
export const TIMELINE_ORDERS = ["oldest", "newest"] as const;
export type TimelineOrder = (typeof TIMELINE_ORDERS)[number];

/** How many entries a year holds, for the year jump. */
export type YearCount = { year: number; count: number };

/** A year's count and how many of its entries are dated no later than today (they come before the marker). */
export type YearTally = YearCount & { past: number };

/**
 * The page (from 1) of a period's entries that holds the "today" marker, given how
 * many of them come before it (`before`): the page of the last entry before the
 * marker, so the marker ends that page rather than opening a page of its own; the
 * first page when nothing comes before it.
 */
export function todayPageOf(before: number, pageSize: number): number {
  return before > 0 ? Math.floor((before - 1) / pageSize) + 1 : 1;
}

/** The years one page of the timeline shows, and whether they were chosen for the reader. */
export type Period = { from?: number; to?: number; chosen: boolean };

/**
 * The page's period: the years the reader asked for, or else the year around today,
 * that is today's own year if it holds entries, otherwise the nearest year that does
 * (the earlier of two as near), so the timeline always opens on something.
 */
export function periodOf(asked: { from?: number; to?: number }, years: readonly YearCount[], thisYear: number): Period {
  if (asked.from !== undefined || asked.to !== undefined) return { from: asked.from, to: asked.to, chosen: false };
  let best = thisYear;
  let distance = Number.POSITIVE_INFINITY;
  for (const { year } of years) {
    const d = Math.abs(year - thisYear);
    if (d < distance) [best, distance] = [year, d];
  }
  return { from: best, to: best, chosen: true };
}

/** The nearest years with entries before and after the period, for its "earlier" and "later" links. */
export function neighboursOf(period: Period, years: readonly YearCount[]): { earlier?: YearCount; later?: YearCount } {
  const earlier = period.from === undefined ? undefined : years.findLast((y) => y.year < (period.from as number));
  const later = period.to === undefined ? undefined : years.find((y) => y.year > (period.to as number));
  return { earlier, later };
}

/** Whether a year lies within the period. */
export const inPeriod = (period: Period, year: number) =>
  (period.from === undefined || year >= period.from) && (period.to === undefined || year <= period.to);

/** A year's rows as drawn: its entries with the "today" marker among them (none for a null today), in the reader's order. */
export function yearRows<T extends Dated>(
  group: { year: number; entries: readonly T[] },
  today: string | null,
  order: TimelineOrder,
): ({ entry: T } | { today: true })[] {
  const rows: ({ entry: T } | { today: true })[] = group.entries.map((entry) => ({ entry }));
  const marker = today === null ? null : todayIndex(group, today);
  if (marker !== null) rows.splice(marker, 0, { today: true });
  return order === "newest" ? rows.reverse() : rows;
}

/**
 * Where an event is read: events have no page of their own, so at their anchor on the
 * timeline's page of their year (the timeline shows one period at a time).
 */
export function eventTimelineHref(slug: string, startOn: string | null | undefined): string {
  if (!startOn) return "/timeline";
  const year = startOn.slice(0, 4);
  // `at` picks the page of the year that holds the event (a year may take several).
  return `/timeline?from=${year}&to=${year}&at=event-${slug}#event-${slug}`;
}

/**
 * A screenful of a record's timeline (entries oldest first): the `n` entries around
 * today, up to `ahead` of them still to come and the rest the latest before today. All
 * of them when there are no more than `n`.
 */
export function aroundToday<T extends Dated>(entries: readonly T[], today: string, n: number, ahead = 3): T[] {
  if (entries.length <= n) return [...entries];
  let next = entries.findIndex((e) => tenseOf(e.date, today) === "upcoming");
  if (next === -1) next = entries.length;
  const start = Math.max(0, Math.min(next + ahead, entries.length) - n);
  return entries.slice(start, start + n);
}
