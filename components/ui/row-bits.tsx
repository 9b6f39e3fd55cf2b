import type { MarkedText } from "@/lib/highlight";
import { HTML_LANG } from "@/lib/i18n/routing";

/**
 * The small pieces a list row is made of, for rows drawn by a client component from
 * compact data (issue 19: the RSC payload then carries a row's data, not its element
 * tree). Plain components without hooks or server calls, so server and client
 * components draw them alike; the words they need come once per page as `RowWords`
 * (components/ui/row-words.ts). Their markup is the server components' own
 * (FallbackMark, PartialDate `brief`), so a page reads the same either way.
 */
export type RowWords = {
  /** The page's language. */
  locale: keyof typeof HTML_LANG;
  /** A fallback mark's [title, text], by the language the text is shown in. */
  fallback: Record<string, readonly [title: string, text: string]>;
  /** An inferred date's mark: [title, text]. */
  inferred: readonly [title: string, text: string];
};

/** A date as rows carry it: [iso, its text in the reader's language, 1 when inferred]. */
export type RowDate = readonly [iso: string, text: string, inferred?: 1];

/** The mark after a text shown in another language than the page's (FallbackMark): `shown` is that language. */
export function Fallback({ shown, words }: { shown: string | undefined; words: RowWords }) {
  const mark = shown ? words.fallback[shown] : undefined;
  if (!mark) return null;
  return (
    <span lang={HTML_LANG[words.locale]} title={mark[0]} data-fallback-mark="" className="fb">
      {mark[1]}
    </span>
  );
}

/** A date as a list shows it (PartialDate `brief`): `text` is formatted on the server. */
export function BriefDate({
  iso,
  text,
  inferred,
  words,
}: {
  iso: string;
  text: string;
  inferred: boolean;
  words: RowWords;
}) {
  const time = <time dateTime={iso}>{text}</time>;
  if (!inferred) return time;
  return (
    <span className="pd">
      {time}
      <span className="pd-m" title={words.inferred[0]}>
        <span aria-hidden="true">≈</span> {words.inferred[1]}
      </span>
    </span>
  );
}

/** HighlightedText's markup from a text the server has already marked (lib/highlight.ts, `marked`). */
export function Marks({ text }: { text: MarkedText }) {
  if (typeof text === "string") return <bdi>{text}</bdi>;
  return (
    <bdi>
      {text.map((piece, i) =>
        i % 2 === 1 ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: pieces have no identity beyond their order
          <mark key={i} className="hit">
            {piece}
          </mark>
        ) : (
          piece
        ),
      )}
    </bdi>
  );
}
