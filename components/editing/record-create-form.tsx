"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { formKey } from "@/components/plans/status-update-form";
import { SubmitButton } from "@/components/ui/form-controls";
import { type FormState, IDLE } from "@/lib/form-state";
import { createRecordAction } from "@/lib/server/actions/records";
import { type FieldSpec, HistoryNoteField, RecordFields } from "./record-fields";

type Props = {
  entity: string;
  locale: string;
  fields: readonly FieldSpec[];
  /** Starting values, e.g. the plan a new item belongs to when the link names it. */
  initial: Record<string, string>;
};

/**
 * A new record's form: the same fields and errors as its edit form; a refused save
 * keeps everything typed; a created record opens at its page.
 */
export function RecordCreateForm({ entity, locale, fields, initial }: Props) {
  const t = useTranslations("editForm");
  const tStatus = useTranslations("statusForm");
  const [state, create, pending] = useActionState<FormState, FormData>(createRecordAction, IDLE);
  const error = state.status === "error" ? state : null;
  const typed = error?.values ?? initial;
  const message = error ? (error.kind === "invalid" ? t("createRefused") : tStatus(error.kind as "invalid")) : null;
  return (
    <form key={formKey(state)} action={create} className="grid max-w-3xl gap-4" noValidate>
      <input type="hidden" name="entity" value={entity} />
      <input type="hidden" name="locale" value={locale} />
      <div role={error ? "alert" : "status"} data-testid="create-form-message" className="text-sm">
        {message}
      </div>
      <RecordFields fields={fields} typed={typed} errors={error?.fieldErrors} />
      <HistoryNoteField label={t("field.note")} value={typed.note} />
      <div>
        <SubmitButton pending={pending}>{t("create")}</SubmitButton>
      </div>
    </form>
  );
}
