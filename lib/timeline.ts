import { comparePartialDates, dateRange, yearOf } from "./dates";

/** The kinds of entry on the timeline, in the filter's order. */
export const TIMELINE_KINDS = ["agreement", "meeting", "plan", "item", "event", "status"] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

/** Above this many dated rows, /timeline opens on the years around today (the reader can pick others). */
export const TIMELINE_MAX_ROWS = 2_000;
/** At most this many entries are drawn at once; filters narrow the rest. */
export const TIMELINE_MAX_ENTRIES = 400;

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

/**
 * Where an event is read: events have no page of their own, so the timeline at the
 * event's year (which the timeline always shows in full), at its anchor.
 */
export function eventHref(slug: string, startOn: string | null): string {
  if (!startOn) return `/timeline#event-${slug}`;
  const year = startOn.slice(0, 4);
  return `/timeline?from=${year}&to=${year}#event-${slug}`;
}
