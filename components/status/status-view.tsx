import type { ReactNode } from "react";
import { ExportLinks } from "@/components/export/export-links";
import { StatusBadge } from "@/components/status/status-badge";
import { StatusGroupTable } from "@/components/status/status-group-table";
import { StatusMixChart } from "@/components/status/status-mix-chart";
import { Field, inputClass } from "@/components/ui/form-controls";
import { LocalizedName } from "@/components/ui/localized-name";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { ParamErrors } from "@/components/ui/param-errors";
import { PartialDate } from "@/components/ui/partial-date";
import { Section } from "@/components/ui/section";
import { localized } from "@/lib/i18n/localized";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { getTranslations } from "@/lib/i18n/translations";
import { toQueryString } from "@/lib/schemas/search-params";
import { IMPLEMENTATION_STATUSES, type Locale } from "@/lib/schemas/vocab";
import { RENEWAL_WINDOW_DAYS } from "@/lib/server/queries/status";
import type { StatusPageData } from "@/lib/server/queries/status-page";
import { DEFAULT_STALE_DAYS, STATUS_PAGE_GROUPS, STATUS_PAGE_ITEMS, type StatusShow, shares } from "@/lib/status";

type T = Awaited<ReturnType<typeof getTranslations>>;
type Board = StatusPageData["board"];
type Item = Board["overdue"][number];
/** What each part of the board is drawn from: the board, the query's values, the reader's language and words. */
type Part = Pick<StatusPageData, "board" | "values"> & { locale: Locale; t: T; itemLink: (i: Item) => ReactNode };

/** The address of a part of the board (a list shown whole, a page of it), keeping the stale days. */
function boardHref(values: StatusPageData["values"], query: { show?: StatusShow; status?: string; page?: number }) {
  const staleDays = values.staleDays === DEFAULT_STALE_DAYS ? undefined : values.staleDays;
  return `/status${toQueryString({ ...query, page: query.page === 1 ? undefined : query.page, staleDays })}`;
}

/**
 * The status board, for the cached page without a query (app/[locale]/status) and the
 * per-request one with filters (app/[locale]/filtered/status, where proxy.ts sends queries),
 * from what getStatusPage read for the query. Windowed (issue 19, page weight): the
 * overview shows the counts and the first few of each list, each with a link to the
 * whole list (?show=…, or ?status=… for one status's items), which has a page of its
 * own, paged.
 */
export async function StatusView({ locale, values, errors, board }: StatusPageData & { locale: Locale }) {
  const t = await getTranslations();
  const itemLink = (i: Item) => (
    <Link href={`/plans/${i.plan.slug}#${i.slug}`}>
      {i.number}. <LocalizedName value={localized(i, "title", locale)} />
    </Link>
  );
  const part: Part = { board, values, locale, t, itemLink };
  const whole = values.show ?? (values.status ? "status" : undefined);

  return (
    <div className="space-y-10">
      <PageHeader title={t("status.title")} lead={t("status.lead")} />
      <ParamErrors errors={errors} />
      {whole ? (
        <p className="no-print text-sm">
          <Link href={boardHref(values, {})}>← {t("status.overview")}</Link>
        </p>
      ) : (
        <ExportLinks view="status" filters={{ status: values.status }} />
      )}
      {whole === undefined || whole === "status" ? <Overall {...part} /> : null}
      {whole === "status" ? <SelectedItems {...part} /> : null}
      {whole === undefined || whole === "plans" ? <ByPlan {...part} /> : null}
      {whole === undefined || whole === "ministries" ? <ByMinistry {...part} /> : null}
      {whole === undefined ? (
        <>
          <BySector {...part} />
          <Section id="mix" title={t("status.mixTitle")}>
            <StatusMixChart mix={board.mix} />
          </Section>
        </>
      ) : null}
      {whole === undefined ? (
        <div className="grid gap-10 lg:grid-cols-2">
          <Overdue {...part} />
          <Stale {...part} />
        </div>
      ) : whole === "overdue" ? (
        <Overdue {...part} />
      ) : whole === "stale" ? (
        <Stale {...part} />
      ) : null}
      {whole === undefined || whole === "expiring" ? <Expiring {...part} /> : null}
    </div>
  );
}

/**
 * On the overview, "All 2,000 →" beside a list that holds more than it shows; on the
 * list shown whole, its pages.
 */
function moreOf({ values, t }: Part, show: StatusShow, shown: number, count: number) {
  if (values.show === show || count <= shown) return undefined;
  return { href: boardHref(values, { show }), label: t("status.showAll", { count }) };
}

function pagesOf({ values }: Part, query: { show?: StatusShow; status?: string }, count: number, perPage: number) {
  return (
    <Pagination
      page={values.page}
      pageCount={Math.ceil(count / perPage)}
      hrefFor={(page) => boardHref(values, { ...query, page })}
    />
  );
}

/** How many items have each status, each a link to its list. */
function Overall({ board, values, locale, t }: Part) {
  const share = shares(board.counts);
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  return (
    <Section id="overall" title={t("status.overall")}>
      <p className="text-sm text-muted">{t("status.itemTotal", { count: board.total })}</p>
      <ul className="st-tiles" data-testid="status-counts">
        {IMPLEMENTATION_STATUSES.map((s) => (
          <li key={s} data-s={s}>
            <Link
              href={`${boardHref(values, { status: s })}#items`}
              {...(values.status === s && !values.show ? { "aria-current": "true" as const } : {})}
            >
              <span className="si">{t(`status.${s}`)}</span>
              <b data-testid={`count-${s}`}>{board.counts[s]}</b>
              <small>{percent.format(share[s])}</small>
            </Link>
          </li>
        ))}
      </ul>
      <p className="text-sm">
        {board.averageProgress === null
          ? t("status.noProgress")
          : t("status.averageProgress", { progress: board.averageProgress, count: board.progressKnown })}
      </p>
    </Section>
  );
}

/** The items with the status the query picked (?status=…), a page at a time. */
function SelectedItems(part: Part) {
  const { board, values, locale, t, itemLink } = part;
  if (!values.status) return null;
  return (
    <Section
      id="items"
      title={t("status.itemsWith", { status: t(`status.${values.status}`) })}
      aside={
        <Link href={boardHref(values, {})} className="text-xs">
          {t("status.clearStatus")}
        </Link>
      }
    >
      {board.selected.length === 0 ? (
        <p className="text-sm text-muted">{t("status.noneWith")}</p>
      ) : (
        <ul className="st-list" data-testid="selected-items">
          {board.selected.map((i) => (
            <li key={i.slug}>
              <StatusBadge status={i.status} />
              {itemLink(i)}
              <span>
                · <LocalizedName value={localized(i.plan, "title", locale)} />
              </span>
            </li>
          ))}
        </ul>
      )}
      {pagesOf(part, { status: values.status }, board.counts[values.status], STATUS_PAGE_ITEMS)}
    </Section>
  );
}

/** The counts by plan, the largest first: the first few on the overview, all of them a page at a time. */
function ByPlan(part: Part) {
  const { board, locale, t } = part;
  return (
    <Section id="by-plan" title={t("status.byPlan")} more={moreOf(part, "plans", board.byPlan.length, board.planCount)}>
      <StatusGroupTable
        caption={t("status.byPlan")}
        groupLabel={t("nav.plans")}
        rows={board.byPlan.flatMap(({ plan, counts }) =>
          plan
            ? [
                {
                  key: plan.slug,
                  label: (
                    <Link href={`/plans/${plan.slug}`}>
                      <LocalizedName value={localized(plan, "title", locale)} />
                    </Link>
                  ),
                  counts,
                },
              ]
            : [],
        )}
      />
      {part.values.show === "plans" ? pagesOf(part, { show: "plans" }, board.planCount, STATUS_PAGE_GROUPS) : null}
    </Section>
  );
}

/** The counts by responsible ministry, the largest first, windowed as the plans are. */
function ByMinistry(part: Part) {
  const { board, locale, t } = part;
  return (
    <Section
      id="by-ministry"
      title={t("status.byMinistry")}
      more={moreOf(part, "ministries", board.byBody.length, board.bodyCount)}
    >
      {board.byBody.length === 0 ? null : (
        <StatusGroupTable
          caption={t("status.byMinistry")}
          groupLabel={t("nav.ministries")}
          rows={board.byBody.flatMap(({ body, counts }) =>
            body
              ? [
                  {
                    key: body.slug,
                    label: (
                      <Link href={`/ministries/${body.slug}`}>
                        {body.abbreviation ?? localized(body, "name", locale).text}
                      </Link>
                    ),
                    counts,
                  },
                ]
              : [],
          )}
        />
      )}
      {board.unassignedBody > 0 ? (
        <p className="text-xs text-muted">{t("status.unassigned", { count: board.unassignedBody })}</p>
      ) : null}
      {part.values.show === "ministries"
        ? pagesOf(part, { show: "ministries" }, board.bodyCount, STATUS_PAGE_GROUPS)
        : null}
    </Section>
  );
}

/** The counts by sector: a dozen at most, all shown. */
function BySector({ board, locale, t }: Part) {
  return (
    <Section id="by-sector" title={t("status.bySector")}>
      <StatusGroupTable
        caption={t("status.bySector")}
        groupLabel={t("fields.sector")}
        rows={board.bySector.flatMap(({ sector, counts }) =>
          sector ? [{ key: sector.slug, label: localized(sector, "name", locale).text, counts }] : [],
        )}
      />
    </Section>
  );
}

/** "120 items; 5 shown" over a list that shows part of it (agreements, for the expiring). */
function listCount({ t }: Part, shown: number, count: number, what: "listCount" | "agreementCount" = "listCount") {
  return <p className="text-xs text-muted">{t(`status.${what}`, { count, shown })}</p>;
}

/** Items past their due date and not done. */
function Overdue(part: Part) {
  const { board, t, itemLink } = part;
  return (
    <Section
      id="overdue"
      title={t("status.overdue")}
      more={moreOf(part, "overdue", board.overdue.length, board.overdueCount)}
    >
      {board.overdue.length === 0 ? (
        <p className="text-sm text-muted">{t("status.noOverdue")}</p>
      ) : (
        <>
          {listCount(part, board.overdue.length, board.overdueCount)}
          <ul className="st-list" data-testid="overdue-items">
            {board.overdue.map((i) => (
              <li key={i.slug}>
                <StatusBadge status={i.status} />
                {itemLink(i)}
                <span>
                  · {t("fields.dueOn")} <PartialDate value={i.dueOn as string} />
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {part.values.show === "overdue"
        ? pagesOf(part, { show: "overdue" }, board.overdueCount, STATUS_PAGE_ITEMS)
        : null}
    </Section>
  );
}

/** Items whose status nobody has assessed for `staleDays` days, with the field that sets the days. */
function Stale(part: Part) {
  const { board, values, locale, t, itemLink } = part;
  return (
    <Section id="stale" title={t("status.stale")} more={moreOf(part, "stale", board.stale.length, board.staleCount)}>
      <form method="get" action={getPathname({ href: "/status", locale })} className="no-print flex items-end gap-2">
        {values.show === "stale" ? <input type="hidden" name="show" value="stale" /> : null}
        <Field id="stale-days" label={t("status.staleDays")}>
          <input
            id="stale-days"
            name="staleDays"
            type="number"
            min={1}
            max={3650}
            defaultValue={values.staleDays}
            className={`${inputClass} w-28`}
          />
        </Field>
        <button
          type="submit"
          className="rounded-md border border-accent px-3 py-1.5 text-sm text-accent hover:bg-accent-soft"
        >
          {t("agreements.apply")}
        </button>
      </form>
      {board.stale.length === 0 ? (
        <p className="text-sm text-muted">{t("status.noStale", { days: values.staleDays })}</p>
      ) : (
        <>
          {listCount(part, board.stale.length, board.staleCount)}
          <ul className="st-list" data-testid="stale-items">
            {board.stale.map((i) => (
              <li key={i.slug}>
                <StatusBadge status={i.status} />
                {itemLink(i)}
                <span>
                  ·{" "}
                  {i.statusAssessedOn ? (
                    <>
                      {t("status.lastAssessed")} <PartialDate value={i.statusAssessedOn} />
                    </>
                  ) : (
                    t("status.neverAssessed")
                  )}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {values.show === "stale" ? pagesOf(part, { show: "stale" }, board.staleCount, STATUS_PAGE_ITEMS) : null}
    </Section>
  );
}

/** Agreements that expire within the renewal window, soonest first. */
function Expiring(part: Part) {
  const { board, locale, t } = part;
  return (
    <Section
      id="expiring"
      title={t("status.expiring", { days: RENEWAL_WINDOW_DAYS })}
      more={moreOf(part, "expiring", board.expiring.length, board.expiringCount)}
    >
      {board.expiring.length === 0 ? (
        <p className="text-sm text-muted">{t("status.noExpiring", { days: RENEWAL_WINDOW_DAYS })}</p>
      ) : (
        <>
          {board.expiringCount > board.expiring.length
            ? listCount(part, board.expiring.length, board.expiringCount, "agreementCount")
            : null}
          <ul className="st-list">
            {board.expiring.map((a) => (
              <li key={a.slug}>
                <Link href={`/agreements/${a.slug}`}>
                  <LocalizedName value={localized(a, "title", locale)} />
                </Link>
                <span>
                  · {t("fields.expiresOn")}{" "}
                  <PartialDate
                    value={a.expiresOn as string}
                    inferred={a.expiresInferred}
                    reasoning={a.expiresReasoning}
                  />
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {part.values.show === "expiring"
        ? pagesOf(part, { show: "expiring" }, board.expiringCount, STATUS_PAGE_ITEMS)
        : null}
    </Section>
  );
}
