import { getTranslations } from "next-intl/server";
import { TrustBadge } from "@/components/sources/trust-badge";
import { StatusBadge } from "@/components/status/status-badge";
import { Badge } from "@/components/ui/badge";
import { HighlightedText } from "@/components/ui/highlighted-text";
import { FallbackMark } from "@/components/ui/localized-name";
import { PartialDate } from "@/components/ui/partial-date";
import { excerpt } from "@/lib/highlight";
import type { LocalizedText } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { htmlLang } from "@/lib/i18n/routing";
import type { SearchResult } from "@/lib/server/queries/search-page";

type T = Awaited<ReturnType<typeof getTranslations>>;

/** A localized text with the search terms marked, tagged with its language. */
function Marked({ value, terms, clip }: { value: LocalizedText; terms: readonly string[]; clip?: number }) {
  return (
    <span lang={htmlLang(value.lang)}>
      <HighlightedText text={clip ? excerpt(value.text, terms, clip) : value.text} terms={terms} />
    </span>
  );
}

/** What kind of record, its date and its state: one quiet line above the title. */
function ResultMeta({ result, t }: { result: SearchResult; t: T }) {
  const dateLabel = t.has(`search.dates.${result.kind}`)
    ? t(`search.dates.${result.kind}` as "search.dates.event")
    : null;
  if (!result.date && result.badges.length === 0 && !result.status && !result.trust) return null;
  return (
    <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-muted">
      {result.badges.map((b) => (
        <Badge key={b.key} tone={b.tone}>
          {t(b.key as "search.title")}
        </Badge>
      ))}
      {result.status ? <StatusBadge status={result.status} /> : null}
      {result.trust ? <TrustBadge trust={result.trust} /> : null}
      {result.date ? (
        <span className="tabular-nums">
          {dateLabel ? `${dateLabel} ` : null}
          <PartialDate value={result.date.value} inferred={result.date.inferred} brief />
        </span>
      ) : null}
    </div>
  );
}

/** One record found: what it is, its title linked to the page showing it, the name that matched, context and summary. */
export async function SearchResultItem({ result, terms }: { result: SearchResult; terms: readonly string[] }) {
  const t = await getTranslations();
  const meeting = result.meeting
    ? result.meeting.number
      ? t("search.meetingNumber", { number: result.meeting.number })
      : t("search.meeting")
    : null;
  const title = (
    <>
      {meeting ? <span className="text-muted">{meeting} · </span> : null}
      <Marked value={result.title} terms={terms} />
      <FallbackMark value={result.title} />
    </>
  );
  return (
    <li className="hit-row" data-testid="search-result" data-kind={result.kind}>
      <ResultMeta result={result} t={t} />
      <h3 className="card-title leading-snug">{result.href ? <Link href={result.href}>{title}</Link> : title}</h3>
      {result.matchedName ? (
        <p className="text-xs text-muted">
          {t.rich("search.matchedName", {
            name: result.matchedName.text,
            m: () => (
              <span lang={htmlLang(result.matchedName?.lang)} className="text-ink">
                <HighlightedText text={result.matchedName?.text ?? ""} terms={terms} />
              </span>
            ),
          })}
        </p>
      ) : null}
      {result.context ? (
        <p className="text-sm text-ink/80">
          <Marked value={result.context} terms={terms} clip={240} />
          <FallbackMark value={result.context} />
        </p>
      ) : null}
      {result.summary ? (
        <p className="row-summary">
          <Marked value={result.summary} terms={terms} clip={160} />
          <FallbackMark value={result.summary} />
        </p>
      ) : null}
    </li>
  );
}
