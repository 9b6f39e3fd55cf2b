import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AgreementsView } from "@/components/agreements/agreements-view";
import { alternatesFor } from "@/lib/i18n/alternates";
import type { Locale } from "@/lib/schemas/vocab";
import { getAgreementsPage } from "@/lib/server/queries/agreements-page";

// Cached for everybody, revalidated on every edit and at least every five minutes;
// requests with a query are sent to ../filtered/agreements by proxy.ts.
export const revalidate = 300;

export async function generateMetadata({ params }: PageProps<"/[locale]/agreements">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "agreements" });
  return { title: t("title"), description: t("description"), alternates: alternatesFor(locale, "/agreements") };
}

export default async function AgreementsPage({ params }: PageProps<"/[locale]/agreements">) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  return <AgreementsView {...(await getAgreementsPage(locale, {}))} />;
}
