import "server-only";
import { todayIso } from "@/lib/dates";
import { parseSearchParams, type RawSearchParams } from "@/lib/schemas/search-params";
import { TimelineFiltersSchema } from "@/lib/schemas/timeline-filters";
import { db } from "@/lib/server/db/client";
import { groupByYear, TIMELINE_MAX_ENTRIES, TIMELINE_MAX_ROWS } from "@/lib/timeline";
import { filterTimeline, getTimelineExtent, listTimelineEntries, type TimelineScope } from "./timeline";

/**
 * What /timeline shows for a query: the filters read from it and their errors, the sectors to
 * filter by, the years the record spans, the entries (at most TIMELINE_MAX_ENTRIES) and how many matched.
 */
export async function getTimelinePage(searchParams: RawSearchParams) {
  const { values: filters, errors } = parseSearchParams(TimelineFiltersSchema, searchParams);
  const today = todayIso();
  const thisYear = Number(today.slice(0, 4));
  const [extent, sectors] = await Promise.all([
    getTimelineExtent(db),
    db.sector.findMany({
      orderBy: { sortOrder: "asc" },
      select: { slug: true, nameEn: true, nameKo: true, nameZh: true },
    }),
  ]);
  // A large record is read a few years at a time: around today unless the reader picks years.
  const windowed = filters.from === undefined && filters.to === undefined && extent.rows > TIMELINE_MAX_ROWS;
  const range = windowed ? { from: thisYear - 1, to: thisYear + 1 } : { from: filters.from, to: filters.to };
  const matching = groupByYear(
    filterTimeline(
      await listTimelineEntries(db, today, {
        ...range,
        kind: filters.kind,
        sector: filters.sector,
        side: filters.side,
        limit: TIMELINE_MAX_ENTRIES + 1,
      }),
      filters,
    ),
  ).flatMap((g) => g.entries);
  const entries = matching.slice(0, TIMELINE_MAX_ENTRIES);
  return { filters, errors, today, extent, sectors, windowed, range, entries, matched: matching.length };
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
