"use client";

import { Badge, sideTone } from "@/components/ui/badge";
import { type CompactRef, NameText, type NameWords } from "@/components/ui/compact-name";
import { BriefDate, Fallback, type RowDate, type RowWords } from "@/components/ui/row-bits";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { htmlLang } from "@/lib/i18n/routing";

/**
 * One plan as /plans lists it, in short keys: the RSC payload carries this data instead
 * of the cards' element tree, which the HTML already holds (issue 19). Keys left out are
 * empty. Built by components/plans/plans-view.tsx.
 */
export type PlanCard = {
  /** Slug. */
  s: string;
  /** Title, and its language where it is not the page's (a fallback). */
  n: string;
  l?: Locale;
  /** Period: start and end. */
  a?: RowDate;
  e?: RowDate;
  /** Implementing body and its side (KR, CN…). */
  b?: CompactRef & { d: string };
  /** Parent plan. */
  p?: CompactRef;
  /** Items by status, in the order of PlanWords.statuses; left out when there are none. */
  c?: readonly number[];
};

/** The page's words in the reader's language. */
export type PlanWords = NameWords & {
  period: string;
  notStated: string;
  ongoing: string;
  implementingBody: string;
  /** Side words by code, for the sides listed. */
  sides: Record<string, string>;
  parent: string;
  items: string;
  /** Each status: icon, bar colour, and its count's words with "{n}" for the count. */
  statuses: readonly (readonly [icon: string, bar: string, count: string])[];
  noItems: string;
};

export function PlanCards({ cards, words }: { cards: PlanCard[]; words: PlanWords }) {
  return (
    <ul className="grid grid-cols-1 gap-4 md:grid-cols-2">
      {cards.map((p) => (
        <PlanCardItem key={p.s} p={p} words={words} />
      ))}
    </ul>
  );
}

export function PlanCardItem({ p, words }: { p: PlanCard; words: PlanWords }) {
  return (
    <li className="card" data-testid="plan-card">
      <h2 className="card-title" lang={htmlLang(p.l ?? words.locale)}>
        <Link href={`/plans/${p.s}`}>
          {p.n}
          <Fallback shown={p.l} words={words} />
        </Link>
      </h2>
      <dl className="facts">
        <dt>{words.period}</dt>
        <dd>
          <Period start={p.a} end={p.e} words={words} />
        </dd>
        <dt>{words.implementingBody}</dt>
        <dd>
          {p.b ? (
            <span className="inline-flex flex-wrap items-baseline gap-x-1.5">
              <Badge tone={sideTone(p.b.d)}>{words.sides[p.b.d]}</Badge>
              <Link href={`/ministries/${p.b.s}`}>
                <NameText name={p.b} words={words} />
              </Link>
            </span>
          ) : (
            <span className="text-muted">{words.notStated}</span>
          )}
        </dd>
        {p.p ? (
          <>
            <dt>{words.parent}</dt>
            <dd>
              <Link href={`/plans/${p.p.s}`}>
                <NameText name={p.p} words={words} />
              </Link>
            </dd>
          </>
        ) : null}
        <dt>{words.items}</dt>
        <dd>
          <Bar counts={p.c} words={words} />
        </dd>
      </dl>
    </li>
  );
}

/** PlanPeriod's markup, `brief` (components/plans/plan-period.tsx). */
function Period({ start, end, words }: { start?: RowDate; end?: RowDate; words: PlanWords }) {
  if (!start && !end) return <span className="text-muted">{words.notStated}</span>;
  const date = (d: RowDate) => <BriefDate iso={d[0]} text={d[1]} inferred={d[2] === 1} words={words as RowWords} />;
  return (
    <span className="inline-flex flex-wrap items-baseline gap-x-1">
      {start ? date(start) : <span className="text-muted">?</span>}
      <span aria-hidden="true">–</span>
      {end ? date(end) : <span className="text-muted">{words.ongoing}</span>}
    </span>
  );
}

/** StatusBar's markup (components/status/status-bar.tsx). */
function Bar({ counts = [], words }: { counts?: readonly number[]; words: PlanWords }) {
  const total = counts.reduce((sum, n) => sum + n, 0);
  const present = words.statuses.flatMap((status, i) => ((counts[i] ?? 0) > 0 ? [{ i, status }] : []));
  return (
    <div className="space-y-1.5">
      <div aria-hidden="true" className="flex h-2 w-full overflow-hidden rounded-full bg-slate-100">
        {present.map(({ i, status }) => (
          <span key={i} style={{ width: `${((counts[i] ?? 0) / total) * 100}%`, background: status[1] }} />
        ))}
      </div>
      <p className="flex flex-wrap gap-x-3 gap-y-0.5 text-xs text-muted">
        {total === 0
          ? words.noItems
          : present.map(({ i, status }) => (
              <span key={i}>
                <span aria-hidden="true">{status[0]} </span>
                {status[2].replace("{n}", String(counts[i]))}
              </span>
            ))}
      </p>
    </div>
  );
}
