import { getLocale } from "next-intl/server";
import { EditLink } from "@/components/editing/edit-link";
import { NewLink } from "@/components/editing/new-link";
import { CitationPassage } from "@/components/sources/citation-passage";
import { TrustBadge } from "@/components/sources/trust-badge";
import { Badge } from "@/components/ui/badge";
import { FallbackMark } from "@/components/ui/localized-name";
import { Pagination } from "@/components/ui/pagination";
import { PartialDate } from "@/components/ui/partial-date";
import { Fact, Facts, Section } from "@/components/ui/section";
import { type LocalizedText, localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { htmlLang } from "@/lib/i18n/routing";
import { getTranslations } from "@/lib/i18n/translations";
import type { Locale } from "@/lib/schemas/vocab";
import { CITATIONS_PER_PAGE, type SourceCitation, type SourceDetail } from "@/lib/server/queries/sources";
import { eventTimelineHref } from "@/lib/timeline";

/** The record a citation belongs to: its kind, its name, and a link to it. */
async function citedRecord(
  c: SourceCitation,
): Promise<{ kind: string; label: string; mark: LocalizedText; href: string | null } | null> {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations();
  // The label is plain text; `mark` is the record's own name, marked where it is in another language.
  let mark: LocalizedText = { text: "", lang: locale, isFallback: false };
  const pick = (value: LocalizedText) => {
    if (value.isFallback) mark = value;
    return value.text;
  };
  const title = (r: { titleEn: string; titleKo: string | null; titleZh: string | null }) =>
    pick(localized(r, "title", locale));
  const name = (r: { nameEn: string; nameKo: string | null; nameZh: string | null }) =>
    pick(localized(r, "name", locale));
  const found = (kind: string, label: string, href: string | null) => ({ kind, label, mark, href });
  if (c.agreement) return found(t("sources.kinds.agreement"), title(c.agreement), `/agreements/${c.agreement.slug}`);
  if (c.ministry) return found(t("sources.kinds.ministry"), name(c.ministry), `/ministries/${c.ministry.slug}`);
  if (c.dialogue) return found(t("sources.kinds.dialogue"), name(c.dialogue), `/dialogues/${c.dialogue.slug}`);
  if (c.meeting)
    return found(
      t("sources.kinds.meeting"),
      `${name(c.meeting.dialogue)}${c.meeting.number ? ` · ${t("record.meetingNumber", { number: c.meeting.number })}` : ""}`,
      `/dialogues/${c.meeting.dialogue.slug}#${c.meeting.slug}`,
    );
  if (c.plan) return found(t("sources.kinds.plan"), title(c.plan), `/plans/${c.plan.slug}`);
  const item = c.planItem ?? c.statusUpdate?.planItem;
  if (item)
    return found(
      t(c.statusUpdate ? "sources.kinds.statusUpdate" : "sources.kinds.planItem"),
      `${title(item.plan)} · ${item.number}. ${title(item)}`,
      `/plans/${item.plan.slug}#${item.slug}`,
    );
  if (c.event) return found(t("sources.kinds.event"), title(c.event), eventTimelineHref(c.event.slug, c.event.startOn));
  const person = c.person ?? c.personRole?.person;
  if (person) return found(t("sources.kinds.person"), name(person), null);
  return null;
}

/**
 * A source's page: its facts, and the records citing it a page at a time (`page`, from 1):
 * the cached page shows the first (app/[locale]/sources/[id]); proxy.ts sends `?page=` to
 * app/[locale]/filtered/sources/[id].
 */
export async function SourceView({ source, page }: { source: SourceDetail; page: number }) {
  const t = await getTranslations();
  const records = await Promise.all(source.citations.map(async (c) => ({ c, record: await citedRecord(c) })));
  const pageCount = Math.max(1, Math.ceil(source._count.citations / CITATIONS_PER_PAGE));
  const first = (page - 1) * CITATIONS_PER_PAGE + 1;

  return (
    <article className="space-y-8">
      <header className="space-y-3">
        <nav aria-label={t("record.breadcrumb")} className="text-sm">
          <Link href="/sources">{t("nav.sources")}</Link>
        </nav>
        <div className="flex flex-wrap gap-2">
          <TrustBadge trust={source.trust} />
          <Badge>{t(`sourceKind.${source.kind}` as "sourceKind.news")}</Badge>
        </div>
        <h1 className="max-w-4xl text-2xl font-semibold tracking-tight sm:text-3xl" lang={htmlLang(source.language)}>
          {source.title}
        </h1>
        <EditLink entity="Source" id={source.id} />
      </header>
      <Section id="facts" title={t("record.keyFacts")}>
        <Facts>
          <Fact label={t("sources.publisher")}>
            {source.publisher ?? <span className="text-muted">{t("sources.publisherUnknown")}</span>}
          </Fact>
          <Fact label={t("fields.publishedOn")}>
            {source.publishedOn ? (
              <PartialDate value={source.publishedOn} />
            ) : (
              <span className="text-muted">{t("sources.undated")}</span>
            )}
            {source.publishedNote ? <p className="mt-1 text-xs text-muted">{source.publishedNote}</p> : null}
          </Fact>
          <Fact label={t("sources.trustLevel")}>
            <TrustBadge trust={source.trust} />
            <p className="mt-1">{source.trustNote}</p>
          </Fact>
          <Fact label={t("sources.language")}>{t("sources.languageName", { language: source.language })}</Fact>
          <Fact label={t("sources.original")}>
            {source.url ? (
              <>
                <a
                  href={source.url}
                  rel="noopener noreferrer nofollow"
                  className="font-medium"
                  data-testid="source-original"
                >
                  {t("sources.openOriginal")} ↗
                </a>
                <p className="mt-1 break-all text-xs text-muted">{source.url}</p>
                <p className="mt-1 text-xs text-muted">{t("sources.webNote")}</p>
              </>
            ) : (
              <p className="text-sm">{t("sources.documentNote")}</p>
            )}
          </Fact>
          {source.foundOn ? (
            <Fact label={t("sources.foundOn")}>
              <PartialDate value={source.foundOn} />
            </Fact>
          ) : null}
        </Facts>
      </Section>
      <Section
        id="cited-by"
        title={t("sources.citedBy")}
        aside={
          <span className="flex items-baseline gap-3 text-xs text-muted">
            {t("sources.citationCount", { count: source._count.citations })}
            <NewLink entity="Citation" with={{ sourceId: source.id }} />
          </span>
        }
      >
        {pageCount > 1 ? (
          <p className="text-sm text-muted" data-testid="cited-range">
            {t("sources.citedRange", { first, last: first + records.length - 1, count: source._count.citations })}
          </p>
        ) : null}
        <CitedBy records={records} language={source.language} start={first} />
        <Pagination
          page={page}
          pageCount={pageCount}
          hrefFor={(n) => `/sources/${source.id}${n > 1 ? `?page=${n}` : ""}#cited-by-heading`}
        />
      </Section>
    </article>
  );
}

type CitedByRow = { c: SourceCitation; record: Awaited<ReturnType<typeof citedRecord>> };

/** The page's citations of the source with the record each backs, the field, and the passage. */
async function CitedBy({ records, language, start }: { records: CitedByRow[]; language: string; start: number }) {
  const t = await getTranslations();
  const tf = await getTranslations("fields");
  return (
    <ol className="space-y-3" start={start}>
      {records.map(({ c, record }) => (
        <li key={c.id} className="rounded-md border border-line bg-white p-3 text-sm" data-testid="source-citation">
          <p className="flex flex-wrap items-baseline gap-x-2 text-xs text-muted">
            {record ? (
              <>
                <span>{record.kind}</span>
                {record.href ? (
                  <Link href={record.href} className="text-sm font-medium">
                    {record.label}
                    <FallbackMark value={record.mark} />
                  </Link>
                ) : (
                  <span className="text-sm font-medium text-ink">
                    {record.label}
                    <FallbackMark value={record.mark} />
                  </span>
                )}
              </>
            ) : null}
            {c.field ? <span>· {tf.has(c.field) ? tf(c.field as "signedOn") : c.field}</span> : null}
            {c.stance === "competing" ? (
              <span className="rounded bg-amber-100 px-1.5 font-medium text-amber-950">
                ≠ {t("citations.competing")}
              </span>
            ) : null}
          </p>
          <CitationPassage citation={c} sourceLanguage={language} />
          {c.claim ? (
            <p className="mt-1">
              <span className="text-muted">{t("citations.claim")}: </span>
              {c.claim}
            </p>
          ) : null}
          {c.note ? <p className="mt-1 text-muted">{c.note}</p> : null}
          <p className="mt-1 text-right">
            <EditLink entity="Citation" id={c.id} />
          </p>
        </li>
      ))}
    </ol>
  );
}
