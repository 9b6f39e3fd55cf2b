import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ImportForm } from "@/components/import/import-form";
import type { Locale } from "@/lib/schemas/vocab";
import { requireRole } from "@/lib/server/auth";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/import">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "openData.import" });
  return { title: t("title"), robots: { index: false } };
}

/** /admin/import: admins bring in a spreadsheet of agreements, plan items or status updates. */
export default async function ImportPage({ params }: PageProps<"/[locale]/admin/import">) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const t = await getTranslations("openData.import");
  const gate = await requireRole("admin");
  if (!gate.ok && gate.kind === "unauthenticated") {
    const here = `${locale === "en" ? "" : `/${locale}`}/admin/import`;
    redirect(`${locale === "en" ? "" : `/${locale}`}/login?next=${encodeURIComponent(here)}`);
  }
  return (
    <div className="max-w-3xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{t("title")}</h1>
        <p className="text-muted">{t("lead")}</p>
        <p className="text-sm">
          {t("templates")}:{" "}
          <a href="/import-templates/agreements.csv" download>
            {t("sheets.agreements")}
          </a>
          {" · "}
          <a href="/import-templates/items.csv" download>
            {t("sheets.items")}
          </a>
          {" · "}
          <a href="/import-templates/status-updates.csv" download>
            {t("sheets.statusUpdates")}
          </a>
        </p>
      </header>
      {gate.ok ? (
        <ClientMessages>
          <ImportForm />
        </ClientMessages>
      ) : (
        <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
          {t("forbidden")}
        </p>
      )}
    </div>
  );
}
