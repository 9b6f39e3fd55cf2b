import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { apiReference, COMMON, OperationDoc, SchemaDoc } from "@/components/open-data/api-reference";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { alternatesFor, pageLocale } from "@/lib/i18n/alternates";
import { Link } from "@/lib/i18n/navigation";
import { getTranslations } from "@/lib/i18n/translations";

/**
 * One resource of the API reference (/open-data/agreements, …): its endpoints with their
 * parameters and responses, and its response shapes field by field; /open-data/common has
 * the shapes several resources share.
 */

// Rendered on first request and then kept, as every page (app/[locale]/layout.tsx); a
// resource the API does not have is a 404.
export function generateStaticParams() {
  return [];
}

function groupOf(slug: string) {
  const api = apiReference();
  const group = api.groups.find((g) => g.slug === slug);
  return group ? { api, group } : null;
}

export async function generateMetadata({ params }: PageProps<"/[locale]/open-data/[group]">): Promise<Metadata> {
  const { locale, group: slug } = await params;
  const found = groupOf(slug);
  if (!found) return {};
  const t = await getTranslations({ locale, namespace: "openData.apiDocs" });
  const name = found.group.slug === COMMON ? t("common") : found.group.name;
  return {
    title: t("groupTitle", { group: name }),
    description: t("description"),
    alternates: alternatesFor(locale, `/open-data/${slug}`),
  };
}

export default async function OpenDataGroupPage({ params }: PageProps<"/[locale]/open-data/[group]">) {
  await pageLocale(params);
  const { group: slug } = await params;
  const found = groupOf(slug);
  if (!found) notFound();
  const { api, group } = found;
  const t = await getTranslations("openData.apiDocs");
  const name = group.slug === COMMON ? t("common") : group.name;
  return (
    <div className="space-y-10">
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <Link href="/open-data">{t("title")}</Link>
      </nav>
      <PageHeader title={t("groupTitle", { group: name })} lead={t(group.slug === COMMON ? "commonLead" : "groupLead")}>
        <ul className="api-jump" lang="en">
          {api.groups.map((g) => (
            <li key={g.slug}>
              {g.slug === group.slug ? (
                <span aria-current="page">{g.slug === COMMON ? t("common") : g.name}</span>
              ) : (
                <Link href={`/open-data/${g.slug}`}>{g.slug === COMMON ? t("common") : g.name}</Link>
              )}
            </li>
          ))}
        </ul>
      </PageHeader>
      {group.operations.map((item) => (
        <OperationDoc key={item.op.operationId} item={item} api={api} from={group.slug} t={t} />
      ))}
      {group.schemas.length > 0 ? (
        <Section id="schemas" title={t("schemas")}>
          <div className="space-y-6" lang="en">
            {group.schemas.map(([schemaName, schema]) => (
              <SchemaDoc key={schemaName} name={schemaName} schema={schema} api={api} from={group.slug} />
            ))}
          </div>
        </Section>
      ) : null}
    </div>
  );
}
