import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { RecordEditForm } from "@/components/editing/record-edit-form";
import { RecordHistory } from "@/components/history/record-history";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Section } from "@/components/ui/section";
import { Link } from "@/lib/i18n/navigation";
import { getTranslations } from "@/lib/i18n/translations";
import { EditableEntitySchema, UNARCHIVABLE } from "@/lib/schemas/record-edit";
import { hasNoNul, type Locale } from "@/lib/schemas/vocab";
import { hasRole, requireRole } from "@/lib/server/auth";
import { getEditRecordPage } from "@/lib/server/queries/record-edit-page";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/edit/[entity]/[id]">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "editForm" });
  return { title: t("edit"), robots: { index: false } };
}

/** Staff edit page for one record (staff URLs use ids): editors only. */
export default async function EditRecordPage({ params }: PageProps<"/[locale]/edit/[entity]/[id]">) {
  const { locale, entity: rawEntity, id } = (await params) as { locale: Locale; entity: string; id: string };
  setRequestLocale(locale);
  const t = await getTranslations();
  const entity = EditableEntitySchema.safeParse(rawEntity);
  if (!entity.success || id.length > 64 || !hasNoNul(id)) notFound();
  const gate = await requireRole("editor");
  if (!gate.ok) {
    return (
      <p role="alert" data-testid="editors-only">
        {t("editForm.editorsOnly")}
      </p>
    );
  }
  const loaded = await getEditRecordPage(entity.data, id, locale);
  if (!loaded) notFound();
  const { record, history, fields } = loaded;
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold">{t("editForm.title", { name: t(`editForm.entity.${entity.data}`) })}</h1>
        <p className="max-w-3xl text-muted">{t("editForm.lead")}</p>
        {record.href && !record.archivedAt ? (
          <p className="text-sm">
            <Link href={record.href}>{t("editForm.viewPage")}</Link>
          </p>
        ) : null}
      </header>
      <ClientMessages>
        <RecordEditForm
          entity={entity.data}
          id={record.id}
          version={record.version}
          archived={record.archivedAt !== null}
          canRestore={hasRole(gate.user.role, "admin")}
          canArchive={!UNARCHIVABLE.has(entity.data)}
          fields={fields}
          values={record.values}
        />
      </ClientMessages>
      <Section id="history" title={t("history.title")}>
        <RecordHistory {...history} showNames />
      </Section>
    </div>
  );
}
