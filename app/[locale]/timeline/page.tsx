import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { TimelineView } from "@/components/timeline/timeline-view";
import { alternatesFor } from "@/lib/i18n/alternates";
import type { Locale } from "@/lib/schemas/vocab";
import { getTimelinePage } from "@/lib/server/queries/timeline-page";

// Cached for everybody, revalidated on every edit and at least every five minutes;
// requests with a query are sent to ../filtered/timeline by proxy.ts.
export const revalidate = 300;

export async function generateMetadata({ params }: PageProps<"/[locale]/timeline">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "timeline" });
  return { title: t("title"), description: t("description"), alternates: alternatesFor(locale, "/timeline") };
}

export default async function TimelinePage({ params }: PageProps<"/[locale]/timeline">) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  return <TimelineView locale={locale} data={await getTimelinePage({})} />;
}
