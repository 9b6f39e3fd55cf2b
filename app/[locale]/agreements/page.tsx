import { AgreementsView } from "@/components/agreements/agreements-view";
import { pageLocale, sectionMetadata } from "@/lib/i18n/alternates";
import { getAgreementsPage } from "@/lib/server/queries/agreements-page";

// Cached for everybody, revalidated on every edit and at least every five minutes;
// requests with a query are sent to ../filtered/agreements by proxy.ts.
export const revalidate = 300;

export const generateMetadata = sectionMetadata("agreements", "/agreements");

export default async function AgreementsPage({ params }: PageProps<"/[locale]/agreements">) {
  const locale = await pageLocale(params);
  return <AgreementsView {...(await getAgreementsPage(locale, {}))} />;
}
