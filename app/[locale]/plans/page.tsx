import { PlansView } from "@/components/plans/plans-view";
import { pageLocale, sectionMetadata } from "@/lib/i18n/alternates";
import { getPlansPage } from "@/lib/server/queries/plans-page";

// Cached for everybody, revalidated on every edit and at least every five minutes;
// requests with a query are sent to ../filtered/plans by proxy.ts.
export const revalidate = 300;

export const generateMetadata = sectionMetadata("plans", "/plans");

export default async function PlansPage({ params }: PageProps<"/[locale]/plans">) {
  const locale = await pageLocale(params);
  return <PlansView locale={locale} data={await getPlansPage({})} />;
}
