import { SourcesView } from "@/components/sources/sources-view";
import { pageLocale, sectionMetadata } from "@/lib/i18n/alternates";
import { getSourcesPage } from "@/lib/server/queries/sources-page";

// Cached for everybody, revalidated on every edit (lib/server/cache/revalidate.ts) and at least
// every five minutes (dates such as "coming up" move on): docs/decisions/0006.
export const revalidate = 300;

export const generateMetadata = sectionMetadata("sources", "/sources");

/** The first page of the sources; `?page=` goes to app/[locale]/filtered/sources (proxy.ts). */
export default async function SourcesPage({ params }: PageProps<"/[locale]/sources">) {
  await pageLocale(params);
  return <SourcesView data={await getSourcesPage()} />;
}
