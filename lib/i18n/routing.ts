import { defineRouting } from "next-intl/routing";
import { LOCALES } from "./locales";

/** English at unprefixed URLs (/agreements); Korean and Chinese prefixed (/ko, /zh). */
export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: "en",
  localePrefix: "as-needed",
  // next-intl would build a `Link` header of alternates from the request's host, which
  // a client can set (X-Forwarded-Host) and a shared cache would keep: the pages'
  // own <link rel="alternate"> use SITE_URL or relative paths instead (alternates.ts).
  alternateLinks: false,
});

/** The value of <html lang>: Chinese is shown in Simplified characters. */
export const HTML_LANG = { en: "en", ko: "ko", zh: "zh-Hans" } as const;

/** Each language's own name, for the switcher (never translated). */
export const LOCALE_NAMES = { en: "English", ko: "한국어", zh: "中文" } as const;

/**
 * The `lang` attribute for text in a language (record text, a fallback, a source):
 * the same tag as <html lang>, so Chinese text is zh-Hans everywhere.
 */
export function htmlLang(lang: string | null | undefined): string | undefined {
  if (!lang) return undefined;
  return lang in HTML_LANG ? HTML_LANG[lang as keyof typeof HTML_LANG] : lang;
}
