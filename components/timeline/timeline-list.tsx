import { getLocale, getTranslations } from "next-intl/server";
import { EditLink } from "@/components/editing/edit-link";
import { TrustBadge } from "@/components/sources/trust-badge";
import { StatusBadge } from "@/components/status/status-badge";
import { FallbackMark } from "@/components/ui/localized-name";
import { PartialDate } from "@/components/ui/partial-date";
import { formatPartialDate } from "@/lib/dates";
import { localized, localizedOptional } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { htmlLang } from "@/lib/i18n/routing";
import type { Locale } from "@/lib/schemas/vocab";
import type { TimelineEntry } from "@/lib/server/queries/timeline";
import { groupByYear, tenseOf, todayIndex } from "@/lib/timeline";

const KIND_ICON: Record<TimelineEntry["kind"], string> = {
  agreement: "✎",
  meeting: "◎",
  plan: "▤",
  item: "◇",
  event: "●",
  status: "↻",
};

const IMPLEMENTATION = new Set(["not_started", "in_progress", "completed", "delayed", "discontinued", "not_assessed"]);

/** An entry shows its first few sources; its record page has them all. */
const CITATIONS_SHOWN = 3;

/** One entry: its date at its precision, what happened, the record, and its sources on demand. */
async function Entry({ entry, today }: { entry: TimelineEntry; today: string }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations();
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
    entry.due === "overdue"
      ? "border-rose-300 bg-rose-50/60"
      : tense === "upcoming" || entry.due === "due"
        ? "border-dashed border-accent/60 bg-accent-soft/40"
        : "border-line bg-white";
  return (
    <li
      id={entry.key}
      className={`scroll-mt-24 rounded-md border p-3 text-sm target:ring-2 target:ring-accent ${tone}`}
      data-testid="timeline-entry"
      data-kind={entry.kind}
      data-tense={tense}
    >
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <span className="w-32 shrink-0 font-medium tabular-nums">
          <PartialDate value={entry.date} inferred={entry.inferred} reasoning={entry.reasoning} />
        </span>
        <span className="text-xs text-muted">
          <span aria-hidden="true">{KIND_ICON[entry.kind]} </span>
          {t(`timeline.what.${entry.kind}.${entry.what}` as "timeline.what.agreement.signed")}
        </span>
        {entry.due === "overdue" ? (
          <span className="rounded bg-rose-100 px-1.5 py-0.5 text-xs font-medium text-rose-900">
            ! {t("timeline.overdue")}
          </span>
        ) : tense === "upcoming" ? (
          <span className="rounded bg-accent-soft px-1.5 py-0.5 text-xs font-medium text-accent-strong">
            ◷ {t("timeline.upcoming")}
          </span>
        ) : null}
        {entry.status && IMPLEMENTATION.has(entry.status) ? <StatusBadge status={entry.status} /> : null}
      </div>
      <p className="mt-1 sm:pl-[8.75rem]">
        <Link href={entry.href} lang={htmlLang(title.lang)} className="font-medium">
          {title.text}
          <FallbackMark value={title} />
        </Link>
        {place ? (
          <span className="text-muted">
            {" "}
            · <span lang={htmlLang(place.lang)}>{place.text}</span>
            <FallbackMark value={place} />
          </span>
        ) : null}
        {entry.eventId ? (
          <>
            {" "}
            <EditLink entity="Event" id={entry.eventId} />
          </>
        ) : null}
      </p>
      {entry.citations.length > 0 ? (
        <details className="mt-1 text-xs sm:pl-[8.75rem]">
          <summary className="cursor-pointer text-muted">
            {t("timeline.sources", { count: entry.citations.length })}
          </summary>
          <ul className="mt-2 space-y-2">
            {entry.citations.slice(0, CITATIONS_SHOWN).map((c) => (
              <li key={c.id} className="border-l-2 border-line pl-2">
                <q className="text-ink">
                  <bdi>{c.quote}</bdi>
                </q>
                <span className="mt-1 flex flex-wrap items-center gap-2">
                  <TrustBadge trust={c.source.trust} />
                  <Link href={`/sources/${c.source.id}`}>
                    <bdi>{c.source.title}</bdi>
                  </Link>
                  {c.stance === "competing" ? <span>≠ {t("citations.competing")}</span> : null}
                </span>
              </li>
            ))}
            {entry.citations.length > CITATIONS_SHOWN ? (
              <li>
                <Link href={entry.href}>
                  {t("timeline.moreSources", { count: entry.citations.length - CITATIONS_SHOWN })}
                </Link>
              </li>
            ) : null}
          </ul>
        </details>
      ) : null}
    </li>
  );
}

/** Entries grouped by year with a marker for today; the same view on /timeline and in record pages. */
export async function TimelineList({
  entries,
  today,
  headingLevel = 2,
}: {
  entries: readonly TimelineEntry[];
  today: string;
  headingLevel?: 2 | 3;
}) {
  const locale = await getLocale();
  const t = await getTranslations("timeline");
  const groups = groupByYear(entries);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  if (groups.length === 0) return <p className="text-sm text-muted">{t("empty")}</p>;
  return (
    <div className="space-y-6">
      {groups.map((group) => {
        const marker = todayIndex(group, today);
        const todayMarker = (
          <li
            key="today"
            className="flex items-center gap-2 py-1 text-xs font-semibold text-accent"
            data-testid="today-marker"
          >
            <span className="h-px flex-1 bg-accent" aria-hidden="true" />
            {t("today", { date: formatPartialDate(today, locale) })}
            <span className="h-px flex-1 bg-accent" aria-hidden="true" />
          </li>
        );
        return (
          <section key={group.year} id={`y${group.year}`} aria-labelledby={`y${group.year}-h`} className="scroll-mt-24">
            <Heading
              id={`y${group.year}-h`}
              className="sticky top-0 z-10 bg-paper/95 py-1 text-lg font-semibold tabular-nums"
            >
              {group.year}
            </Heading>
            <ol className="mt-2 space-y-2">
              {group.entries.map((entry, i) => (
                <EntryWithMarker key={entry.key} index={i} marker={marker} todayMarker={todayMarker}>
                  <Entry entry={entry} today={today} />
                </EntryWithMarker>
              ))}
              {marker === group.entries.length ? todayMarker : null}
            </ol>
          </section>
        );
      })}
    </div>
  );
}

function EntryWithMarker({
  index,
  marker,
  todayMarker,
  children,
}: {
  index: number;
  marker: number | null;
  todayMarker: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <>
      {marker === index ? todayMarker : null}
      {children}
    </>
  );
}
