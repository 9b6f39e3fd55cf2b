import { getTranslations } from "next-intl/server";
import { NewLink } from "@/components/editing/new-link";
import { PlanPeriod } from "@/components/plans/plan-period";
import { StatusBar } from "@/components/status/status-bar";
import { Badge, sideTone } from "@/components/ui/badge";
import { FallbackMark, LocalizedName } from "@/components/ui/localized-name";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { htmlLang } from "@/lib/i18n/routing";
import type { Locale } from "@/lib/schemas/vocab";
import type { PlansPageData } from "@/lib/server/queries/plans-page";

/**
 * The plans list, for the cached page without a query (app/[locale]/plans) and the
 * per-request one with filters (app/[locale]/filtered/plans, where proxy.ts sends queries),
 * from the page getPlansPage read for the query.
 */
export async function PlansView({ locale, data }: { locale: Locale; data: PlansPageData }) {
  const t = await getTranslations();
  const { plans, page, pageCount } = data;

  return (
    <div className="space-y-8">
      <PageHeader title={t("plans.title")} lead={t("plans.lead")}>
        <NewLink entity="ActionPlan" />
      </PageHeader>
      <ul className="grid grid-cols-1 gap-4 md:grid-cols-2">
        {plans.map((p) => {
          const title = localized(p, "title", locale);
          return (
            <li key={p.slug} className="card" data-testid="plan-card">
              <h2 className="card-title" lang={htmlLang(title.lang)}>
                <Link href={`/plans/${p.slug}`}>
                  {title.text}
                  <FallbackMark value={title} />
                </Link>
              </h2>
              <dl className="facts">
                <dt>{t("plans.period")}</dt>
                <dd>
                  <PlanPeriod plan={p} unknown={t("record.notStated")} ongoing={t("plans.ongoing")} brief />
                </dd>
                <dt>{t("fields.implementingBody")}</dt>
                <dd>
                  {p.implementingBody ? (
                    <span className="inline-flex flex-wrap items-baseline gap-x-1.5">
                      <Badge tone={sideTone(p.implementingBody.side)}>
                        {t(`side.${p.implementingBody.side}` as "side.KR")}
                      </Badge>
                      <Link href={`/ministries/${p.implementingBody.slug}`}>
                        <LocalizedName value={localized(p.implementingBody, "name", locale)} />
                      </Link>
                    </span>
                  ) : (
                    <span className="text-muted">{t("record.notStated")}</span>
                  )}
                </dd>
                {p.parent ? (
                  <>
                    <dt>{t("fields.parent")}</dt>
                    <dd>
                      <Link href={`/plans/${p.parent.slug}`}>
                        <LocalizedName value={localized(p.parent, "title", locale)} />
                      </Link>
                    </dd>
                  </>
                ) : null}
                <dt>{t("plans.items")}</dt>
                <dd>
                  <StatusBar counts={p.counts} />
                </dd>
              </dl>
            </li>
          );
        })}
      </ul>
      <Pagination page={page} pageCount={pageCount} hrefFor={(n) => (n === 1 ? "/plans" : `/plans?page=${n}`)} />
    </div>
  );
}
