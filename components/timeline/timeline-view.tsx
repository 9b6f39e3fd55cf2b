import { getTranslations } from "next-intl/server";
import { NewLink } from "@/components/editing/new-link";
import { ExportLinks } from "@/components/export/export-links";
import { TimelineFilterForm } from "@/components/timeline/timeline-filter-form";
import { TimelineList } from "@/components/timeline/timeline-list";
import { PageHeader } from "@/components/ui/page-header";
import { ParamErrors } from "@/components/ui/param-errors";
import { toQueryString } from "@/lib/schemas/search-params";
import type { Locale } from "@/lib/schemas/vocab";
import type { TimelinePageData } from "@/lib/server/queries/timeline-page";
import { groupByYear } from "@/lib/timeline";

/**
 * The timeline, for the cached page without a query (app/[locale]/timeline) and the
 * per-request one with filters (app/[locale]/filtered/timeline, where proxy.ts sends queries),
 * from what getTimelinePage read for the query.
 */
export async function TimelineView({ data }: { locale: Locale; data: TimelinePageData }) {
  const t = await getTranslations("timeline");
  const { filters, errors, today, extent, sectors, windowed, range, entries, matched } = data;
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
        {matched > entries.length ? ` ${t("capped", { shown: entries.length })}` : ""}
      </p>
      <TimelineList entries={entries} today={today} />
      <ExportLinks view="timeline" filters={filters} />
    </div>
  );
}
