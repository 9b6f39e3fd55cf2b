import { SourcesView } from "@/components/sources/sources-view";
import { pageLocale } from "@/lib/i18n/alternates";
import { pageParam } from "@/lib/schemas/page-param";
import { getSourcesPage } from "@/lib/server/queries/sources-page";

export { generateMetadata } from "../../sources/page";

// The sources list with a query (a page number): proxy.ts rewrites /sources?… here, so
// the page without one stays cached. Rendered per request.
export const dynamic = "force-dynamic";

export default async function FilteredSourcesPage({ params, searchParams }: PageProps<"/[locale]/filtered/sources">) {
  await pageLocale(params);
  return <SourcesView data={await getSourcesPage(pageParam((await searchParams).page))} />;
}
