import type { Metadata } from "next";
import { getFormatter } from "next-intl/server";
import { RefusedPage } from "@/components/auth/staff-only-page";
import { RestoreButton } from "@/components/editing/restore-button";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { pageLocale } from "@/lib/i18n/alternates";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { htmlLang } from "@/lib/i18n/routing";
import { staffMetadata } from "@/lib/i18n/staff-metadata";
import { getTranslations } from "@/lib/i18n/translations";
import { requireRole } from "@/lib/server/auth";
import { getArchivedPage } from "@/lib/server/queries/archived-page";

export const dynamic = "force-dynamic";

export function generateMetadata({ params }: PageProps<"/[locale]/admin/archived">): Promise<Metadata> {
  return staffMetadata(params, "archived", "title");
}

/** Every archived record, who archived it and when, with Restore: administrators only. */
export default async function ArchivedPage({ params }: PageProps<"/[locale]/admin/archived">) {
  const locale = await pageLocale(params);
  const t = await getTranslations();
  const gate = await requireRole("admin");
  if (!gate.ok) return <RefusedPage title={t("archived.title")} message={t("archived.adminsOnly")} needs="admin" />;
  const format = await getFormatter();
  const rows = await getArchivedPage();
  return (
    <div className="space-y-6">
      <PageHeader title={t("archived.title")} lead={t("archived.lead")}>
        <p className="text-sm font-medium">{t("archived.count", { count: rows.length })}</p>
      </PageHeader>
      {rows.length === 0 ? (
        <p className="text-muted">{t("archived.none")}</p>
      ) : (
        <DataTable
          caption={t("archived.caption")}
          columns={[
            t("archived.colRecord"),
            t("archived.colKind"),
            t("archived.colArchivedBy"),
            t("archived.colWhen"),
            t("archived.colAction"),
          ]}
        >
          {rows.map((r) => {
            const name = localized({ nameEn: r.label.En, nameKo: r.label.Ko, nameZh: r.label.Zh }, "name", locale);
            return (
              <tr key={`${r.entity}-${r.id}`} data-testid="archived-row">
                <td className="max-w-md px-3 py-2">
                  <Link href={`/edit/${r.entity}/${r.id}`} lang={htmlLang(name.lang)} className="line-clamp-2">
                    {name.text}
                  </Link>
                  {r.note ? <bdi className="block text-xs text-muted">{r.note}</bdi> : null}
                </td>
                <td className="px-3 py-2">{t(`editForm.entity.${r.entity}`)}</td>
                <td className="px-3 py-2">
                  {r.archivedBy ?? <span className="text-muted">{t("archived.unknownActor")}</span>}
                </td>
                <td className="whitespace-nowrap px-3 py-2">
                  <time dateTime={r.archivedAt.toISOString()}>
                    {format.dateTime(r.archivedAt, { dateStyle: "medium", timeStyle: "short" })}
                  </time>
                </td>
                <td className="px-3 py-2">
                  <RestoreButton entity={r.entity} id={r.id} version={r.version} label={name.text} />
                </td>
              </tr>
            );
          })}
        </DataTable>
      )}
    </div>
  );
}
