import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PlansView } from "@/components/plans/plans-view";
import { alternatesFor } from "@/lib/i18n/alternates";
import type { Locale } from "@/lib/schemas/vocab";
import { getPlansPage } from "@/lib/server/queries/plans-page";

// Cached for everybody, revalidated on every edit and at least every five minutes;
// requests with a query are sent to ../filtered/plans by proxy.ts.
export const revalidate = 300;

export async function generateMetadata({ params }: PageProps<"/[locale]/plans">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "plans" });
  return { title: t("title"), description: t("description"), alternates: alternatesFor(locale, "/plans") };
}

export default async function PlansPage({ params }: PageProps<"/[locale]/plans">) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  return <PlansView locale={locale} data={await getPlansPage({})} />;
}
