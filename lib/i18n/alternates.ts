import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/translations";
import type { Locale } from "@/lib/schemas/vocab";
import { localizedOptional } from "./localized";
import { getPathname } from "./navigation";
import { HTML_LANG, routing } from "./routing";

type Href = Parameters<typeof getPathname>[0]["href"];

/**
 * A page's canonical URL and its `hreflang` alternates: the same page in each
 * language (tagged as <html lang> is: en, ko, zh-Hans), and x-default for a reader
 * whose language is none of them (the unprefixed English URL, where the middleware
 * also honours Accept-Language). Absolute against the layout's metadataBase.
 */
export function alternatesFor(locale: string, href: Href): NonNullable<Metadata["alternates"]> {
  const current = hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
  const languages: Record<string, string> = {};
  for (const l of routing.locales) languages[HTML_LANG[l]] = getPathname({ href, locale: l });
  languages["x-default"] = getPathname({ href, locale: routing.defaultLocale });
  return { canonical: getPathname({ href, locale: current }), languages };
}

export type RecordTexts = { [K in `${"title" | "name" | "summary"}${"En" | "Ko" | "Zh"}`]?: string | null };

/**
 * A record page's metadata: its title or name and summary in the reader's language
 * (falling back as the page does), and its language alternates. Empty for no record.
 */
export function recordMetadata(record: RecordTexts | null, locale: Locale, href: Href): Metadata {
  if (!record) return {};
  const title = localizedOptional(record, "title", locale) ?? localizedOptional(record, "name", locale);
  return {
    title: title?.text,
    description: localizedOptional(record, "summary", locale)?.text.slice(0, 200),
    alternates: alternatesFor(locale, href),
  };
}

/** The message namespaces of the public section pages, each with a `title` and a `description`. */
type SectionNamespace =
  | "agreements"
  | "dialogues"
  | "ministries"
  | "plans"
  | "sources"
  | "status"
  | "timeline"
  | "openData.changes"
  | "openData.apiDocs";

/**
 * A public section page's generateMetadata: its title and description in the reader's
 * language, and its language alternates. The section pages differ only in these two names.
 */
export function sectionMetadata(namespace: SectionNamespace, href: Href) {
  return async ({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> => {
    const { locale } = await params;
    const t = await getTranslations({ locale, namespace });
    return { title: t("title"), description: t("description"), alternates: alternatesFor(locale, href) };
  };
}

/** The locale of a page's params, set for the request (so its components render statically in it). */
export async function pageLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  return locale;
}
