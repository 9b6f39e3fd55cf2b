import "server-only";
import { todayIso, yearOf } from "@/lib/dates";
import { parseSearchParams, type RawSearchParams } from "@/lib/schemas/search-params";
import { TimelinePageSchema } from "@/lib/schemas/timeline-filters";
import { db } from "@/lib/server/db/client";
import { groupByYear, periodOf, TIMELINE_MAX_ENTRIES } from "@/lib/timeline";
import { countTimelineYears, filterTimeline, listTimelineEntries, type TimelineScope } from "./timeline";

/**
 * What /timeline shows for a query: the filters read from it and their errors, the
 * sectors to filter by, how many entries each year holds under the filters (for the
 * year jump), the period shown (the reader's years, or the year around today: one
 * period per page keeps the page light), its entries (at most TIMELINE_MAX_ENTRIES)
 * and how many matched.
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
  const matching = groupByYear(
    filterTimeline(await listTimelineEntries(db, today, { ...shown, limit: TIMELINE_MAX_ENTRIES + 1 }), shown),
  ).flatMap((g) => g.entries);
  const entries = matching.slice(0, TIMELINE_MAX_ENTRIES);
  return { filters, order, errors, today, years, sectors, period, entries, matched: matching.length };
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
