import type { Metadata } from "next";
import { RefusedPage } from "@/components/auth/staff-only-page";
import { NewLink } from "@/components/editing/new-link";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { pageLocale } from "@/lib/i18n/alternates";
import { Link } from "@/lib/i18n/navigation";
import { staffMetadata } from "@/lib/i18n/staff-metadata";
import { getTranslations } from "@/lib/i18n/translations";
import { EDITABLE_ENTITIES } from "@/lib/schemas/record-edit";
import { hasRole, requireRole } from "@/lib/server/auth";

export const dynamic = "force-dynamic";

export function generateMetadata({ params }: PageProps<"/[locale]/admin">): Promise<Metadata> {
  return staffMetadata(params, "nav", "adminTitle");
}

const TOOLS = [
  { key: "translations", role: "editor" },
  { key: "archived", role: "admin" },
  { key: "users", role: "admin" },
  { key: "audit", role: "admin" },
  { key: "import", role: "editor" },
] as const;

/** The staff tools and a New link for every kind of record: editors and administrators. */
export default async function AdminPage({ params }: PageProps<"/[locale]/admin">) {
  const _locale = await pageLocale(params);
  const t = await getTranslations("nav");
  const gate = await requireRole("editor");
  if (!gate.ok) return <RefusedPage title={t("adminTitle")} message={t("editorsOnly")} needs="editor" />;
  const tools = TOOLS.filter((tool) => hasRole(gate.user.role, tool.role));
  return (
    <div className="space-y-8">
      <PageHeader title={t("adminTitle")} lead={t("adminLead")} />
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {tools.map((tool) => (
          <li key={tool.key} className="rounded-lg border border-line bg-white p-4">
            <Link href={`/admin/${tool.key}`} className="font-semibold">
              {t(`tools.${tool.key}`)}
            </Link>
            <p className="mt-1 text-sm text-muted">{t(`toolLeads.${tool.key}`)}</p>
            {tool.role === "admin" ? <p className="mt-2 text-xs text-muted">{t("adminsOnlyTools")}</p> : null}
          </li>
        ))}
      </ul>
      <Section id="new" title={t("newRecords")}>
        <ul className="flex flex-wrap gap-2">
          {EDITABLE_ENTITIES.map((entity) => (
            <li key={entity}>
              <NewLink entity={entity} />
            </li>
          ))}
        </ul>
      </Section>
    </div>
  );
}
