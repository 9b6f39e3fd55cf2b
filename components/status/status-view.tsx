import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ExportLinks } from "@/components/export/export-links";
import { StatusBadge } from "@/components/status/status-badge";
import { StatusGroupTable } from "@/components/status/status-group-table";
import { StatusMixChart } from "@/components/status/status-mix-chart";
import { Field, inputClass } from "@/components/ui/form-controls";
import { LocalizedName } from "@/components/ui/localized-name";
import { PageHeader } from "@/components/ui/page-header";
import { ParamErrors } from "@/components/ui/param-errors";
import { PartialDate } from "@/components/ui/partial-date";
import { Section } from "@/components/ui/section";
import { localized } from "@/lib/i18n/localized";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { toQueryString } from "@/lib/schemas/search-params";
import { IMPLEMENTATION_STATUSES, type Locale } from "@/lib/schemas/vocab";
import { RENEWAL_WINDOW_DAYS, STATUS_ITEMS_SHOWN } from "@/lib/server/queries/status";
import type { StatusPageData } from "@/lib/server/queries/status-page";
import { DEFAULT_STALE_DAYS, STATUS_STYLE, shares } from "@/lib/status";

type T = Awaited<ReturnType<typeof getTranslations>>;
type Board = StatusPageData["board"];
type Item = Board["overdue"][number];
/** What each part of the board is drawn from: the board, the query's values, the reader's language and words. */
type Part = Pick<StatusPageData, "board" | "values"> & { locale: Locale; t: T; itemLink: (i: Item) => ReactNode };

/**
 * The status board, for the cached page without a query (app/[locale]/status) and the
 * per-request one with filters (app/[locale]/filtered/status, where proxy.ts sends queries),
 * from what getStatusPage read for the query.
 */
export async function StatusView({ locale, values, errors, board }: StatusPageData & { locale: Locale }) {
  const t = await getTranslations();
  const itemLink = (i: Item) => (
    <Link href={`/plans/${i.plan.slug}#${i.slug}`}>
      {i.number}. <LocalizedName value={localized(i, "title", locale)} />
    </Link>
  );
  const part: Part = { board, values, locale, t, itemLink };

  return (
    <div className="space-y-10">
      <PageHeader title={t("status.title")} lead={t("status.lead")} />
      <ParamErrors errors={errors} />
      <ExportLinks view="status" filters={{ status: values.status }} />
      <Overall {...part} />
      <SelectedItems {...part} />
      <Groups {...part} />

      <Section id="mix" title={t("status.mixTitle")}>
        <StatusMixChart mix={board.mix} />
      </Section>

      <div className="grid gap-10 lg:grid-cols-2">
        <Overdue {...part} />
        <Stale {...part} />
      </div>

      <Expiring {...part} />
    </div>
  );
}

/** How many items have each status, each a link to its list. */
function Overall({ board, values, locale, t }: Part) {
  const share = shares(board.counts);
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  return (
    <Section id="overall" title={t("status.overall")}>
      <p className="text-sm text-muted">{t("status.itemTotal", { count: board.total })}</p>
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6" data-testid="status-counts">
        {IMPLEMENTATION_STATUSES.map((s) => (
          <li key={s} data-status={s}>
            <Link
              href={`/status${toQueryString({ status: s, staleDays: values.staleDays === DEFAULT_STALE_DAYS ? undefined : values.staleDays })}#items`}
              aria-current={values.status === s ? "true" : undefined}
              className={`block rounded-lg border bg-white p-3 text-ink no-underline hover:border-accent ${values.status === s ? "border-accent ring-1 ring-accent" : "border-line"}`}
            >
              <p className="text-xs text-muted">
                <span aria-hidden="true" className="font-bold" style={{ color: STATUS_STYLE[s].bar }}>
                  {STATUS_STYLE[s].icon}{" "}
                </span>
                {t(`status.${s}`)}
              </p>
              <p className="mt-1 text-2xl font-semibold tabular-nums" data-testid={`count-${s}`}>
                {board.counts[s]}
              </p>
              <p className="text-xs text-muted tabular-nums">{percent.format(share[s])}</p>
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

/** The items with the status the query picked (?status=…), when it picked one. */
function SelectedItems({ board, values, locale, t, itemLink }: Part) {
  if (!values.status) return null;
  return (
    <Section
      id="items"
      title={t("status.itemsWith", { status: t(`status.${values.status}`) })}
      aside={
        <Link href="/status" className="text-xs">
          {t("status.clearStatus")}
        </Link>
      }
    >
      {board.selected.length === 0 ? (
        <p className="text-sm text-muted">{t("status.noneWith")}</p>
      ) : (
        <ul
          className="divide-y divide-line rounded-lg border border-line bg-white text-sm"
          data-testid="selected-items"
        >
          {board.selected.map((i) => (
            <li key={i.slug} className="flex flex-wrap items-baseline gap-x-2 p-3">
              <StatusBadge status={i.status} />
              {itemLink(i)}
              <span className="text-xs text-muted">
                · <LocalizedName value={localized(i.plan, "title", locale)} />
              </span>
            </li>
          ))}
        </ul>
      )}
      {board.counts[values.status] > STATUS_ITEMS_SHOWN ? (
        <p className="text-xs text-muted">{t("status.firstShown", { shown: STATUS_ITEMS_SHOWN })}</p>
      ) : null}
    </Section>
  );
}

/** The counts by plan, by ministry and by sector. */
function Groups({ board, locale, t }: Part) {
  return (
    <>
      <Section
        id="by-plan"
        title={t("status.byPlan")}
        aside={
          board.planCount > board.byPlan.length ? (
            <span className="text-xs text-muted">
              {t("status.plansShown", { shown: board.byPlan.length, count: board.planCount })}
            </span>
          ) : undefined
        }
      >
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
      </Section>

      <Section id="by-ministry" title={t("status.byMinistry")}>
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
      </Section>
      <Section id="by-sector" title={t("status.bySector")}>
        <StatusGroupTable
          caption={t("status.bySector")}
          groupLabel={t("fields.sector")}
          rows={board.bySector.flatMap(({ sector, counts }) =>
            sector ? [{ key: sector.slug, label: localized(sector, "name", locale).text, counts }] : [],
          )}
        />
      </Section>
    </>
  );
}

/** Items past their due date and not done. */
function Overdue({ board, t, itemLink }: Part) {
  return (
    <Section id="overdue" title={t("status.overdue")}>
      {board.overdue.length === 0 ? (
        <p className="text-sm text-muted">{t("status.noOverdue")}</p>
      ) : (
        <>
          <p className="text-xs text-muted">
            {t("status.listCount", { count: board.overdueCount, shown: board.overdue.length })}
          </p>
          <ul className="space-y-2 text-sm" data-testid="overdue-items">
            {board.overdue.map((i) => (
              <li key={i.slug} className="flex flex-wrap items-baseline gap-2">
                <StatusBadge status={i.status} />
                {itemLink(i)}
                <span className="text-muted">
                  · {t("fields.dueOn")} <PartialDate value={i.dueOn as string} />
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}

/** Items whose status nobody has assessed for `staleDays` days, with the field that sets the days. */
function Stale({ board, values, locale, t, itemLink }: Part) {
  return (
    <Section id="stale" title={t("status.stale")}>
      <form method="get" action={getPathname({ href: "/status", locale })} className="no-print flex items-end gap-2">
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
          <p className="text-xs text-muted">
            {t("status.listCount", { count: board.staleCount, shown: board.stale.length })}
          </p>
          <ul className="space-y-2 text-sm" data-testid="stale-items">
            {board.stale.map((i) => (
              <li key={i.slug} className="flex flex-wrap items-baseline gap-2">
                <StatusBadge status={i.status} />
                {itemLink(i)}
                <span className="text-muted">
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
    </Section>
  );
}

/** Agreements that expire within the renewal window. */
function Expiring({ board, locale, t }: Part) {
  return (
    <Section id="expiring" title={t("status.expiring", { days: RENEWAL_WINDOW_DAYS })}>
      {board.expiring.length === 0 ? (
        <p className="text-sm text-muted">{t("status.noExpiring", { days: RENEWAL_WINDOW_DAYS })}</p>
      ) : (
        <ul className="space-y-1 text-sm">
          {board.expiring.map((a) => (
            <li key={a.slug}>
              <Link href={`/agreements/${a.slug}`}>
                <LocalizedName value={localized(a, "title", locale)} />
              </Link>
              <span className="text-muted">
                {" "}
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
      )}
    </Section>
  );
}
