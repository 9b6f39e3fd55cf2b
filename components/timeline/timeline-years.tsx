import { getTranslations } from "@/lib/i18n/translations";
import { toQueryString } from "@/lib/schemas/search-params";
import type { TimelineFilters } from "@/lib/schemas/timeline-filters";
import { inPeriod, type Period, pageCountOf, type TimelineOrder, type YearCount } from "@/lib/timeline";

/**
 * What a link to another page or period of the timeline keeps: the filters and order,
 * with its own years and page; the timeline's address in the reader's language; and
 * where this page stands in its period (which page holds today, if any).
 */
export type PeriodLinkState = {
  filters: TimelineFilters;
  order: TimelineOrder;
  period: Period;
  path: string;
  page: number;
  pageCount: number;
  todayPage?: number;
};

/** The last page of a year holding `count` entries; none (its first) when one page holds them. */
const lastPage = (count: number) => {
  const pages = pageCountOf(count);
  return pages > 1 ? pages : undefined;
};

const newest = (order: TimelineOrder) => (order === "newest" ? order : undefined);

/**
 * The address of one year: on the page when the page holds it (the period is that one
 * year, or a range on a single page), otherwise the page of that year with the same
 * filters and order, from its top, so the year jump stays in view for the next jump.
 * Plain links, so it works without JavaScript.
 */
export function yearHref(state: PeriodLinkState, year: number, page?: number): string {
  const { filters, order, period, pageCount } = state;
  if (inPeriod(period, year) && (pageCount === 1 || period.from === period.to)) return `#y${year}`;
  // Relative to the page itself, so it keeps the reader's language.
  return toQueryString({ ...filters, from: year, to: year, order: newest(order), page });
}

/** Another page of the period: the page holding today (or the first) is the period's own address. */
export function pageHref({ filters, order, path, todayPage }: PeriodLinkState, page: number): string {
  const query = toQueryString({ ...filters, order: newest(order), page: page === (todayPage ?? 1) ? undefined : page });
  // Relative to the page where there is a query; the timeline's own address where there is none.
  return query || path;
}

/** The page around today with the same filters, at its marker: on this page when it holds the marker. */
function todayHref({ filters, order, page, todayPage, path }: PeriodLinkState): string {
  if (page === todayPage) return "#today";
  return `${path}${toQueryString({ ...filters, from: undefined, to: undefined, order: newest(order) })}#today`;
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
  if (years.length === 0) return null;
  return (
    <nav aria-label={t("jumpToYear")} className="tl-years no-print" data-testid="year-jump">
      <span>{t("jumpToYear")}:</span>
      {years.some((y) => y.year === thisYear) ? (
        <a href={todayHref(state)} className="tl-today">
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

/**
 * "← Earlier entries · page 2 of 5 · Later entries →" within a period that holds more
 * than a page; at its ends, the nearest years with entries either side of it.
 */
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
  const { page, pageCount } = state;
  const prev =
    page > 1
      ? { href: pageHref(state, page - 1), label: t("earlierPage") }
      : earlier
        ? {
            // The earlier year's last page, which runs on to this one.
            href: yearHref(state, earlier.year, lastPage(earlier.count)),
            label: t("earlier", { year: String(earlier.year), count: earlier.count }),
          }
        : null;
  const next =
    page < pageCount
      ? { href: pageHref(state, page + 1), label: t("laterPage") }
      : later
        ? { href: yearHref(state, later.year), label: t("later", { year: String(later.year), count: later.count }) }
        : null;
  if (!prev && !next) return null;
  return (
    // Newest first, the list runs on into earlier entries: their link goes on the right.
    <nav
      aria-label={t(pageCount > 1 ? "pages" : "otherYears")}
      className={`tl-pager no-print${state.order === "newest" ? " flex-row-reverse" : ""}`}
      data-testid="year-pager"
    >
      {prev ? (
        <a href={prev.href} rel="prev">
          ← {prev.label}
        </a>
      ) : (
        <span />
      )}
      {pageCount > 1 ? <span>{t("pageOf", { page, pageCount })}</span> : null}
      {next ? (
        <a href={next.href} rel="next">
          {next.label} →
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
