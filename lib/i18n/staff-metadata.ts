import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/translations";

/** A staff or sign-in page's title, in the reader's language, kept out of search engines. */
export async function staffMetadata(
  params: Promise<{ locale: string }>,
  namespace: string,
  key: string,
): Promise<Metadata> {
  const { locale } = await params;
  const t = (await getTranslations({ locale, namespace: namespace as never })) as unknown as (key: string) => string;
  return { title: t(key), robots: { index: false } };
}
