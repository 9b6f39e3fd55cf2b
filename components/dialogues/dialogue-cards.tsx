"use client";

import { Badge, sideTone } from "@/components/ui/badge";
import { type CompactName, NameText, type NameWords } from "@/components/ui/compact-name";
import { BriefDate, Fallback, type RowDate } from "@/components/ui/row-bits";
import type { DueState } from "@/lib/cadence";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { htmlLang } from "@/lib/i18n/routing";
import { DueBadge } from "./due-badge";

/**
 * One dialogue as /dialogues lists it, in short keys: the RSC payload carries this data
 * instead of the cards' element tree, which the HTML already holds (issue 19). Keys left
 * out are empty. Built by components/dialogues/dialogue-cards-data.ts.
 */
export type DialogueCard = {
  /** Slug. */
  s: string;
  /** Name, and its language where it is not the page's (a fallback). */
  n: string;
  l?: Locale;
  /** Format, level and cadence codes (their words are in DialogueWords). */
  f: string;
  v: string;
  c: string;
  /** Sector. */
  e: CompactName;
  /** Meetings recorded, and the last held. */
  m: number;
  h?: RowDate;
  /** Where it stands against its cadence, and the date that goes with it (`DueState.on`). */
  d: DueState["kind"];
  o?: RowDate;
  /** Participants: slug, side, label (abbreviation or name). */
  p?: readonly (readonly [slug: string, side: string, label: string])[];
};

/** The page's words in the reader's language. */
export type DialogueWords = NameWords & {
  /** Format, level and cadence words by code, for the codes listed. */
  formats: Record<string, string>;
  levels: Record<string, string>;
  cadences: Record<string, string>;
  sector: string;
  meetings: string;
  /** "3 meetings" by count, for the counts listed. */
  meetingCount: Record<number, string>;
  lastHeld: string;
  next: string;
  due: Record<DueState["kind"], string>;
  participants: string;
};

export function DialogueCards({ cards, words }: { cards: DialogueCard[]; words: DialogueWords }) {
  return (
    <ul className="grid gap-4 md:grid-cols-2">
      {cards.map((d) => (
        <DialogueCardItem key={d.s} d={d} words={words} />
      ))}
    </ul>
  );
}

export function DialogueCardItem({ d, words }: { d: DialogueCard; words: DialogueWords }) {
  return (
    <li className="card" data-testid="dialogue-card">
      <div className="row-badges">
        <Badge tone="accent">{words.formats[d.f]}</Badge>
        <Badge>{words.levels[d.v]}</Badge>
        <Badge>{words.cadences[d.c]}</Badge>
      </div>
      <h2 className="card-title" lang={htmlLang(d.l ?? words.locale)}>
        <Link href={`/dialogues/${d.s}`}>
          {d.n}
          <Fallback shown={d.l} words={words} />
        </Link>
      </h2>
      <dl className="facts">
        <dt>{words.sector}</dt>
        <dd>
          <NameText name={d.e} words={words} />
        </dd>
        <dt>{words.meetings}</dt>
        <dd>
          {words.meetingCount[d.m]}
          {d.h ? (
            <span className="text-muted">
              {" "}
              · {words.lastHeld} <BriefDate iso={d.h[0]} text={d.h[1]} inferred={d.h[2] === 1} words={words} />
            </span>
          ) : null}
        </dd>
        <dt>{words.next}</dt>
        <dd>
          <DueBadge
            kind={d.d}
            word={words.due[d.d]}
            date={d.o ? <BriefDate iso={d.o[0]} text={d.o[1]} inferred={false} words={words} /> : undefined}
          />
        </dd>
        {d.p ? (
          <>
            <dt>{words.participants}</dt>
            <dd className="chips">
              {d.p.map(([slug, side, label]) => (
                <Link key={slug} href={`/ministries/${slug}`}>
                  <Badge tone={sideTone(side)}>{label}</Badge>
                </Link>
              ))}
            </dd>
          </>
        ) : null}
      </dl>
    </li>
  );
}
