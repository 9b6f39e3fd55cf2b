import { getLocale, getTranslations } from "next-intl/server";
import type { LocalizedText } from "@/lib/i18n/localized";
import { HTML_LANG } from "@/lib/i18n/routing";
import { TranslationMark as Mark } from "./compact-name";

/**
 * A record's name or title in the reader's language, or, where the sources give it
 * only in another, in that language: tagged with its own `lang` and marked with the
 * language's name (the heading of a record page uses FallbackNote instead). Names the
 * sources give in one language are never translated here. The text is isolated
 * (`<bdi>`) so a stray direction control in it cannot reorder what stands beside it.
 */
export async function LocalizedName({ value }: { value: LocalizedText }) {
  if (!value.isFallback) {
    return (
      <>
        <bdi>{value.text}</bdi>
        <TranslationMark value={value} />
      </>
    );
  }
  const t = await getTranslations("record");
  return (
    <>
      <bdi lang={HTML_LANG[value.lang]}>{value.text}</bdi>
      <FallbackMarkText title={t("fallbackTitle", { language: value.lang })}>
        {t("inLanguage", { language: value.lang })}
      </FallbackMarkText>
    </>
  );
}

/** Only the mark, for a name rendered by its caller (a link or heading with its own lang). */
export async function FallbackMark({ value }: { value: LocalizedText }) {
  if (!value.isFallback) return null;
  const t = await getTranslations("record");
  return (
    <FallbackMarkText title={t("fallbackTitle", { language: value.lang })}>
      {t("inLanguage", { language: value.lang })}
    </FallbackMarkText>
  );
}

/** In the reader's language, even inside a name tagged with another. */
async function FallbackMarkText({ title, children }: { title: string; children: string }) {
  const locale = await getLocale();
  return (
    <span
      lang={HTML_LANG[locale as keyof typeof HTML_LANG] ?? locale}
      title={title}
      data-fallback-mark=""
      className="fb"
    >
      {children}
    </span>
  );
}

/** The tracker's-own-translation mark (./compact-name.tsx): nothing for an official form or an English original. */
export function TranslationMark({ value }: { value: LocalizedText }) {
  if (!value.isTranslation || value.isFallback) return null;
  return <Mark />;
}
