"use client";

import { type Trust, TrustMark } from "@/components/sources/trust-mark";
import { StatusMark } from "@/components/status/status-mark";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { BriefDate, Fallback, Marks, type RowWords } from "@/components/ui/row-bits";
import type { MarkedText } from "@/lib/highlight";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { htmlLang } from "@/lib/i18n/routing";

/**
 * One record /search found, in short keys: the RSC payload carries this data instead
 * of the row's element tree, which the HTML already holds (issue 19). Keys left out
 * are empty; a language left out is the page's own.
 */
export type SearchHit = {
  /** Kind (agreement, plan…): the row's data-kind and the key of its date's label. */
  k: string;
  /** The page showing it (no language prefix); none for a record no page shows yet. */
  h?: string;
  /** A meeting's "Meeting 3" before its title (its dialogue's name). */
  n?: string;
  /** Title (the search terms marked), and its language. */
  t: MarkedText;
  tl?: Locale;
  /** Texts shown in another language because the reader's is missing (marked as such): t(itle), c(ontext), m(summary). */
  f?: string;
  /** Another name that holds a search term, when the title holds none, and its language. */
  a?: MarkedText;
  al?: Locale;
  /** Context (the plan of an item, the publisher of a source…), cut to a list's length, and its language. */
  c?: MarkedText;
  cl?: Locale;
  /** Summary, cut to a list's length, and its language. */
  m?: MarkedText;
  ml?: Locale;
  /** The date and its text in the reader's language. */
  d?: readonly [iso: string, text: string];
  /** The date is inferred. */
  di?: 1;
  /** Badges: indexes into the labels' `badges`. */
  b?: readonly number[];
  /** An implementation status (a key of the labels' `statuses`). */
  s?: string;
  /** A source's trust level. */
  r?: Trust;
};

/** The results' words, once a page rather than once a row. */
export type SearchHitLabels = {
  /** Each badge the page shows: its words and tone. */
  badges: readonly (readonly [text: string, tone: BadgeTone])[];
  statuses: Record<string, string>;
  trust: Partial<Record<Trust, string>>;
  /** A date's label by kind ("Signed"); kinds without one are left out. */
  dates: Record<string, string>;
  /** "Matched as <name>": the words before and after the name. */
  matched: readonly [before: string, after: string];
};

/** What every group of the page shares: one object, so the payload holds it once. */
export type SearchHitPage = { labels: SearchHitLabels; words: RowWords };

/** A group's results, one row each: what it is, its title linked to its page, the name that matched, context and summary. */
export function SearchHitRows({ hits, page }: { hits: readonly SearchHit[]; page: SearchHitPage }) {
  return (
    <ul className="divide-y divide-line overflow-hidden rounded-lg border border-line bg-white">
      {hits.map((hit, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: drawn once from the server's data, never reordered
        <Hit key={i} hit={hit} {...page} />
      ))}
    </ul>
  );
}

function Hit({ hit: h, labels, words }: SearchHitPage & { hit: SearchHit }) {
  const title = (
    <>
      {h.n ? <span className="text-muted">{h.n} · </span> : null}
      <Marked text={h.t} shown={h.tl} words={words} />
      <Fallback shown={h.f?.includes("t") ? h.tl : undefined} words={words} />
    </>
  );
  const [before, after] = labels.matched;
  return (
    <li className="hit-row" data-testid="search-result" data-kind={h.k}>
      <Meta hit={h} labels={labels} words={words} />
      <h3 className="card-title">{h.h ? <Link href={h.h}>{title}</Link> : title}</h3>
      {h.a !== undefined ? (
        <p className="text-xs text-muted">
          {before || null}
          <span lang={htmlLang(h.al ?? words.locale)} className="text-ink">
            <Marks text={h.a} />
          </span>
          {after || null}
        </p>
      ) : null}
      {h.c !== undefined ? (
        <p className="text-sm text-ink/80">
          <Marked text={h.c} shown={h.cl} words={words} />
          <Fallback shown={h.f?.includes("c") ? h.cl : undefined} words={words} />
        </p>
      ) : null}
      {h.m !== undefined ? (
        <p className="row-summary">
          <Marked text={h.m} shown={h.ml} words={words} />
          <Fallback shown={h.f?.includes("m") ? h.ml : undefined} words={words} />
        </p>
      ) : null}
    </li>
  );
}

/** A text with the search terms marked, tagged with its language. */
function Marked({
  text,
  shown,
  words,
}: {
  text: MarkedText;
  /** The text's language, where it is not the page's. */
  shown: Locale | undefined;
  words: RowWords;
}) {
  return (
    <span lang={htmlLang(shown ?? words.locale)}>
      <Marks text={text} />
    </span>
  );
}

/** What kind of record, its date and its state: one quiet line above the title. */
function Meta({ hit: h, labels, words }: { hit: SearchHit; labels: SearchHitLabels; words: RowWords }) {
  if (!h.d && !h.b && !h.s && !h.r) return null;
  const dateLabel = labels.dates[h.k];
  return (
    <div className="hit-m">
      {h.b?.map((index) => {
        const [text, tone] = labels.badges[index] ?? ["", "neutral"];
        return (
          <Badge key={index} tone={tone}>
            {text}
          </Badge>
        );
      })}
      {h.s ? <StatusMark status={h.s} label={labels.statuses[h.s] ?? ""} /> : null}
      {h.r ? <TrustMark trust={h.r} label={labels.trust[h.r] ?? ""} /> : null}
      {h.d ? (
        <span className="tabular-nums">
          {dateLabel ? `${dateLabel} ` : null}
          <BriefDate iso={h.d[0]} text={h.d[1]} inferred={h.di === 1} words={words} />
        </span>
      ) : null}
    </div>
  );
}
