import type { Metadata } from "next";
import { RefusedPage } from "@/components/auth/staff-only-page";
import { DataTable } from "@/components/ui/data-table";
import { FallbackMark, LocalizedName } from "@/components/ui/localized-name";
import { PageHeader } from "@/components/ui/page-header";
import { pageLocale } from "@/lib/i18n/alternates";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { HTML_LANG } from "@/lib/i18n/routing";
import { staffMetadata } from "@/lib/i18n/staff-metadata";
import { getTranslations } from "@/lib/i18n/translations";
import { requireRole } from "@/lib/server/auth";
import { getTranslationsPage } from "@/lib/server/queries/translations-page";

export const dynamic = "force-dynamic";

export function generateMetadata({ params }: PageProps<"/[locale]/admin/translations">): Promise<Metadata> {
  return staffMetadata(params, "translations", "title");
}

/** What record text is missing in which language, and what is still the tracker's own translation. */
export default async function TranslationsPage({ params }: PageProps<"/[locale]/admin/translations">) {
  const locale = await pageLocale(params);
  const t = await getTranslations("translations");
  const gate = await requireRole("editor");
  if (!gate.ok) return <RefusedPage title={t("title")} message={t("editorsOnly")} needs="editor" />;
  const { rows, counts, translatedCounts } = await getTranslationsPage();

  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} lead={t("lead")}>
        <p className="text-sm font-medium" data-testid="missing-summary">
          {t("summary", counts)}
        </p>
        <p className="text-sm" data-testid="translated-summary">
          {t("translatedSummary", translatedCounts)}
        </p>
      </PageHeader>
      {rows.length === 0 ? (
        <p className="text-muted">{t("none")}</p>
      ) : (
        <DataTable
          caption={t("caption")}
          columns={[
            t("colRecord"),
            t("colKind"),
            t("colField"),
            t("colMissing"),
            t("colTranslated"),
            <span key="edit" className="sr-only">
              {t("colEdit")}
            </span>,
          ]}
        >
          {rows.flatMap((r) =>
            r.fields.map((f, i) => {
              const name = localized({ nameEn: r.texts.En, nameKo: r.texts.Ko, nameZh: r.texts.Zh }, "name", locale);
              return (
                <tr key={`${r.kind}-${r.slug}-${f.field}`} data-testid="missing-row">
                  <td className="px-3 py-2">
                    {i === 0 ? (
                      r.href ? (
                        <>
                          <Link href={r.href} lang={HTML_LANG[name.lang]}>
                            {name.text}
                          </Link>
                          <FallbackMark value={name} />
                        </>
                      ) : (
                        <LocalizedName value={name} />
                      )
                    ) : null}
                    {i === 0 ? <span className="block font-mono text-xs text-muted">{r.slug}</span> : null}
                  </td>
                  <td className="px-3 py-2">{i === 0 ? t(`kinds.${r.kind}`) : null}</td>
                  <td className="px-3 py-2">{t(`fields.${f.field}` as "fields.title")}</td>
                  <td className="px-3 py-2">{f.missing.map((l) => t(`languages.${l}`)).join(" · ") || "—"}</td>
                  <td className="px-3 py-2" data-testid="translated-in">
                    {f.translated.map((l) => t(`languages.${l}`)).join(" · ") || "—"}
                  </td>
                  <td className="px-3 py-2 text-right">
                    {i === 0 ? (
                      <Link href={r.editHref} className="whitespace-nowrap font-medium" data-testid="fill-in">
                        {t("fillIn")}
                        <span className="sr-only">
                          {": "}
                          <span lang={HTML_LANG[name.lang]}>{name.text}</span>
                        </span>
                      </Link>
                    ) : null}
                  </td>
                </tr>
              );
            }),
          )}
        </DataTable>
      )}
    </div>
  );
}
