"use client";

import { Badge, sideTone } from "@/components/ui/badge";
import { BriefDate, Fallback, Marks, type RowWords } from "@/components/ui/row-bits";
import type { MarkedText } from "@/lib/highlight";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { htmlLang } from "@/lib/i18n/routing";

/** A signatory: its side (a key of the labels' `sides`), its name, and the name's language where not the page's. */
export type Signer = readonly [side: string, name: string, lang?: Locale];

/**
 * One agreement as /agreements lists it, in short keys: the RSC payload carries this
 * data instead of the row's element tree, which the HTML already holds (issue 19).
 * Keys left out are empty; a language left out is the page's own.
 */
export type AgreementRow = {
  /** Slug: the link, the compare value and the title's id (`t-<slug>`). */
  u: string;
  /** Kind, a key of the labels' `kinds`. */
  k: string;
  /** Status, a key of the labels' `statuses`. */
  s: string;
  /** Title (the search terms marked), and its language. */
  t: MarkedText;
  tl?: Locale;
  /** Summary, already cut to a list's length (the search terms marked), and its language. */
  m?: MarkedText;
  ml?: Locale;
  /** Signed: the partial date and its text in the reader's language. */
  d?: readonly [iso: string, text: string];
  /** The signing date is inferred. */
  di?: 1;
  /** Signatories, in the reader's side order. */
  g?: readonly Signer[];
};

/** The list's words, once a page rather than once a row. */
export type AgreementLabels = {
  /** Column names: title, signed, signatories, status. */
  cols: readonly [title: string, signed: string, signatories: string, status: string];
  /** The words of the kinds, statuses and sides the page's rows use. */
  kinds: Record<string, string>;
  statuses: Record<string, string>;
  sides: Record<string, string>;
  /** The compare checkbox's name. */
  compare: string;
  /** The id of the compare form the checkboxes belong to (components/agreements/compare-form.tsx). */
  form: string;
  dateUnknown: string;
  noSignatories: string;
};

type Page = { labels: AgreementLabels; words: RowWords };

/**
 * One markup for every width: a list of rows that lines up as a table from `md`
 * (with a header row of its own) and stacks as cards on a phone. Each row is drawn
 * once, not once per layout. A cell's label is shown on a phone and read by screen
 * readers at every width. Rows are styled from short classes (app/globals.css, .rows).
 */
export function AgreementRows({ rows, ...page }: Page & { rows: readonly AgreementRow[] }) {
  const [title, signed, signatories, status] = page.labels.cols;
  return (
    <div className="rows">
      <div aria-hidden="true" data-testid="results-columns" className="rows-head ag-cols">
        <span>{title}</span>
        <span>{signed}</span>
        <span>{signatories}</span>
        <span>{status}</span>
      </div>
      <ul>
        {rows.map((row) => (
          <Row key={row.u} row={row} {...page} />
        ))}
      </ul>
    </div>
  );
}

function Row({ row: r, labels: l, words }: Page & { row: AgreementRow }) {
  return (
    <li className="ag-row ag-cols" data-testid="agreement-row">
      <div className="col-span-2 md:col-span-1">
        <div className="row-badges">
          <Badge tone="accent">{l.kinds[r.k]}</Badge>
          <ComparePick slug={r.u} label={l.compare} form={l.form} />
        </div>
        <Link href={`/agreements/${r.u}`} lang={htmlLang(r.tl ?? words.locale)} id={`t-${r.u}`} className="row-title">
          <Marks text={r.t} />
          <Fallback shown={r.tl} words={words} />
        </Link>
        {r.m ? (
          <p className="row-summary" lang={htmlLang(r.ml ?? words.locale)}>
            <Marks text={r.m} />
            <Fallback shown={r.ml} words={words} />
          </p>
        ) : null}
      </div>
      <span className="cl">{l.cols[1]}</span>
      <div className="md:whitespace-nowrap">
        {r.d ? (
          <BriefDate iso={r.d[0]} text={r.d[1]} inferred={r.di === 1} words={words} />
        ) : (
          <span className="text-muted">{l.dateUnknown}</span>
        )}
      </div>
      <span className="cl">{l.cols[2]}</span>
      <Signers signers={r.g} labels={l} words={words} />
      <span className="cl">{l.cols[3]}</span>
      <div>
        <Badge>{l.statuses[r.s]}</Badge>
      </div>
    </li>
  );
}

/** Signatories grouped by side, as components/agreements/signatory-list.tsx draws them. */
function Signers({ signers, labels, words }: { signers: AgreementRow["g"]; labels: AgreementLabels; words: RowWords }) {
  if (!signers) return <span className="text-muted">{labels.noSignatories}</span>;
  return (
    <ul className="sig">
      {signers.map(([side, name, lang], i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: drawn once from the server's data, never reordered
        <li key={i}>
          <Badge tone={sideTone(side)}>{labels.sides[side]}</Badge>
          <span lang={htmlLang(lang ?? words.locale)}>
            {name}
            <Fallback shown={lang} words={words} />
          </span>
        </li>
      ))}
    </ul>
  );
}

/**
 * A checkbox of the compare form by its `form` attribute: the list itself is no form,
 * so it still prints (print CSS hides forms) and the ticks travel as `a=<slug>` to
 * /compare without JavaScript. Its name is "Compare"; the row's title (by id) describes it.
 */
function ComparePick({ slug, label, form }: { slug: string; label: string; form: string }) {
  return (
    <label className="pick">
      <input
        type="checkbox"
        name="a"
        value={slug}
        form={form}
        aria-describedby={`t-${slug}`}
        data-testid="compare-pick"
      />
      {label}
    </label>
  );
}
