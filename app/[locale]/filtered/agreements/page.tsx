import { AgreementsView } from "@/components/agreements/agreements-view";
import { pageLocale } from "@/lib/i18n/alternates";
import { getAgreementsPage } from "@/lib/server/queries/agreements-page";

export { generateMetadata } from "../../agreements/page";

// The agreements list with a query (filters, search, a page number): proxy.ts rewrites
// /agreements?… here, so the page without one stays cached. Rendered per request.
export const dynamic = "force-dynamic";

export default async function FilteredAgreementsPage({
  params,
  searchParams,
}: PageProps<"/[locale]/filtered/agreements">) {
  const locale = await pageLocale(params);
  return <AgreementsView {...(await getAgreementsPage(locale, await searchParams))} />;
}
