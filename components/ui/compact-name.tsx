import { Fallback, type RowWords } from "@/components/ui/row-bits";
import type { Locale } from "@/lib/i18n/locales";
import type { LocalizedText } from "@/lib/i18n/localized";
import { htmlLang } from "@/lib/i18n/routing";

/**
 * A record's name as list rows drawn on the client carry it (issue 19): LocalizedName's
 * data in short keys. No directive, no hooks: the rows of /ministries, /dialogues and
 * /plans draw it from their client components. Keys left out are empty.
 */
export type CompactName = {
  /** The text. */
  n: string;
  /** Its language, only where it is not the page's: a fallback, marked as one. */
  l?: Locale;
  /** The tracker's own translation (marked ※). */
  t?: 1;
};

/** A linked record's name: its slug beside it. */
export type CompactRef = CompactName & { s: string };

/** What a CompactName needs (the translation mark's words are on every page already, see TranslationMark). */
export type NameWords = RowWords;

/** The short form of a localized text (on the server). */
export function compactName(value: LocalizedText): CompactName {
  if (value.isFallback) return { n: value.text, l: value.lang };
  return value.isTranslation ? { n: value.text, t: 1 } : { n: value.text };
}

/** LocalizedName's markup (components/ui/localized-name.tsx), drawn from a CompactName. */
export function NameText({ name, words }: { name: CompactName; words: NameWords }) {
  if (!name.l) {
    return (
      <>
        <bdi>{name.n}</bdi>
        {name.t ? <TranslationMark /> : null}
      </>
    );
  }
  return (
    <>
      <bdi lang={htmlLang(name.l)}>{name.n}</bdi>
      <Fallback shown={name.l} words={words} />
    </>
  );
}

/** The id of the translation mark's words, drawn once a page by the layout (app/[locale]/layout.tsx). */
export const TRANSLATION_TIP_ID = "tr-tip";

/**
 * One quiet mark after a text that is the tracker's own translation: "translated by the
 * tracker" shows on hover or keyboard focus (from the page's --tr-tip, app/globals.css),
 * and screen readers hear it (the layout's hidden #tr-tip names it). The words are on
 * the page once, not in each of a record page's dozens of marks.
 */
export function TranslationMark() {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: the note must show on keyboard focus too
    <span className="tr" tabIndex={0} role="note" aria-labelledby={TRANSLATION_TIP_ID} data-translation-mark="">
      ※
    </span>
  );
}
