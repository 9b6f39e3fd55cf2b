"use client";

import { Link } from "@/lib/i18n/navigation";
import { htmlLang } from "@/lib/i18n/routing";

/**
 * One citation as the list draws it, in short keys: the RSC payload carries this data
 * once instead of the list's element tree (every element, class and prop), which the
 * HTML already holds (issue 19). Keys left out are empty.
 */
export type CitationCard = {
  /** Number, the page's anchor for it (`cite-<n>`, link back to `mark-<n>`). */
  n: number;
  /** Whether the page draws its mark (a link back). */
  b?: 1;
  /** What it belongs to, where the page lists several records' citations. */
  w?: string;
  /** The field it supports, in the reader's words. */
  f: string;
  /** A competing claim. */
  x?: 1;
  /** Drawn brief (its field and source): the record's first screenful, past its first few. */
  z?: 1;
  /** The quote, and the source's language. */
  q?: string;
  ql?: string;
  /** In our words (English), and where in the source. */
  p?: string;
  l?: string;
  /** What a competing source says. */
  c?: string;
  /** The note (why not chosen, for a competing claim). */
  o?: string;
  /** Trust: p(rimary), s(econdary), l(ow). */
  t: "p" | "s" | "l";
  /** The source: id, title, publisher. */
  s: string;
  st: string;
  sp?: string;
};

/** The list's words in the reader's language. */
export type CitationWords = {
  back: string;
  competing: string;
  claim: string;
  note: string;
  whyNotChosen: string;
  paraphrase: string;
  where: string;
  trust: { p: string; s: string; l: string };
};

/**
 * Every citation of a record page (components/sources/citation-list.tsx reads them):
 * the verbatim quote (or, for a web source, what it says in our words and where), the
 * field it supports, its source and trust level (a word, and an icon from CSS), and a
 * competing claim with why it was not chosen. Text from the sources is isolated (bdi).
 */
export function CitationCards({ cards, words }: { cards: CitationCard[]; words: CitationWords }) {
  return (
    <ol className="cits">
      {cards.map((c) => (
        <li key={c.n} id={`cite-${c.n}`} className={c.x ? "cit cit-x" : "cit"}>
          <p>
            {c.b ? (
              // Named by what it shows ("[3]") and then where it goes, so the visible text is part of the name.
              <a href={`#mark-${c.n}`}>
                {`[${c.n}]`}
                <span aria-hidden="true"> ↑</span>
                <span className="sr-only">{` ${words.back}`}</span>
              </a>
            ) : (
              <b>{`[${c.n}]`}</b>
            )}
            {c.w ? <b>{`${c.w} ·`}</b> : null}
            {c.f}
            {c.x ? <em>≠ {words.competing}</em> : null}
          </p>
          {c.z ? null : c.q !== undefined ? (
            <blockquote lang={htmlLang(c.ql)}>
              “<bdi>{c.q}</bdi>”
            </blockquote>
          ) : c.p || c.l ? (
            <p className="cit-p">
              {c.p ? (
                <>
                  <span className="sr-only">{`${words.paraphrase}: `}</span>
                  <bdi lang="en">{c.p}</bdi>
                </>
              ) : null}
              {c.l ? (
                <small>
                  {`${words.where}: `}
                  <bdi lang="en">{c.l}</bdi>
                </small>
              ) : null}
            </p>
          ) : null}
          {c.x && c.c ? (
            <p>
              {`${words.claim}: `}
              <bdi>{c.c}</bdi>
            </p>
          ) : null}
          {c.o ? (
            <p className="cit-n">
              <b>{`${c.x ? words.whyNotChosen : words.note}: `}</b>
              <bdi>{c.o}</bdi>
            </p>
          ) : null}
          <p className="cit-s">
            <span className={`tb-${c.t}`}>{words.trust[c.t]}</span>
            <Link href={`/sources/${c.s}`}>
              <bdi>{c.st}</bdi>
            </Link>
            {c.sp ? (
              <>
                {" · "}
                <bdi>{c.sp}</bdi>
              </>
            ) : null}
          </p>
        </li>
      ))}
    </ol>
  );
}
