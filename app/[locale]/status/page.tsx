import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { StatusView } from "@/components/status/status-view";
import { alternatesFor } from "@/lib/i18n/alternates";
import type { Locale } from "@/lib/schemas/vocab";
import { getStatusPage } from "@/lib/server/queries/status-page";

// Cached for everybody, revalidated on every edit and at least every five minutes;
// requests with a query are sent to ../filtered/status by proxy.ts.
export const revalidate = 300;

export async function generateMetadata({ params }: PageProps<"/[locale]/status">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "status" });
  return { title: t("title"), description: t("description"), alternates: alternatesFor(locale, "/status") };
}

export default async function StatusPage({ params }: PageProps<"/[locale]/status">) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  return <StatusView locale={locale} {...(await getStatusPage({}))} />;
}
