import type { Metadata } from "next";
import { getLocale, getTranslations, setRequestLocale } from "next-intl/server";
import { cache } from "react";
import { archivedRecordPage } from "@/components/editing/archived-notice";
import { EditLink } from "@/components/editing/edit-link";
import { NewLink } from "@/components/editing/new-link";
import { CitationPassage } from "@/components/sources/citation-passage";
import { TrustBadge } from "@/components/sources/trust-badge";
import { Badge } from "@/components/ui/badge";
import { FallbackMark } from "@/components/ui/localized-name";
import { PartialDate } from "@/components/ui/partial-date";
import { Fact, Facts, Section } from "@/components/ui/section";
import { alternatesFor } from "@/lib/i18n/alternates";
import { type LocalizedText, localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { htmlLang } from "@/lib/i18n/routing";
import type { Locale } from "@/lib/schemas/vocab";
import { getArchivedRecord } from "@/lib/server/queries/archived-page";
import type { SourceCitation } from "@/lib/server/queries/sources";
import { getSourcePage } from "@/lib/server/queries/sources-page";
import { eventTimelineHref } from "@/lib/timeline";

// Cached for everybody once first asked for (none at build time: there are thousands),
// revalidated on every edit and at least every five minutes: docs/decisions/0006.
export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

const ID = /^[A-Za-z0-9_-]{1,80}$/;

// generateMetadata and the page both ask for the record: one query per request.
const load = cache(async (id: string) => (ID.test(id) ? getSourcePage(id) : null));

export async function generateMetadata({ params }: PageProps<"/[locale]/sources/[id]">): Promise<Metadata> {
  const { locale, id } = await params;
  const source = await load(id);
  if (!source) return {};
  return {
    title: source.title,
    description: source.trustNote.slice(0, 200),
    alternates: alternatesFor(locale, `/sources/${id}`),
  };
}

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

export default async function SourcePage({ params }: PageProps<"/[locale]/sources/[id]">) {
  const { locale, id } = (await params) as { locale: Locale; id: string };
  setRequestLocale(locale);
  const source = await load(id);
  if (!source) return archivedRecordPage("Source", await getArchivedRecord("Source", ID.test(id) ? id : null));
  const t = await getTranslations();
  const records = await Promise.all(source.citations.map(async (c) => ({ c, record: await citedRecord(c) })));

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
            {t("sources.citationCount", { count: source.citations.length })}
            <NewLink entity="Citation" with={{ sourceId: source.id }} />
          </span>
        }
      >
        <CitedBy records={records} language={source.language} />
      </Section>
    </article>
  );
}

type CitedByRow = { c: SourceCitation; record: Awaited<ReturnType<typeof citedRecord>> };

/** Every citation of the source with the record it backs, the field, and the passage. */
async function CitedBy({ records, language }: { records: CitedByRow[]; language: string }) {
  const t = await getTranslations();
  const tf = await getTranslations("fields");
  return (
    <ol className="space-y-3">
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
