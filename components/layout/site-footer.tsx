import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/translations";
import { FooterFrame, type FooterKey, type FooterWords } from "./footer-frame";

const KEYS: readonly FooterKey[] = [
  "about",
  "dataNote",
  "sourcesLink",
  "dataLinks",
  "openData",
  "changes",
  "calendar",
  "feed",
];

/**
 * On every page: what the tracker is, and the ways to take its data away or follow it
 * (open data and the API, what changed, the calendar and the Atom feed). The calendar
 * and the feed are routes outside the language prefix, hence plain links; the
 * calendar is asked for in the reader's language.
 */
export async function SiteFooter() {
  const t = await getTranslations("footer");
  const words = { locale: await getLocale() } as FooterWords;
  for (const key of KEYS) words[key] = t(key);
  return <FooterFrame words={words} />;
}
