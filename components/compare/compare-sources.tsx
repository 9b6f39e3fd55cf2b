"use client";

import { Link } from "@/lib/i18n/navigation";
import { htmlLang } from "@/lib/i18n/routing";

/**
 * A compared agreement's source, in short keys: a comparison lists thirty, and its
 * RSC payload carries this data once for both the screen list and the printed line
 * rather than two element trees (issue 19). Keys left out are empty.
 */
export type ComparedSource = {
  /** Id, title and the title's language. */
  i: string;
  t: string;
  l?: string;
  /** Publisher. */
  p?: string;
  /** Date published: [iso, text]. */
  d?: readonly [string, string];
};

/**
 * On screen each title links to the source's page with its publisher and date; on
 * paper only publisher and date, run together, so a comparison still fits one sheet
 * (the titles are one click away on each page).
 */
export function CompareSources({ sources }: { sources: readonly ComparedSource[] }) {
  return (
    <>
      <ol className="compare-sources list-decimal space-y-1 pl-4 text-xs print:hidden">
        {sources.map((s) => (
          <li key={s.i}>
            <Link href={`/sources/${s.i}`} lang={htmlLang(s.l)} className="line-clamp-2">
              {s.t}
            </Link>
            <Byline source={s} />
          </li>
        ))}
      </ol>
      <p className="hidden text-xs print:block">
        {sources.map((s, i) => (
          <span key={s.i}>
            {i > 0 ? "; " : null}
            <Byline source={s} print />
          </span>
        ))}
      </p>
    </>
  );
}

/** Who published a source and when, as far as known; on paper the title stands in for an unknown publisher. */
function Byline({ source, print = false }: { source: ComparedSource; print?: boolean }) {
  if (print && !source.p) return <span lang={htmlLang(source.l)}>{source.t}</span>;
  return (
    <span className="text-muted">
      {source.p ?? null}
      {source.p && source.d ? " · " : null}
      {source.d ? <time dateTime={source.d[0]}>{source.d[1]}</time> : null}
    </span>
  );
}
