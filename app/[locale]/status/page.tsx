import { StatusView } from "@/components/status/status-view";
import { pageLocale, sectionMetadata } from "@/lib/i18n/alternates";
import { getStatusPage } from "@/lib/server/queries/status-page";

// Cached for everybody, revalidated on every edit and at least every five minutes;
// requests with a query are sent to ../filtered/status by proxy.ts.
export const revalidate = 300;

export const generateMetadata = sectionMetadata("status", "/status");

export default async function StatusPage({ params }: PageProps<"/[locale]/status">) {
  const locale = await pageLocale(params);
  return <StatusView locale={locale} {...(await getStatusPage({}))} />;
}
