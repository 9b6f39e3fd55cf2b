import { getLocale } from "next-intl/server";
import { cache } from "react";
import { routing } from "@/lib/i18n/routing";
import { getTranslations } from "@/lib/i18n/translations";
import type { Locale } from "@/lib/schemas/vocab";
import type { RowWords } from "./row-bits";

/** The words components/ui/row-bits.tsx needs, in the page's language: once a request (a page draws hundreds of names). */
export const rowWords = cache(async (): Promise<RowWords> => {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("record");
  const tDates = await getTranslations("dates");
  const fallback: Record<string, readonly [string, string]> = {};
  for (const language of routing.locales)
    if (language !== locale) fallback[language] = [t("fallbackTitle", { language }), t("inLanguage", { language })];
  return { locale, fallback, inferred: [tDates("inferredTitle"), tDates("inferred")] };
});

/** The words of the codes (or counts) a page's rows use, each once: rows then carry the code. */
export function wordsFor<K extends string | number>(keys: Iterable<K>, word: (key: K) => string): Record<K, string> {
  return Object.fromEntries([...new Set(keys)].map((k) => [k, word(k)])) as Record<K, string>;
}

/** A text's language where it is not the page's: rows leave out the page's own. */
export const langIfOther = (text: { lang: Locale }, locale: Locale) => (text.lang === locale ? undefined : text.lang);
