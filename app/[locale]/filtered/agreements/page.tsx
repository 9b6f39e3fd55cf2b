import { setRequestLocale } from "next-intl/server";
import { AgreementsView } from "@/components/agreements/agreements-view";
import type { Locale } from "@/lib/schemas/vocab";
import { getAgreementsPage } from "@/lib/server/queries/agreements-page";

export { generateMetadata } from "../../agreements/page";

// The agreements list with a query (filters, search, a page number): proxy.ts rewrites
// /agreements?… here, so the page without one stays cached. Rendered per request.
export const dynamic = "force-dynamic";

export default async function FilteredAgreementsPage({
  params,
  searchParams,
}: PageProps<"/[locale]/filtered/agreements">) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  return <AgreementsView {...(await getAgreementsPage(locale, await searchParams))} />;
}
