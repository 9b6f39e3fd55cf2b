import { TimelineView } from "@/components/timeline/timeline-view";
import { pageLocale, sectionMetadata } from "@/lib/i18n/alternates";
import { getTimelinePage } from "@/lib/server/queries/timeline-page";

// Cached for everybody, revalidated on every edit and at least every five minutes;
// requests with a query are sent to ../filtered/timeline by proxy.ts.
export const revalidate = 300;

export const generateMetadata = sectionMetadata("timeline", "/timeline");

export default async function TimelinePage({ params }: PageProps<"/[locale]/timeline">) {
  const locale = await pageLocale(params);
  return <TimelineView locale={locale} data={await getTimelinePage({})} />;
}
