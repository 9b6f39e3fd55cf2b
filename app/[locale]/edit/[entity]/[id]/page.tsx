import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { type FieldSpec, RecordEditForm } from "@/components/editing/record-edit-form";
import { RecordHistory } from "@/components/history/record-history";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Section } from "@/components/ui/section";
import { hasRole, requireRole } from "@/lib/auth";
import { db } from "@/lib/db";
import { listRecordHistory } from "@/lib/queries/audit";
import { getEditableRecord } from "@/lib/queries/record-edit";
import { EDIT_SCHEMAS, type EditableEntity, EditableEntitySchema } from "@/lib/schemas/record-edit";
import { AGREEMENT_KINDS, AGREEMENT_STATUSES, EVENT_KINDS, EVENT_STATUSES, type Locale } from "@/lib/schemas/vocab";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/edit/[entity]/[id]">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "editForm" });
  return { title: t("edit"), robots: { index: false } };
}

const LANG: Record<string, string> = { En: "en", Ko: "ko", Zh: "zh" };

/** How each editable field is entered: the schema names the fields, this picks the control. */
async function fieldSpecs(entity: EditableEntity): Promise<FieldSpec[]> {
  const t = await getTranslations();
  return Object.keys(EDIT_SCHEMAS[entity].shape).map((name): FieldSpec => {
    const lang = LANG[name.slice(-2)];
    if (name === "kind")
      return {
        name,
        type: "select",
        options:
          entity === "Agreement"
            ? AGREEMENT_KINDS.map((k) => ({ value: k, label: t(`agreementKind.${k}`) }))
            : EVENT_KINDS.map((k) => ({ value: k, label: k })),
      };
    if (name === "status")
      return {
        name,
        type: "select",
        options:
          entity === "Agreement"
            ? AGREEMENT_STATUSES.map((s) => ({ value: s, label: t(`agreementStatus.${s}`) }))
            : EVENT_STATUSES.map((s) => ({ value: s, label: s })),
      };
    if (name.endsWith("On")) return { name, type: "date" };
    if (name.startsWith("summary")) return { name, type: "textarea", lang };
    return { name, type: "text", lang };
  });
}

/** Staff edit page for one record (staff URLs use ids): editors only. */
export default async function EditRecordPage({ params }: PageProps<"/[locale]/edit/[entity]/[id]">) {
  const { locale, entity: rawEntity, id } = (await params) as { locale: Locale; entity: string; id: string };
  setRequestLocale(locale);
  const t = await getTranslations();
  const entity = EditableEntitySchema.safeParse(rawEntity);
  if (!entity.success || id.length > 64) notFound();
  const gate = await requireRole("editor");
  if (!gate.ok) {
    return (
      <p role="alert" data-testid="editors-only">
        {t("editForm.editorsOnly")}
      </p>
    );
  }
  const record = await getEditableRecord(db, entity.data, id);
  if (!record) notFound();
  const history = await listRecordHistory(db, [{ entityType: entity.data, entityId: id }]);
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold">{t("editForm.title", { name: t(`editForm.entity.${entity.data}`) })}</h1>
        <p className="max-w-3xl text-muted">{t("editForm.lead")}</p>
      </header>
      <ClientMessages>
        <RecordEditForm
          entity={entity.data}
          id={record.id}
          version={record.version}
          archived={record.archivedAt !== null}
          canRestore={hasRole(gate.user.role, "admin")}
          fields={await fieldSpecs(entity.data)}
          values={record.values}
        />
      </ClientMessages>
      <Section id="history" title={t("history.title")}>
        <RecordHistory rows={history} showNames />
      </Section>
    </div>
  );
}
