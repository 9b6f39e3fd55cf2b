import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ImportForm } from "@/components/import/import-form";
import { pageLocale } from "@/lib/i18n/alternates";
import { getTranslations } from "@/lib/i18n/translations";
import { hasRole, requireRole } from "@/lib/server/auth";
import { IMPORT_LIMITS } from "@/lib/server/services/import";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/import">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "importSheet" });
  return { title: t("title"), robots: { index: false } };
}

const TEMPLATES = [
  { file: "agreements", label: "agreements", admin: false },
  { file: "items", label: "items", admin: false },
  { file: "status-updates", label: "statusUpdates", admin: false },
  { file: "accounts", label: "accounts", admin: true },
] as const;

/** /admin/import: editors bring in agreements, plan items or status updates; admins also staff accounts. */
export default async function ImportPage({ params }: PageProps<"/[locale]/admin/import">) {
  const locale = await pageLocale(params);
  const t = await getTranslations("importSheet");
  const gate = await requireRole("editor");
  if (!gate.ok && gate.kind === "unauthenticated") {
    const here = `${locale === "en" ? "" : `/${locale}`}/admin/import`;
    redirect(`${locale === "en" ? "" : `/${locale}`}/login?next=${encodeURIComponent(here)}`);
  }
  const admin = gate.ok && hasRole(gate.user.role, "admin");
  const templates = TEMPLATES.filter((tpl) => admin || !tpl.admin);
  return (
    <div className="max-w-3xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{t("title")}</h1>
        <p className="text-muted">{t("lead")}</p>
        <p className="text-sm">
          {t("templates")}:{" "}
          {templates.map((tpl, i) => (
            <span key={tpl.file}>
              {i > 0 ? " · " : null}
              <a href={`/import-templates/${tpl.file}.csv`} download>
                {t(`sheets.${tpl.label}`)}
              </a>
            </span>
          ))}
        </p>
      </header>
      {gate.ok ? (
        <ClientMessages>
          <ImportForm maxMb={Math.round(IMPORT_LIMITS.maxBytes / 1024 / 1024)} maxRows={IMPORT_LIMITS.maxRows} />
        </ClientMessages>
      ) : (
        <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
          {t("forbidden")}
        </p>
      )}
    </div>
  );
}
