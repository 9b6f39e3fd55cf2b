import { PlansView } from "@/components/plans/plans-view";
import { pageLocale } from "@/lib/i18n/alternates";
import { getPlansPage } from "@/lib/server/queries/plans-page";

export { generateMetadata } from "../../plans/page";

// The plans list with a query (filters, search, a page number): proxy.ts rewrites
// /plans?… here, so the page without one stays cached. Rendered per request.
export const dynamic = "force-dynamic";

export default async function FilteredPlansPage({ params, searchParams }: PageProps<"/[locale]/filtered/plans">) {
  const locale = await pageLocale(params);
  return <PlansView locale={locale} data={await getPlansPage(await searchParams)} />;
}
