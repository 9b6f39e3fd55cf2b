import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { CompareView } from "@/components/compare/compare-view";
import { alternatesFor } from "@/lib/i18n/alternates";
import { getTranslations } from "@/lib/i18n/translations";
import type { Locale } from "@/lib/schemas/vocab";
import { getComparePage } from "@/lib/server/queries/compare-page";

// Every selection is its own page (the URL holds it): rendered per request.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/compare">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "compare" });
  return {
    title: t("title"),
    description: t("description"),
    alternates: alternatesFor(locale, "/compare"),
    // A comparison is one reader's selection, not a page for search engines' indexes.
    robots: { index: false, follow: true },
  };
}

export default async function ComparePage({ params, searchParams }: PageProps<"/[locale]/compare">) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  return <CompareView comparison={await getComparePage(await searchParams)} />;
}
