import "server-only";
import { todayIso, yearOf } from "@/lib/dates";
import { parseSearchParams, type RawSearchParams } from "@/lib/schemas/search-params";
import { TimelinePageSchema } from "@/lib/schemas/timeline-filters";
import { db } from "@/lib/server/db/client";
import { groupByYear, periodOf, TIMELINE_MAX_ENTRIES, TIMELINE_PAGE_ENTRIES } from "@/lib/timeline";
import { countTimelineYears, filterTimeline, listTimelineEntries, type TimelineScope } from "./timeline";

/**
 * What /timeline shows for a query: the filters read from it and their errors, the
 * sectors to filter by, how many entries each year holds under the filters (for the
 * year jump), the period shown (the reader's years, or the year around today: one
 * period per page keeps the page light), its entries (at most TIMELINE_PAGE_ENTRIES)
 * and how many matched. The year around today, when it holds more than a page, is
 * shown from today on (`fromToday`), so the page still opens at today.
 */
export async function getTimelinePage(searchParams: RawSearchParams) {
  const { values, errors } = parseSearchParams(TimelinePageSchema, searchParams);
  const { order = "oldest", ...filters } = values;
  const today = todayIso();
  const { kind, sector, side } = filters;
  const [years, sectors] = await Promise.all([
    countTimelineYears(db, today, { kind, sector, side }),
    db.sector.findMany({
      orderBy: { sortOrder: "asc" },
      select: { slug: true, nameEn: true, nameKo: true, nameZh: true },
    }),
  ]);
  const period = periodOf(filters, years, yearOf(today));
  const shown = { ...filters, from: period.from, to: period.to };
  const read = async (since?: string) =>
    groupByYear(
      filterTimeline(
        await listTimelineEntries(db, today, { ...shown, since, limit: TIMELINE_PAGE_ENTRIES + 1 }),
        shown,
      ),
    ).flatMap((g) => g.entries);
  let matching = await read();
  const fromToday = period.chosen && period.from === yearOf(today) && matching.length > TIMELINE_PAGE_ENTRIES;
  if (fromToday) matching = await read(today);
  const entries = matching.slice(0, TIMELINE_PAGE_ENTRIES);
  return { filters, order, errors, today, years, sectors, period, fromToday, entries, matched: matching.length };
}

export type TimelinePageData = Awaited<ReturnType<typeof getTimelinePage>>;

/** The site's timeline filtered to one record, for its page: at most TIMELINE_MAX_ENTRIES entries. */
export async function getRecordTimeline(scope: TimelineScope) {
  const today = todayIso();
  const entries = groupByYear(
    filterTimeline(await listTimelineEntries(db, today, { scope, limit: TIMELINE_MAX_ENTRIES }), {}, scope),
  )
    .flatMap((g) => g.entries)
    .slice(0, TIMELINE_MAX_ENTRIES);
  return { today, entries };
}

export type RecordTimelineData = Awaited<ReturnType<typeof getRecordTimeline>>;
