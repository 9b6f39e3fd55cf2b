import { NewLink } from "@/components/editing/new-link";
import { type PlanCard, PlanCards, type PlanWords } from "@/components/plans/plan-cards";
import { compactName } from "@/components/ui/compact-name";
import { nameWords } from "@/components/ui/name-words";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { formatPartialDate } from "@/lib/dates";
import { localized } from "@/lib/i18n/localized";
import { getTranslations } from "@/lib/i18n/translations";
import { IMPLEMENTATION_STATUSES, type Locale } from "@/lib/schemas/vocab";
import type { PlansPageData } from "@/lib/server/queries/plans-page";
import { STATUS_STYLE } from "@/lib/status";

/**
 * The plans list, for the cached page without a query (app/[locale]/plans) and the
 * per-request one with filters (app/[locale]/filtered/plans, where proxy.ts sends queries),
 * from the page getPlansPage read for the query. The cards are drawn on the client from
 * short data: the RSC payload then carries the data, not the cards' element tree (issue 19).
 */
export async function PlansView({ locale, data }: { locale: Locale; data: PlansPageData }) {
  const t = await getTranslations();
  const { plans, page, pageCount } = data;
  const words: PlanWords = {
    ...(await nameWords()),
    period: t("plans.period"),
    notStated: t("record.notStated"),
    ongoing: t("plans.ongoing"),
    implementingBody: t("fields.implementingBody"),
    sides: Object.fromEntries(
      plans.flatMap((p) => (p.implementingBody ? [p.implementingBody.side] : [])).map((s) => [s, t(`side.${s}`)]),
    ),
    parent: t("fields.parent"),
    items: t("plans.items"),
    // The count stays a placeholder: "{count} {status}" takes it as it is (no plural).
    statuses: IMPLEMENTATION_STATUSES.map(
      (s) =>
        [
          STATUS_STYLE[s].icon,
          STATUS_STYLE[s].bar,
          t("status.countOf", { count: "{n}", status: t(`status.${s}`) }),
        ] as const,
    ),
    noItems: t("status.noItems"),
  };

  return (
    <div className="space-y-8">
      <PageHeader title={t("plans.title")} lead={t("plans.lead")}>
        <NewLink entity="ActionPlan" />
      </PageHeader>
      <PlanCards cards={plans.map((p) => planCard(p, locale))} words={words} />
      <Pagination page={page} pageCount={pageCount} hrefFor={(n) => (n === 1 ? "/plans" : `/plans?page=${n}`)} />
    </div>
  );
}

function planCard(p: PlansPageData["plans"][number], locale: Locale): PlanCard {
  const title = localized(p, "title", locale);
  const date = (iso: string | null, inferred: boolean) =>
    iso ? { iso, text: formatPartialDate(iso, locale), inferred } : null;
  const start = date(p.startOn, p.startInferred);
  const end = date(p.endOn, p.endInferred);
  const counts = IMPLEMENTATION_STATUSES.map((s) => p.counts[s]);
  const body = p.implementingBody;
  return {
    s: p.slug,
    n: title.text,
    ...(title.isFallback ? { l: title.lang } : {}),
    ...(start ? { a: start.inferred ? [start.iso, start.text, 1] : [start.iso, start.text] } : {}),
    ...(end ? { e: end.inferred ? [end.iso, end.text, 1] : [end.iso, end.text] } : {}),
    ...(body ? { b: { s: body.slug, d: body.side, ...compactName(localized(body, "name", locale)) } } : {}),
    ...(p.parent ? { p: { s: p.parent.slug, ...compactName(localized(p.parent, "title", locale)) } } : {}),
    ...(counts.some((n) => n > 0) ? { c: counts } : {}),
  };
}
