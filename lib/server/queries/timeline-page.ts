import "server-only";
import { todayIso, yearOf } from "@/lib/dates";
import { parseSearchParams, type RawSearchParams } from "@/lib/schemas/search-params";
import { TimelinePageSchema } from "@/lib/schemas/timeline-filters";
import { db } from "@/lib/server/db/client";
import type { Db } from "@/lib/server/db/prisma";
import {
  groupByYear,
  inPeriod,
  pageCountOf,
  pageSizeOf,
  periodOf,
  TIMELINE_MAX_ENTRIES,
  todayPageOf,
} from "@/lib/timeline";
import { filterTimeline, listTimelineEntries, type TimelineScope, tallyTimelineYears } from "./timeline";

/**
 * What /timeline shows for a query: the filters read from it and their errors, the
 * sectors to filter by, how many entries each year holds under the filters (for the
 * year jump), the period shown (the reader's years, or the year around today: one
 * period at a time keeps the page light) and one page of its entries, at most
 * TIMELINE_PAGE_ENTRIES. A period holding more is paged within itself; without a page
 * asked for, the page shown is the one holding today's marker when the period holds
 * today (`todayPage`), else its first, so the page still opens at today.
 */
export async function getTimelinePage(searchParams: RawSearchParams) {
  return readTimelinePage(db, todayIso(), searchParams);
}

/** getTimelinePage on a given database and day (tests use their own). */
export async function readTimelinePage(db: Db, today: string, searchParams: RawSearchParams) {
  const { values, errors } = parseSearchParams(TimelinePageSchema, searchParams);
  const { order = "oldest", page: asked, at, ...filters } = values;
  const thisYear = yearOf(today);
  const { kind, sector, side } = filters;
  const [tallies, sectors] = await Promise.all([
    tallyTimelineYears(db, today, { kind, sector, side }),
    db.sector.findMany({
      orderBy: { sortOrder: "asc" },
      select: { slug: true, nameEn: true, nameKo: true, nameZh: true },
    }),
  ]);
  const years = tallies.map(({ year, count }) => ({ year, count }));
  const period = periodOf(filters, years, thisYear);
  const within = tallies.filter((y) => inPeriod(period, y.year));
  const total = within.reduce((n, y) => n + y.count, 0);
  const pageCount = pageCountOf(total);
  const size = pageSizeOf(total);
  const shown = { ...filters, from: period.from, to: period.to };
  // The earliest `limit` entries of the period, in the timeline's order.
  const earliest = async (limit: number) =>
    groupByYear(filterTimeline(await listTimelineEntries(db, today, { ...shown, limit }), shown)).flatMap(
      (g) => g.entries,
    );
  // The marker is drawn only in today's own year, when it holds entries.
  const todayPage = within.some((y) => y.year === thisYear)
    ? Math.min(
        pageCount,
        todayPageOf(
          within.reduce((n, y) => n + y.past, 0),
          size,
        ),
      )
    : undefined;
  // A deep link to an entry: the page that holds it (the whole period read once, then cached).
  const atIndex = !asked && at && pageCount > 1 ? (await earliest(total)).findIndex((e) => e.key === at) : -1;
  const page = Math.min(pageCount, asked || (atIndex >= 0 ? Math.floor(atIndex / size) + 1 : 0) || todayPage || 1);
  // The earliest entries up to the end of the page: the page is their last part.
  const entries = (await earliest(page * size)).slice((page - 1) * size, page * size);
  return { filters, order, errors, today, years, sectors, period, page, pageCount, size, todayPage, total, entries };
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
