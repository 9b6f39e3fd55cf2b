import { getLocale } from "next-intl/server";
import { NewLink } from "@/components/editing/new-link";
import { ExportLinks } from "@/components/export/export-links";
import { TimelineFilterForm } from "@/components/timeline/timeline-filter-form";
import { TimelineList } from "@/components/timeline/timeline-list";
import { PageHeader } from "@/components/ui/page-header";
import { ParamErrors } from "@/components/ui/param-errors";
import { yearOf } from "@/lib/dates";
import { getPathname } from "@/lib/i18n/navigation";
import { getTranslations } from "@/lib/i18n/translations";
import type { Locale } from "@/lib/schemas/vocab";
import type { TimelinePageData } from "@/lib/server/queries/timeline-page";
import { neighboursOf } from "@/lib/timeline";
import { type PeriodLinkState, TimelinePager, TimelineYears } from "./timeline-years";

/**
 * The timeline, for the cached page without a query (app/[locale]/timeline) and the
 * per-request one with filters (app/[locale]/filtered/timeline, where proxy.ts sends queries),
 * from what getTimelinePage read for the query: one page of one period at a time, with
 * the year jump, and the pager to the period's other pages and the neighbouring years.
 */
export async function TimelineView({ data }: { locale: Locale; data: TimelinePageData }) {
  const t = await getTranslations("timeline");
  const locale = (await getLocale()) as Locale;
  const { filters, order, errors, today, years, sectors, period, page, pageCount, size, todayPage, total, entries } =
    data;
  const path = getPathname({ href: "/timeline", locale });
  const state: PeriodLinkState = { filters, order, period, path, page, pageCount, todayPage };
  const { earlier, later } = neighboursOf(period, years);
  const first = (page - 1) * size + 1;
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} lead={t("lead")}>
        <NewLink entity="Event" />
      </PageHeader>
      <ParamErrors errors={errors} context="timeline" />
      <TimelineFilterForm filters={filters} order={order} sectors={sectors} />
      <TimelineYears years={years} state={state} thisYear={yearOf(today)} />
      <p className="text-sm text-muted" aria-live="polite" data-testid="timeline-count">
        {[
          pageCount > 1
            ? t("range", { first, last: first + entries.length - 1, count: total })
            : t("count", { count: entries.length }),
          periodNote(t, period),
        ]
          .filter(Boolean)
          .join(" · ")}
      </p>
      <TimelineList entries={entries} today={today} order={order} marker={page === todayPage} />
      <TimelinePager earlier={earlier} later={later} state={state} />
      <ExportLinks view="timeline" filters={filters} />
    </div>
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
