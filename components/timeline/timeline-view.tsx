import { getTranslations } from "next-intl/server";
import { NewLink } from "@/components/editing/new-link";
import { ExportLinks } from "@/components/export/export-links";
import { TimelineFilterForm } from "@/components/timeline/timeline-filter-form";
import { TimelineList } from "@/components/timeline/timeline-list";
import { PageHeader } from "@/components/ui/page-header";
import { ParamErrors } from "@/components/ui/param-errors";
import { todayIso } from "@/lib/dates";
import { parseSearchParams, type RawSearchParams, toQueryString } from "@/lib/schemas/search-params";
import { TimelineFiltersSchema } from "@/lib/schemas/timeline-filters";
import type { Locale } from "@/lib/schemas/vocab";
import { db } from "@/lib/server/db/client";
import { filterTimeline, getTimelineExtent, listTimelineEntries } from "@/lib/server/queries/timeline";
import { groupByYear, TIMELINE_MAX_ENTRIES, TIMELINE_MAX_ROWS } from "@/lib/timeline";

/**
 * The timeline, for the cached page without a query (app/[locale]/timeline) and the
 * per-request one with filters (app/[locale]/filtered/timeline, where proxy.ts sends queries).
 */
export async function TimelineView({ searchParams }: { locale: Locale; searchParams: RawSearchParams }) {
  const t = await getTranslations("timeline");
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
  const shownYears = new Set(groupByYear(entries).map((g) => g.year));
  const allYears =
    extent.firstYear === null || extent.lastYear === null
      ? []
      : Array.from({ length: extent.lastYear - extent.firstYear + 1 }, (_, i) => (extent.firstYear as number) + i);
  const yearHref = (y: number) =>
    shownYears.has(y) ? `#y${y}` : `/timeline${toQueryString({ ...filters, from: y, to: y })}#y${y}`;

  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} lead={t("lead")}>
        <NewLink entity="Event" />
      </PageHeader>
      <ParamErrors errors={errors} context="timeline" />
      <TimelineFilterForm filters={filters} sectors={sectors} />
      {allYears.length > 0 ? (
        <nav aria-label={t("jumpToYear")} className="no-print flex flex-wrap items-center gap-1.5 text-sm">
          <span className="mr-1 text-muted">{t("jumpToYear")}:</span>
          {allYears.map((y) => (
            <a
              key={y}
              href={yearHref(y)}
              aria-current={shownYears.has(y) ? "true" : undefined}
              className="rounded border border-line bg-white px-2 py-0.5 tabular-nums no-underline hover:border-accent"
            >
              {y}
            </a>
          ))}
        </nav>
      ) : null}
      <p className="text-sm text-muted" aria-live="polite">
        {t("count", { count: entries.length })}
        {windowed && range.from !== undefined && range.to !== undefined
          ? ` ${t("windowed", { from: range.from, to: range.to })}`
          : ""}
        {matching.length > entries.length ? ` ${t("capped", { shown: entries.length })}` : ""}
      </p>
      <TimelineList entries={entries} today={today} />
      <ExportLinks view="timeline" filters={filters} />
    </div>
  );
}
