import { getTranslations } from "next-intl/server";
import { NewLink } from "@/components/editing/new-link";
import { ExportLinks } from "@/components/export/export-links";
import { TimelineFilterForm } from "@/components/timeline/timeline-filter-form";
import { TimelineList } from "@/components/timeline/timeline-list";
import { PageHeader } from "@/components/ui/page-header";
import { ParamErrors } from "@/components/ui/param-errors";
import { yearOf } from "@/lib/dates";
import { toQueryString } from "@/lib/schemas/search-params";
import type { Locale } from "@/lib/schemas/vocab";
import type { TimelinePageData } from "@/lib/server/queries/timeline-page";
import { neighboursOf } from "@/lib/timeline";
import { type PeriodLinkState, TimelinePager, TimelineYears } from "./timeline-years";

/**
 * The timeline, for the cached page without a query (app/[locale]/timeline) and the
 * per-request one with filters (app/[locale]/filtered/timeline, where proxy.ts sends queries),
 * from what getTimelinePage read for the query: one period at a time, with the year
 * jump and the neighbouring years as links to the others.
 */
export async function TimelineView({ data }: { locale: Locale; data: TimelinePageData }) {
  const t = await getTranslations("timeline");
  const { filters, order, errors, today, years, sectors, period, fromToday, entries, matched } = data;
  const state: PeriodLinkState = { filters, order, period };
  const { earlier, later } = neighboursOf(period, years);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} lead={t("lead")}>
        <NewLink entity="Event" />
      </PageHeader>
      <ParamErrors errors={errors} context="timeline" />
      <TimelineFilterForm filters={filters} order={order} sectors={sectors} />
      <TimelineYears years={years} state={state} thisYear={yearOf(today)} />
      <p className="text-sm text-muted" aria-live="polite" data-testid="timeline-count">
        {[t("count", { count: entries.length }), fromToday ? "" : periodNote(t, period)].filter(Boolean).join(" · ")}
        {fromToday && period.from !== undefined ? <WholeYear year={period.from} state={state} /> : null}
        {matched > entries.length ? ` ${t("capped", { shown: entries.length })}` : ""}
      </p>
      <TimelineList entries={entries} today={today} order={order} />
      <TimelinePager earlier={earlier} later={later} state={state} />
      <ExportLinks view="timeline" filters={filters} />
    </div>
  );
}

/** The year around today held more than a page, so it is shown from today: a link to the whole of it. */
async function WholeYear({ year, state }: { year: number; state: PeriodLinkState }) {
  const t = await getTranslations("timeline");
  const query = toQueryString({
    ...state.filters,
    from: year,
    to: year,
    order: state.order === "newest" ? "newest" : undefined,
  });
  return (
    <>
      {` · ${t("periodFromToday", { year: String(year) })} · `}
      <a href={query}>{t("wholeYear", { year: String(year) })}</a>
    </>
  );
}

type Translate = Awaited<ReturnType<typeof getTranslations<"timeline">>>;

/** Which years are shown, and why: the year around today, or the reader's range. */
function periodNote(t: Translate, { from, to, chosen }: TimelinePageData["period"]): string {
  if (chosen && from !== undefined) return t("periodToday", { year: String(from) });
  if (from !== undefined && to !== undefined) {
    return from === to
      ? t("periodYear", { year: String(from) })
      : t("periodRange", { from: String(from), to: String(to) });
  }
  if (from !== undefined) return t("periodFrom", { year: String(from) });
  if (to !== undefined) return t("periodTo", { year: String(to) });
  return "";
}
