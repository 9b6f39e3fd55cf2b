import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AgreementCard } from "@/components/agreements/agreement-card";
import { db } from "@/lib/db";
import { listAgreementSummaries } from "@/lib/queries/agreements";

// Reads the database on every request until caching is designed (issue: speed).
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "meta" });
  return { title: t("homeTitle") };
}

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("home");
  const agreements = await listAgreementSummaries(db);
  return (
    <div className="space-y-8">
      <header className="max-w-3xl space-y-3">
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{t("title")}</h1>
        <p className="text-muted">{t("lead")}</p>
      </header>
      <section aria-labelledby="agreements-heading" className="space-y-4">
        <div className="flex items-baseline justify-between gap-4 border-b border-line pb-2">
          <h2 id="agreements-heading" className="text-lg font-semibold">
            {t("agreementsHeading")}
          </h2>
          <p className="text-sm text-muted">{t("agreementCount", { count: agreements.length })}</p>
        </div>
        {agreements.length === 0 ? (
          <p className="rounded-lg border border-dashed border-line bg-white p-6 text-muted">{t("empty")}</p>
        ) : (
          <div className="grid gap-4 md:grid-cols-2 lg:grid-cols-3">
            {agreements.map((agreement) => (
              <AgreementCard key={agreement.slug} agreement={agreement} />
            ))}
          </div>
        )}
      </section>
    </div>
  );
}
