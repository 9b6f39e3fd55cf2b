import type { Metadata } from "next";
import { SearchView } from "@/components/search/search-view";
import { alternatesFor, pageLocale } from "@/lib/i18n/alternates";
import { getTranslations } from "@/lib/i18n/translations";
import { getSearchPage } from "@/lib/server/queries/search-page";

// Every query is its own page: rendered per request.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/search">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "search" });
  return {
    title: t("title"),
    description: t("description"),
    alternates: alternatesFor(locale, "/search"),
    // Result pages are for readers, not for search engines' indexes.
    robots: { index: false, follow: true },
  };
}

export default async function SearchPage({ params, searchParams }: PageProps<"/[locale]/search">) {
  const locale = await pageLocale(params);
  return <SearchView {...(await getSearchPage(locale, await searchParams))} />;
}
