import { setRequestLocale } from "next-intl/server";
import { PlansView } from "@/components/plans/plans-view";
import type { Locale } from "@/lib/schemas/vocab";
import { getPlansPage } from "@/lib/server/queries/plans-page";

export { generateMetadata } from "../../plans/page";

// The plans list with a query (filters, search, a page number): proxy.ts rewrites
// /plans?… here, so the page without one stays cached. Rendered per request.
export const dynamic = "force-dynamic";

export default async function FilteredPlansPage({ params, searchParams }: PageProps<"/[locale]/filtered/plans">) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  return <PlansView locale={locale} data={await getPlansPage(await searchParams)} />;
}
