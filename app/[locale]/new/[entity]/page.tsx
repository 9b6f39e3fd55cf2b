import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { RecordCreateForm } from "@/components/editing/record-create-form";
import { getTranslations } from "@/lib/i18n/translations";
import { CREATE_SCHEMAS, EditableEntitySchema } from "@/lib/schemas/record-edit";
import type { Locale } from "@/lib/schemas/vocab";
import { requireRole } from "@/lib/server/auth";
import { getNewRecordFields } from "@/lib/server/queries/record-edit-page";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/new/[entity]">): Promise<Metadata> {
  const { locale, entity } = await params;
  const t = await getTranslations({ locale, namespace: "editForm" });
  const kind = EditableEntitySchema.safeParse(entity);
  return {
    title: kind.success ? t("newTitle", { name: t(`entity.${kind.data}`) }) : t("create"),
    robots: { index: false },
  };
}

/** A new record of any kind (staff URL /new/<Entity>): editors only, checked here and again by the action. */
export default async function NewRecordPage({ params, searchParams }: PageProps<"/[locale]/new/[entity]">) {
  const { locale, entity: rawEntity } = (await params) as { locale: Locale; entity: string };
  setRequestLocale(locale);
  const t = await getTranslations("editForm");
  const entity = EditableEntitySchema.safeParse(rawEntity);
  if (!entity.success) notFound();
  const gate = await requireRole("editor");
  if (!gate.ok) {
    return (
      <p role="alert" data-testid="editors-only">
        {t("editorsOnly")}
      </p>
    );
  }
  // A link may name the record the new one belongs to (?planId=…, ?dialogueId=…, ?sourceId=…).
  const query = await searchParams;
  const shape = CREATE_SCHEMAS[entity.data].shape;
  const initial: Record<string, string> = {};
  for (const [k, v] of Object.entries(query)) {
    if (k in shape && typeof v === "string" && v.length <= 120) initial[k] = v;
  }
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">
          {t("newTitle", { name: t(`entity.${entity.data}`) })}
        </h1>
        <p className="max-w-3xl text-muted">{t("newLead")}</p>
      </header>
      <RecordCreateForm
        entity={entity.data}
        locale={locale}
        fields={await getNewRecordFields(entity.data, locale, initial)}
        initial={initial}
      />
    </div>
  );
}
