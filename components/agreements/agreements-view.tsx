import { AgreementFilterForm } from "@/components/agreements/agreement-filter-form";
import { AgreementResults } from "@/components/agreements/agreement-results";
import { CompareForm } from "@/components/agreements/compare-form";
import { NewLink } from "@/components/editing/new-link";
import { ExportLinks } from "@/components/export/export-links";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { ParamErrors } from "@/components/ui/param-errors";
import { Link } from "@/lib/i18n/navigation";
import { getTranslations } from "@/lib/i18n/translations";
import { toQueryString } from "@/lib/schemas/search-params";
import type { AgreementsPageData } from "@/lib/server/queries/agreements-page";

/**
 * The agreements list, for the cached page without a query (app/[locale]/agreements) and the
 * per-request one with filters (app/[locale]/filtered/agreements, where proxy.ts sends queries),
 * from what getAgreementsPage read for the query.
 */
export async function AgreementsView({ filters, errors, result, facets }: AgreementsPageData) {
  const t = await getTranslations("agreements");
  const hrefFor = (page: number) => `/agreements${toQueryString({ ...filters, page: page === 1 ? undefined : page })}`;

  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} lead={t("lead")}>
        <NewLink entity="Agreement" />
      </PageHeader>
      <ParamErrors errors={errors} />
      <AgreementFilterForm filters={filters} facets={facets} />
      <section aria-labelledby="results-heading" className="space-y-4">
        <h2 id="results-heading" className="text-sm font-medium text-muted" aria-live="polite">
          {filters.q ? t("resultsFor", { count: result.total, q: filters.q }) : t("results", { count: result.total })}
        </h2>
        {result.rows.length === 0 ? (
          <div className="rounded-lg border border-dashed border-line bg-white p-8 text-center">
            <p className="font-medium">{t("empty")}</p>
            <p className="mt-1 text-sm text-muted">{t("emptyHint")}</p>
            <p className="mt-4">
              <Link href="/agreements" className="font-medium">
                {t("clear")}
              </Link>
            </p>
          </div>
        ) : (
          <>
            <CompareForm />
            <AgreementResults rows={result.rows} terms={result.terms} />
          </>
        )}
        <Pagination page={result.page} pageCount={result.pageCount} hrefFor={hrefFor} />
        <ExportLinks view="agreements" filters={filters} />
      </section>
    </div>
  );
}
