"use client";

import { type CompactRef, NameText, type NameWords } from "@/components/ui/compact-name";
import { Fallback } from "@/components/ui/row-bits";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { htmlLang, LOCALE_NAMES } from "@/lib/i18n/routing";
import type { MatrixWords } from "./counterpart-matrix";

/**
 * One body as /ministries lists it, in short keys: the RSC payload carries this data
 * instead of the rows' element tree, which the HTML already holds (issue 19). Keys left
 * out are empty. Built by components/ministries/ministry-directory-data.ts.
 */
export type MinistryCard = {
  /** Slug. */
  s: string;
  /** Name, and its language where it is not the page's (a fallback). */
  n: string;
  l?: Locale;
  /** Abbreviation. */
  a?: string;
  /** The name in the languages other than the one shown. */
  o?: Partial<Record<Locale, string>>;
  /** Kind (bodyKind code). */
  k: string;
  /** Counts: agreements signed, dialogues, plan items. */
  c: readonly [number, number, number];
  /** Predecessor, and successors. */
  p?: CompactRef;
  x?: CompactRef[];
};

/** A side's section: key (`side-<k>` anchors it), title and bodies. */
export type MinistryGroup = { k: string; t: string; m: MinistryCard[] };

/** The page's words in the reader's language. */
export type MinistryWords = NameWords & {
  matrixTitle: string;
  matrixLead: string;
  matrix: MatrixWords;
  otherLanguages: string;
  /** Kinds' words by code, for the kinds listed. */
  kinds: Record<string, string>;
  /** Each count in words ("3 agreements"), for the counts listed: agreements, dialogues, plan items. */
  counts: readonly [Record<number, string>, Record<number, string>, Record<number, string>];
  succeeded: string;
  succeededBy: string;
};

/** A side's bodies, one compact row each: the section (drawn on the server) names the side (app/globals.css, .mc). */
export function MinistryRows({ group, words }: { group: MinistryGroup; words: MinistryWords }) {
  return (
    <ul className="rows">
      {group.m.map((m) => (
        <MinistryRow key={m.s} m={m} words={words} />
      ))}
    </ul>
  );
}

export function MinistryRow({ m, words }: { m: MinistryCard; words: MinistryWords }) {
  return (
    <li className="mc" data-testid="ministry-card">
      <h3 lang={htmlLang(m.l ?? words.locale)}>
        <Link href={`/ministries/${m.s}`}>
          {m.n}
          <Fallback shown={m.l} words={words} />
        </Link>
        {m.a ? <span> {m.a}</span> : null}
      </h3>
      {m.o ? <OtherNames names={m.o} label={words.otherLanguages} /> : null}
      <p>
        {/* Four text nodes, as the server-drawn row had: the HTML stays the same to the byte. */}
        {[words.kinds[m.k], " ·", " ", m.c.map((n, i) => words.counts[i as 0 | 1 | 2][n]).join(" · ")]}
      </p>
      {m.p || m.x ? (
        <p>
          {m.p ? (
            <span>
              {words.succeeded}{" "}
              <Link href={`/ministries/${m.p.s}`}>
                <NameText name={m.p} words={words} />
              </Link>
            </span>
          ) : null}
          {m.x?.map((s) => (
            <span key={s.s}>
              {words.succeededBy}{" "}
              <Link href={`/ministries/${s.s}`}>
                <NameText name={s} words={words} />
              </Link>
            </span>
          ))}
        </p>
      ) : null}
    </li>
  );
}

/** OtherLanguages' markup (components/ui/other-languages.tsx). */
function OtherNames({ names, label }: { names: Partial<Record<Locale, string>>; label: string }) {
  return (
    <ul className="ol" aria-label={label}>
      {LOCALES.filter((l) => names[l]).map((l) => (
        <li key={l}>
          <span className="text-xs">{LOCALE_NAMES[l]}: </span>
          <span lang={htmlLang(l)}>{names[l]}</span>
        </li>
      ))}
    </ul>
  );
}
