import { NewLink } from "@/components/editing/new-link";
import { TrustBadge } from "@/components/sources/trust-badge";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { PartialDate } from "@/components/ui/partial-date";
import { Link } from "@/lib/i18n/navigation";
import { htmlLang } from "@/lib/i18n/routing";
import { getTranslations } from "@/lib/i18n/translations";
import type { getSourcesPage } from "@/lib/server/queries/sources-page";

type SourcesPageData = Awaited<ReturnType<typeof getSourcesPage>>;
type SourceRow = SourcesPageData["sources"][number];

/**
 * The sources list, a page at a time (`?page=`): documents, then web sources, each group
 * headed with how many it has in all. The page without a query is cached
 * (app/[locale]/sources); proxy.ts sends a query to app/[locale]/filtered/sources.
 */
export async function SourcesView({ data }: { data: SourcesPageData }) {
  const t = await getTranslations();
  const groups = [
    {
      key: "documents",
      title: t("sources.sectionDocuments"),
      count: data.count.documents,
      sources: data.sources.filter((s) => s.fileName !== null),
    },
    {
      key: "web",
      title: t("sources.sectionWeb"),
      count: data.count.web,
      sources: data.sources.filter((s) => s.fileName === null),
    },
  ];
  const last = data.first + data.sources.length - 1;
  return (
    <div className="space-y-8">
      <PageHeader title={t("sources.title")} lead={t("sources.lead")}>
        {data.pageCount > 1 ? (
          <p className="text-sm text-muted" data-testid="sources-range">
            {t("sources.range", { first: data.first, last, count: data.count.all })}
          </p>
        ) : null}
        <NewLink entity="Source" />
      </PageHeader>
      {groups.map((group) =>
        group.sources.length === 0 ? null : (
          <section key={group.key} aria-labelledby={`sources-${group.key}`} className="space-y-3">
            <h2 id={`sources-${group.key}`} className="text-lg font-semibold">
              {group.title} <span className="text-sm font-normal text-muted">({group.count})</span>
            </h2>
            <ul className="src-list">
              {group.sources.map((s) => (
                <SourceCard key={s.id} source={s} />
              ))}
            </ul>
          </section>
        ),
      )}
      <Pagination
        page={data.page}
        pageCount={data.pageCount}
        hrefFor={(page) => (page > 1 ? `/sources?page=${page}` : "/sources")}
      />
    </div>
  );
}

/**
 * One source: trust and kind, its title linking to its page, who published it, when, in
 * what language. Styled from short classes (app/globals.css, .src-*): a page draws dozens.
 */
async function SourceCard({ source: s }: { source: SourceRow }) {
  const t = await getTranslations();
  return (
    <li className="src-card" data-testid="source-card">
      <p className="src-meta">
        <TrustBadge trust={s.trust} />
        <span className="badge src-kind">{t(`sourceKind.${s.kind}` as "sourceKind.news")}</span>
        {t("sources.citationCount", { count: s._count.citations })}
      </p>
      <h3 lang={htmlLang(s.language)}>
        <Link href={`/sources/${s.id}`}>
          <bdi>{s.title}</bdi>
        </Link>
      </h3>
      <p className="src-by">
        {s.publisher ? <bdi>{s.publisher}</bdi> : t("sources.publisherUnknown")}
        {" · "}
        {s.publishedOn ? <PartialDate value={s.publishedOn} /> : t("sources.undated")}
        {" · "}
        {t("sources.languageName", { language: s.language })}
      </p>
      <p className="src-note">{s.trustNote}</p>
    </li>
  );
}
