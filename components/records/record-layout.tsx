import type { ReactNode } from "react";
import { LISTS } from "@/components/editing/archived-notice";
import { EditLink } from "@/components/editing/edit-link";
import { FeedLink } from "@/components/export/feed-link";
import { CitationList, type CitationNumbers } from "@/components/sources/citation-list";
import { FallbackNote } from "@/components/ui/fallback-note";
import { FallbackMark } from "@/components/ui/localized-name";
import { OtherLanguages } from "@/components/ui/other-languages";
import { Section } from "@/components/ui/section";
import { fieldShown, localized, localizedOptional } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { htmlLang } from "@/lib/i18n/routing";
import { getTranslations } from "@/lib/i18n/translations";
import type { Locale } from "@/lib/schemas/vocab";
import type { CitationView } from "@/lib/server/queries/citations";

/** Each kind's scope in the Atom feed of changes. */
const FEEDS = { Agreement: "agreement", Ministry: "ministry", Dialogue: "dialogue", ActionPlan: "plan" } as const;

/** A record with its title (or name) in each language, its summary, and its keys. */
type HeadedRecord<F extends string> = { id: string; slug: string; translated?: string | null } & {
  [P in `${F}En`]: string;
} & { [P in `${F}Ko` | `${F}Zh` | `summary${"En" | "Ko" | "Zh"}`]?: string | null };

/**
 * The head of a record page (agreement, ministry, dialogue, plan): the way back to its
 * list, its badges, its title or name (`field`) in the reader's language with its
 * citation marks, the edit and feed links, the title in the other languages, and the
 * summary.
 */
export async function RecordHeader<F extends "title" | "name">({
  entity,
  record,
  field,
  locale,
  marks,
  summaryClassName = "max-w-3xl",
  badges,
  crumbs,
}: {
  entity: keyof typeof FEEDS;
  record: HeadedRecord<F>;
  field: F;
  locale: Locale;
  /** The citation marks of a field (null: of the record as a whole). */
  marks: (field: string | null) => ReactNode;
  summaryClassName?: string;
  badges?: ReactNode;
  /** More of the way back after the list (a plan's parent). */
  crumbs?: ReactNode;
}) {
  const title = localized<F>(record, field, locale);
  const summary = localizedOptional(record, "summary", locale);
  // Drawn (and so registered) before the first await: see CitationNumbers.
  const titleMarks = marks(fieldShown(field, title));
  const summaryMarks = summary ? marks(null) : null;
  const t = await getTranslations();
  const list = LISTS[entity];
  return (
    <header className="space-y-3">
      <nav aria-label={t("record.breadcrumb")} className="text-sm">
        <Link href={`/${list}`}>{t(`nav.${list}`)}</Link>
        {crumbs}
      </nav>
      {badges ? <div className="flex flex-wrap gap-2">{badges}</div> : null}
      <h1 className="max-w-4xl text-2xl font-semibold tracking-tight sm:text-3xl" lang={htmlLang(title.lang)}>
        {title.text}
        <FallbackNote text={title} />
        {titleMarks}
      </h1>
      <EditLink entity={entity} id={record.id} />
      <FeedLink scope={FEEDS[entity]} slug={record.slug} />
      <OtherLanguages
        values={{ en: record[`${field}En`], ko: record[`${field}Ko`], zh: record[`${field}Zh`] }}
        shown={title.lang}
      />
      {summary ? (
        <p className={summaryClassName} lang={htmlLang(summary.lang)}>
          {summary.text}
          <FallbackMark value={summary} />
          {summaryMarks}
        </p>
      ) : null}
    </header>
  );
}

/**
 * The body of a record page: its sections, and beside them (sticky on a wide screen)
 * every citation the page's marks point to.
 */
export async function RecordBody({
  children,
  citations,
  numbers,
  context,
  full,
  fullHref,
}: {
  children: ReactNode;
  citations: readonly CitationView[];
  numbers: CitationNumbers;
  /** What each citation belongs to, where the page lists several records' citations. */
  context?: ReadonlyMap<string, string>;
  /** The record in full, or its first screenful with a link to the full view (components/records/first-screen.tsx). */
  full: boolean;
  fullHref: string;
}) {
  const t = await getTranslations("record");
  return (
    <div className="record-layout grid gap-10 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <div className="space-y-8">{children}</div>
      <aside className="space-y-3 lg:sticky lg:top-4 lg:self-start">
        <Section id="sources" title={t("sources")}>
          <CitationList
            citations={citations}
            numbers={numbers}
            context={context}
            fullHref={full ? undefined : fullHref}
          />
        </Section>
      </aside>
    </div>
  );
}
