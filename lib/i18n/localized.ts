import type { Locale } from "@/lib/schemas/vocab";

/** The order in which to fall back when a text is missing in the reader's language. */
const FALLBACK_ORDER: Record<Locale, readonly Locale[]> = {
  en: ["en", "ko", "zh"],
  ko: ["ko", "en", "zh"],
  zh: ["zh", "en", "ko"],
};

const SUFFIX = { en: "En", ko: "Ko", zh: "Zh" } as const;

export type LocalizedText = {
  text: string;
  /** The language the text is actually in (for its `lang` attribute). */
  lang: Locale;
  /** True when the reader's language was missing and another was shown. */
  isFallback: boolean;
  /** True when the text shown is the tracker's own translation, not an official form. */
  isTranslation?: boolean;
};

/**
 * A record's language marks: the column `translated` lists its Korean and Chinese
 * fields that are the tracker's own translation ("titleKo summaryZh").
 */
type Marked = { translated?: string | null };

function isTranslated(record: Marked, field: string): boolean {
  return typeof record.translated === "string" && record.translated.split(" ").includes(field);
}

type WithLocalized<K extends string> = { [P in `${K}En`]: string } & {
  [P in `${K}Ko` | `${K}Zh`]?: string | null;
};

/**
 * Picks `record[field + En|Ko|Zh]` in the reader's language, falling back to the
 * others (and saying so) rather than showing an empty field.
 */
export function localized<K extends string>(
  record: WithLocalized<K> & Marked,
  field: K,
  locale: Locale,
): LocalizedText {
  const found = pick(record, field, locale);
  if (found) return found;
  const values = record as unknown as Record<string, string | null | undefined>;
  return { text: values[`${field}En`] ?? "", lang: "en", isFallback: locale !== "en" };
}

/** The same, for optional fields (summaries): null when no language has it. */
export function localizedOptional<K extends string>(
  record: { [P in `${K}En` | `${K}Ko` | `${K}Zh`]?: string | null } & Marked,
  field: K,
  locale: Locale,
): LocalizedText | null {
  return pick(record, field, locale);
}

/** The first of the reader's languages that the record has, marked as fallback or translation. */
function pick(record: Marked, field: string, locale: Locale): LocalizedText | null {
  const values = record as unknown as Record<string, string | null | undefined>;
  for (const lang of FALLBACK_ORDER[locale] ?? FALLBACK_ORDER.en) {
    const name = `${field}${SUFFIX[lang]}`;
    const text = values[name];
    if (text) return { text, lang, isFallback: lang !== locale, isTranslation: isTranslated(record, name) };
  }
  return null;
}

/** Korea first in English and Korean, China first in Chinese (中韩). */
export function sideOrder(locale: Locale): readonly ["KR", "CN"] | readonly ["CN", "KR"] {
  return locale === "zh" ? (["CN", "KR"] as const) : (["KR", "CN"] as const);
}

/** The field a shown text came from ("titleKo" for a title shown in Korean), for its citation marks. */
export function fieldShown(base: string, text: LocalizedText): string {
  return `${base}${SUFFIX[text.lang]}`;
}
