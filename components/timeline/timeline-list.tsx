import { getLocale } from "next-intl/server";
import { EditLink } from "@/components/editing/edit-link";
import { StatusBadge } from "@/components/status/status-badge";
import { FallbackMark } from "@/components/ui/localized-name";
import { PartialDate } from "@/components/ui/partial-date";
import { formatPartialDate } from "@/lib/dates";
import { localized, localizedOptional } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { htmlLang } from "@/lib/i18n/routing";
import { getTranslations } from "@/lib/i18n/translations";
import type { Locale } from "@/lib/schemas/vocab";
import type { TimelineEntry } from "@/lib/server/queries/timeline";
import { groupByYear, type TimelineOrder, tenseOf, yearRows } from "@/lib/timeline";

/*
 * An entry is drawn dozens of times a page, and the RSC payload repeats its markup, so
 * it is styled from a few short classes (app/globals.css, "The timeline") and keeps to
 * a handful of elements: the kind's icon comes from CSS, and its sources are a link to
 * the record, whose page shows each citation with its passage.
 */

type Translate = Awaited<ReturnType<typeof getTranslations<"timeline">>>;

const IMPLEMENTATION = new Set(["not_started", "in_progress", "completed", "delayed", "discontinued", "not_assessed"]);

/** A `lang` only where the text is not in the page's own language (the page's is inherited, and an unset prop still costs bytes in the RSC payload). */
const langOf = (text: { lang: string }, locale: Locale) => (text.lang === locale ? {} : { lang: htmlLang(text.lang) });

/** Where an entry's sources are read in full: its record's sources, or the entry's place on the record's page. */
function sourcesHref(entry: TimelineEntry): string {
  return entry.kind === "agreement" || entry.kind === "plan" ? `${entry.href}#sources-heading` : entry.href;
}

/** A link to a place on the page it is drawn on (`here`, a record's page) as its anchor alone. */
const onPage = (href: string, here: string | undefined) =>
  here && href.startsWith(`${here}#`) ? href.slice(here.length) : href;

/** Events have no page of their own: their sources are listed on the entry, each linking to its source. */
async function EventSources({ entry }: { entry: TimelineEntry }) {
  const t = await getTranslations("timeline");
  return (
    <details className="tl-src">
      <summary>{t("sources", { count: entry.citations.length })}</summary>
      {entry.citations.map((c) => (
        <Link key={c.id} href={`/sources/${c.source.id}`}>
          <bdi>{c.source.title}</bdi>
        </Link>
      ))}
    </details>
  );
}

/** What happened, whether it is overdue or ahead, its status, and a link to its sources. */
// A plain function, not a component: inlined into the entry rather than sent as a chunk of its own.
function entryMeta(entry: TimelineEntry, upcoming: boolean, t: Translate, here: string | undefined) {
  const count = entry.citations.length;
  return (
    <p className="tl-m">
      {t(`what.${entry.kind}.${entry.what}` as "what.agreement.signed")}
      {entry.due === "overdue" ? (
        <span className="tl-tag tl-late">{t("overdue")}</span>
      ) : upcoming ? (
        <span className="tl-tag">{t("upcoming")}</span>
      ) : null}
      {entry.status && IMPLEMENTATION.has(entry.status) ? <StatusBadge status={entry.status} /> : null}
      {count > 0 && entry.kind !== "event" ? (
        <Link href={onPage(sourcesHref(entry), here)} className="tl-src">
          {t("sources", { count })}
        </Link>
      ) : null}
    </p>
  );
}

/** One entry: its date at its precision (in a column of its own, so inferred dates line up), what happened, the record. */
async function Entry({
  entry,
  today,
  onTimeline,
  here,
}: {
  entry: TimelineEntry;
  today: string;
  onTimeline: boolean;
  here: string | undefined;
}) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("timeline");
  const title = localized(
    { titleEn: entry.title.en, titleKo: entry.title.ko, titleZh: entry.title.zh },
    "title",
    locale,
  );
  const place = entry.place
    ? localizedOptional({ placeEn: entry.place.en, placeKo: entry.place.ko, placeZh: entry.place.zh }, "place", locale)
    : null;
  const tense = tenseOf(entry.date, today);
  const tone =
    entry.due === "overdue" ? "tl-e tl-late" : tense === "upcoming" || entry.due === "due" ? "tl-e tl-up" : "tl-e";
  return (
    // The date is the first child: on a wide screen a column of its own beside the rest (app/globals.css).
    // data-kind draws the kind's icon and finds entries in tests (no test id: bytes on every entry).
    <li id={entry.key} className={tone} data-kind={entry.kind}>
      <PartialDate value={entry.date} inferred={entry.inferred} reasoning={entry.reasoning} />
      {entryMeta(entry, tense === "upcoming", t, here)}
      <p>
        <Link
          href={onTimeline && entry.kind === "event" ? `#${entry.key}` : onPage(entry.href, here)}
          {...langOf(title, locale)}
        >
          {title.text}
          {title.isFallback ? <FallbackMark value={title} /> : null}
        </Link>
        {place ? (
          <span>
            {" · "}
            {place.lang === locale ? place.text : <span lang={htmlLang(place.lang)}>{place.text}</span>}
            {place.isFallback ? <FallbackMark value={place} /> : null}
          </span>
        ) : null}
        {entry.eventId ? (
          <>
            {" "}
            <EditLink entity="Event" id={entry.eventId} />
          </>
        ) : null}
      </p>
      {entry.kind === "event" && entry.citations.length > 0 ? <EventSources entry={entry} /> : null}
    </li>
  );
}

/**
 * Entries grouped by year with a marker for today (#today), oldest or newest first;
 * the same view on /timeline and in record pages.
 */
export async function TimelineList({
  entries,
  today,
  order = "oldest",
  headingLevel = 2,
  marker = true,
  here,
}: {
  entries: readonly TimelineEntry[];
  today: string;
  order?: TimelineOrder;
  /** The record page it is drawn on: links to places on it are anchors alone. */
  here?: string;
  /** 2 on /timeline, where an event's title is its own anchor; 3 in a record's page. */
  headingLevel?: 2 | 3;
  /** Whether to draw the "today" marker: on a paged period, only the page that holds it does. */
  marker?: boolean;
}) {
  const locale = await getLocale();
  const t = await getTranslations("timeline");
  const groups = groupByYear(entries);
  if (order === "newest") groups.reverse();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  if (groups.length === 0) return <p className="text-sm text-muted">{t("empty")}</p>;
  return (
    <div className="space-y-6">
      {groups.map((group) => (
        <section key={group.year} id={`y${group.year}`} aria-labelledby={`y${group.year}-h`} className="tl-y">
          <Heading id={`y${group.year}-h`}>{group.year}</Heading>
          <ol>
            {yearRows(group, marker ? today : null, order).map((row, i) =>
              "entry" in row ? (
                // A short key: the RSC payload carries it beside the entry's id, and this
                // list is drawn once on the server, never reordered in the browser.
                // biome-ignore lint/suspicious/noArrayIndexKey: see above
                <Entry key={i} entry={row.entry} today={today} onTimeline={headingLevel === 2} here={here} />
              ) : (
                <li key="today" id="today" className="tl-now" data-testid="today-marker">
                  {t("today", { date: formatPartialDate(today, locale) })}
                </li>
              ),
            )}
          </ol>
        </section>
      ))}
    </div>
  );
}
