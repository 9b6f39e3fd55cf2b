import { TimelineView } from "@/components/timeline/timeline-view";
import { pageLocale } from "@/lib/i18n/alternates";
import { getTimelinePage } from "@/lib/server/queries/timeline-page";

export { generateMetadata } from "../../timeline/page";

// The timeline with a query (filters, search, a page number): proxy.ts rewrites
// /timeline?… here, so the page without one stays cached. Rendered per request.
export const dynamic = "force-dynamic";

export default async function FilteredTimelinePage({ params, searchParams }: PageProps<"/[locale]/filtered/timeline">) {
  const locale = await pageLocale(params);
  return <TimelineView locale={locale} data={await getTimelinePage(await searchParams)} />;
}
