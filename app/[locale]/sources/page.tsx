import { getTranslations } from "next-intl/server";
import { NewLink } from "@/components/editing/new-link";
import { TrustBadge } from "@/components/sources/trust-badge";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { PartialDate } from "@/components/ui/partial-date";
import { pageLocale, sectionMetadata } from "@/lib/i18n/alternates";
import { Link } from "@/lib/i18n/navigation";
import { htmlLang } from "@/lib/i18n/routing";
import { getSourcesPage } from "@/lib/server/queries/sources-page";

// Cached for everybody, revalidated on every edit (lib/server/cache/revalidate.ts) and at least
// every five minutes (dates such as "coming up" move on): docs/decisions/0006.
export const revalidate = 300;

export const generateMetadata = sectionMetadata("sources", "/sources");

export default async function SourcesPage({ params }: PageProps<"/[locale]/sources">) {
  const _locale = await pageLocale(params);
  const t = await getTranslations();
  const sources = await getSourcesPage();
  const groups = [
    { key: "documents", title: t("sources.sectionDocuments"), sources: sources.filter((s) => s.fileName !== null) },
    { key: "web", title: t("sources.sectionWeb"), sources: sources.filter((s) => s.fileName === null) },
  ];
  return (
    <div className="space-y-8">
      <PageHeader title={t("sources.title")} lead={t("sources.lead")}>
        <NewLink entity="Source" />
      </PageHeader>
      {groups.map((group) =>
        group.sources.length === 0 ? null : (
          <section key={group.key} aria-labelledby={`sources-${group.key}`} className="space-y-3">
            <h2 id={`sources-${group.key}`} className="text-lg font-semibold">
              {group.title} <span className="text-sm font-normal text-muted">({group.sources.length})</span>
            </h2>
            <ul className="space-y-3">
              {group.sources.map((s) => (
                <SourceCard key={s.id} source={s} />
              ))}
            </ul>
          </section>
        ),
      )}
    </div>
  );
}

type SourceRow = Awaited<ReturnType<typeof getSourcesPage>>[number];

/** One source: trust and kind, its title linking to its page, who published it, when, in what language. */
async function SourceCard({ source: s }: { source: SourceRow }) {
  const t = await getTranslations();
  return (
    <li className="rounded-lg border border-line bg-white p-4" data-testid="source-card">
      <div className="flex flex-wrap items-center gap-2">
        <TrustBadge trust={s.trust} />
        <Badge>{t(`sourceKind.${s.kind}` as "sourceKind.news")}</Badge>
        <span className="text-xs text-muted">{t("sources.citationCount", { count: s._count.citations })}</span>
      </div>
      <h3 className="mt-2 font-semibold" lang={htmlLang(s.language)}>
        <Link href={`/sources/${s.id}`} className="text-ink no-underline hover:text-accent hover:underline">
          <bdi>{s.title}</bdi>
        </Link>
      </h3>
      <p className="mt-1 flex flex-wrap gap-x-3 text-sm text-muted">
        <span>{s.publisher ? <bdi>{s.publisher}</bdi> : t("sources.publisherUnknown")}</span>
        <span>{s.publishedOn ? <PartialDate value={s.publishedOn} /> : t("sources.undated")}</span>
        <span>{t("sources.languageName", { language: s.language })}</span>
      </p>
      <p className="mt-2 text-sm">{s.trustNote}</p>
    </li>
  );
}
