import { getLocale, getTranslations } from "next-intl/server";
import { getPathname } from "@/lib/i18n/navigation";
import { toQueryString } from "@/lib/schemas/search-params";
import type { TimelineFilters } from "@/lib/schemas/timeline-filters";
import type { Locale } from "@/lib/schemas/vocab";
import { inPeriod, type Period, type TimelineOrder, type YearCount } from "@/lib/timeline";

/** What a link to another period of the timeline keeps: the filters and order, with its own years. */
export type PeriodLinkState = { filters: TimelineFilters; order: TimelineOrder; period: Period };

/**
 * The address of one year: on the page when the period holds it, otherwise the page of
 * that year with the same filters and order, from its top, so the year jump stays in
 * view for the next jump. Plain links, so it works without JavaScript.
 */
export function yearHref({ filters, order, period }: PeriodLinkState, year: number): string {
  if (inPeriod(period, year)) return `#y${year}`;
  // Relative to the page itself, so it keeps the reader's language.
  return toQueryString({ ...filters, from: year, to: year, order: order === "newest" ? order : undefined });
}

/** The page around today (at the timeline's address in the reader's language) with the same filters, at its marker. */
function todayHref({ filters, order, period }: PeriodLinkState, thisYear: number, path: string): string {
  if (inPeriod(period, thisYear)) return "#today";
  const query = toQueryString({
    ...filters,
    from: undefined,
    to: undefined,
    order: order === "newest" ? order : undefined,
  });
  return `${path}${query}#today`;
}

/** The year jump: only the years that hold entries under the filters, each with its count, and today. */
export async function TimelineYears({
  years,
  state,
  thisYear,
}: {
  years: readonly YearCount[];
  state: PeriodLinkState;
  thisYear: number;
}) {
  const t = await getTranslations("timeline");
  const path = getPathname({ href: "/timeline", locale: (await getLocale()) as Locale });
  if (years.length === 0) return null;
  return (
    <nav aria-label={t("jumpToYear")} className="tl-years no-print" data-testid="year-jump">
      <span>{t("jumpToYear")}:</span>
      {years.some((y) => y.year === thisYear) ? (
        <a href={todayHref(state, thisYear, path)} className="tl-today">
          {t("todayLink")}
        </a>
      ) : null}
      {years.map(({ year, count }) => (
        <a
          key={year}
          href={yearHref(state, year)}
          {...(inPeriod(state.period, year) ? { "aria-current": "page" as const } : {})}
          title={t("yearEntries", { year: String(year), count })}
        >
          {year} <small>{count}</small>
        </a>
      ))}
    </nav>
  );
}

/** "← 2025 · 2027 →": the nearest years with entries either side of the period. */
export async function TimelinePager({
  earlier,
  later,
  state,
}: {
  earlier?: YearCount;
  later?: YearCount;
  state: PeriodLinkState;
}) {
  const t = await getTranslations("timeline");
  if (!earlier && !later) return null;
  return (
    // Newest first, the list runs on into earlier years: their link goes on the right.
    <nav
      aria-label={t("otherYears")}
      className={`no-print flex justify-between gap-4 text-sm ${state.order === "newest" ? "flex-row-reverse" : ""}`}
      data-testid="year-pager"
    >
      {earlier ? (
        <a href={yearHref(state, earlier.year)} rel="prev">
          ← {t("earlier", { year: String(earlier.year), count: earlier.count })}
        </a>
      ) : (
        <span />
      )}
      {later ? (
        <a href={yearHref(state, later.year)} rel="next">
          {t("later", { year: String(later.year), count: later.count })} →
        </a>
      ) : null}
    </nav>
  );
}
