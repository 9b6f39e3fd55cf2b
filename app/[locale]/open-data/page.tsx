import { apiReference, COMMON, Method } from "@/components/open-data/api-reference";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { pageLocale, sectionMetadata } from "@/lib/i18n/alternates";
import { Link } from "@/lib/i18n/navigation";
import { getTranslations } from "@/lib/i18n/translations";

/**
 * /open-data (and /api, which redirects here): the API reference's overview, rendered on the
 * server from the generated OpenAPI document, so it cannot drift from the API: every endpoint
 * and every response shape, each linking to its resource's page (app/[locale]/open-data/[group]).
 */

export const generateMetadata = sectionMetadata("openData.apiDocs", "/open-data");

export default async function OpenDataPage({ params }: PageProps<"/[locale]/open-data">) {
  await pageLocale(params);
  const t = await getTranslations("openData.apiDocs");
  const api = apiReference();
  const { doc } = api;

  return (
    <div className="space-y-10">
      <PageHeader title={t("title")} lead={t("lead")}>
        <p lang="en" className="text-sm">
          {doc.info.description}
        </p>
        <p>
          <a href="/api/v1/openapi.json" className="font-medium">
            {t("document")}
          </a>{" "}
          <span className="text-xs text-muted">v{doc.info.version}</span>
        </p>
      </PageHeader>

      <Section id="other" title={t("other")}>
        <ul className="list-disc space-y-1 pl-5 text-sm">
          <li>
            <a href="/calendar.ics">/calendar.ics</a>: {t("calendar")}
          </li>
          <li>
            <a href="/feed.xml">/feed.xml</a>: {t("feed")}
          </li>
          <li>/export/…: {t("exports")}</li>
          <li>
            {t("template")}:{" "}
            <a href="/import-templates/agreements.csv" download>
              agreements
            </a>
            ,{" "}
            <a href="/import-templates/items.csv" download>
              items
            </a>
            ,{" "}
            <a href="/import-templates/status-updates.csv" download>
              status-updates
            </a>
          </li>
        </ul>
      </Section>

      <Section id="endpoints" title={t("endpoints")}>
        <p className="text-sm text-muted">{t("endpointsLead")}</p>
        <div className="api-ix" lang="en">
          {api.groups
            .filter((g) => g.operations.length > 0)
            .map((g) => (
              <div key={g.slug}>
                <h3>
                  <Link href={`/open-data/${g.slug}`}>{g.name}</Link>
                </h3>
                <ul>
                  {g.operations.map(({ method, path, op }) => (
                    <li key={op.operationId} id={op.operationId}>
                      <Method method={method} />
                      <Link href={`/open-data/${g.slug}#${op.operationId}`}>
                        {api.base}
                        {path}
                      </Link>{" "}
                      <span>{op.summary}</span>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
        </div>
      </Section>

      <Section id="schemas" title={t("schemas")}>
        <p className="text-sm text-muted">{t("schemasLead")}</p>
        <dl className="api-sx" lang="en">
          {api.groups.map((g) => (
            <div key={g.slug}>
              <dt>
                <Link href={`/open-data/${g.slug}#schemas-heading`}>{g.slug === COMMON ? t("common") : g.name}</Link>
              </dt>
              <dd>
                {g.schemas.map(([name], i) => (
                  <span key={name} id={`schema-${name}`}>
                    {i > 0 ? ", " : ""}
                    <Link href={`/open-data/${g.slug}#schema-${name}`}>{name}</Link>
                  </span>
                ))}
              </dd>
            </div>
          ))}
        </dl>
      </Section>
    </div>
  );
}
