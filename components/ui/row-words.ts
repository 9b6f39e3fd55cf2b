import { getLocale, getTranslations } from "next-intl/server";
import { routing } from "@/lib/i18n/routing";
import type { Locale } from "@/lib/schemas/vocab";
import type { RowWords } from "./row-bits";

/** The words components/ui/row-bits.tsx needs, in the page's language. */
export async function rowWords(): Promise<RowWords> {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("record");
  const tDates = await getTranslations("dates");
  const fallback: Record<string, readonly [string, string]> = {};
  for (const language of routing.locales)
    if (language !== locale) fallback[language] = [t("fallbackTitle", { language }), t("inLanguage", { language })];
  return { locale, fallback, inferred: [tDates("inferredTitle"), tDates("inferred")] };
}
