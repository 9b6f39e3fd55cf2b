import { htmlLang, LOCALE_NAMES } from "@/lib/i18n/routing";
import { getTranslations } from "@/lib/i18n/translations";
import { LOCALES, type Locale } from "@/lib/schemas/vocab";

/** A record's name or title in the languages other than the one shown. */
export async function OtherLanguages({
  values,
  shown,
}: {
  values: Partial<Record<Locale, string | null>>;
  shown: Locale;
}) {
  const t = await getTranslations("record");
  const others = LOCALES.filter((l) => l !== shown && values[l]);
  if (others.length === 0) return null;
  return (
    <ul className="ol" aria-label={t("otherLanguages")}>
      {others.map((l) => (
        <li key={l}>
          <span className="text-xs">{LOCALE_NAMES[l]}: </span>
          <span lang={htmlLang(l)}>{values[l]}</span>
        </li>
      ))}
    </ul>
  );
}
