import { StatusView } from "@/components/status/status-view";
import { pageLocale } from "@/lib/i18n/alternates";
import { getStatusPage } from "@/lib/server/queries/status-page";

export { generateMetadata } from "../../status/page";

// The status board with a query (filters, search, a page number): proxy.ts rewrites
// /status?… here, so the page without one stays cached. Rendered per request.
export const dynamic = "force-dynamic";

export default async function FilteredStatusPage({ params, searchParams }: PageProps<"/[locale]/filtered/status">) {
  const locale = await pageLocale(params);
  return <StatusView locale={locale} {...(await getStatusPage(await searchParams))} />;
}
