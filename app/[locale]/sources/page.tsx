import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { NewLink } from "@/components/editing/new-link";
import { TrustBadge } from "@/components/sources/trust-badge";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { PartialDate } from "@/components/ui/partial-date";
import { alternatesFor } from "@/lib/i18n/alternates";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/schemas/vocab";
import { getSourcesPage } from "@/lib/server/queries/sources-page";

// Cached for everybody, revalidated on every edit (lib/server/cache/revalidate.ts) and at least
// every five minutes (dates such as "coming up" move on): docs/decisions/0006.
export const revalidate = 300;

export async function generateMetadata({ params }: PageProps<"/[locale]/sources">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "sources" });
  return { title: t("title"), description: t("description"), alternates: alternatesFor(locale, "/sources") };
}

export default async function SourcesPage({ params }: PageProps<"/[locale]/sources">) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const t = await getTranslations();
  const sources = await getSourcesPage();
  return (
    <div className="space-y-8">
      <PageHeader title={t("sources.title")} lead={t("sources.lead")}>
        <NewLink entity="Source" />
      </PageHeader>
      <ul className="space-y-3">
        {sources.map((s) => (
          <li key={s.id} className="rounded-lg border border-line bg-white p-4" data-testid="source-card">
            <div className="flex flex-wrap items-center gap-2">
              <TrustBadge trust={s.trust} />
              <Badge>{t(`sourceKind.${s.kind}` as "sourceKind.news")}</Badge>
              <span className="text-xs text-muted">{t("sources.citationCount", { count: s._count.citations })}</span>
            </div>
            <h2 className="mt-2 font-semibold" lang="en">
              <Link href={`/sources/${s.id}`} className="text-ink no-underline hover:text-accent hover:underline">
                {s.title}
              </Link>
            </h2>
            <p className="mt-1 flex flex-wrap gap-x-3 text-sm text-muted">
              <span>{s.publisher ?? t("sources.publisherUnknown")}</span>
              <span>{s.publishedOn ? <PartialDate value={s.publishedOn} /> : t("sources.undated")}</span>
              <code className="text-xs">{s.fileName}</code>
            </p>
            <p className="mt-2 text-sm">{s.trustNote}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
