"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { formKey } from "@/components/plans/status-update-form";
import { SubmitButton } from "@/components/ui/form-controls";
import { type FormState, IDLE } from "@/lib/form-state";
import { archiveRecordAction, restoreRecordAction, updateRecordAction } from "@/lib/server/actions/records";
import { type FieldSpec, HistoryNoteField, RecordFields } from "./record-fields";

type Props = {
  entity: string;
  id: string;
  version: number;
  archived: boolean;
  canRestore: boolean;
  /** Sectors and topics are never archived: no button. */
  canArchive: boolean;
  fields: readonly FieldSpec[];
  values: Record<string, string>;
};

/**
 * A record's edit form: every field with its errors beside it (aria-describedby),
 * what the user typed kept on refusal, the version carried in the form; a stale save
 * shows the current value beside each field and saves on top of it when resubmitted.
 */
export function RecordEditForm({ entity, id, version, archived, canRestore, canArchive, fields, values }: Props) {
  const t = useTranslations("editForm");
  const tStatus = useTranslations("statusForm");
  const format = useFormatter();
  const locale = useLocale();
  const [state, save, pending] = useActionState<FormState, FormData>(updateRecordAction, IDLE);
  const [archiveState, archive] = useActionState<FormState, FormData>(archiveRecordAction, IDLE);
  const [restoreState, restore] = useActionState<FormState, FormData>(restoreRecordAction, IDLE);
  const error = state.status === "error" ? state : null;
  const conflict = error?.kind === "conflict" ? error.conflict : undefined;
  const typed = error?.values ?? values;
  const currentVersion = Math.max(version, conflict?.version ?? 0, state.status === "ok" ? (state.version ?? 0) : 0);
  const hidden = (
    <>
      <input type="hidden" name="entity" value={entity} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="expectedVersion" value={currentVersion} />
      <input type="hidden" name="locale" value={locale} />
    </>
  );

  let message: string | null = null;
  if (state.status === "ok") message = t("saved");
  else if (conflict)
    message = t("conflict", {
      name: conflict.changedBy?.label ?? tStatus("conflictSomeone"),
      at: conflict.changedBy
        ? format.dateTime(new Date(conflict.changedBy.at), { dateStyle: "medium", timeStyle: "short" })
        : "—",
    });
  else if (error) message = tStatus(error.kind as "invalid");
  const otherError = [archiveState, restoreState].find((s) => s.status === "error");

  return (
    <div className="space-y-6">
      {archived || archiveState.status === "ok" ? (
        <p className="rounded border border-amber-300 bg-amber-50 p-2 text-sm" data-testid="archived-note">
          {t("archived")}
        </p>
      ) : null}
      <form key={formKey(state)} action={save} className="grid max-w-3xl gap-4" noValidate>
        {hidden}
        <div role={error ? "alert" : "status"} data-testid="edit-form-message" className="text-sm">
          {message}
        </div>
        <RecordFields
          fields={fields}
          typed={typed}
          errors={error?.fieldErrors}
          current={conflict?.current}
          currentNames={conflict?.names}
        />
        <HistoryNoteField label={t("field.note")} value={typed.note} />
        <div>
          <SubmitButton pending={pending}>{t("save")}</SubmitButton>
        </div>
      </form>
      <div className="flex gap-3 border-t border-line pt-4 text-sm">
        {archived || archiveState.status === "ok" ? (
          canRestore ? (
            <form action={restore}>
              {hidden}
              <button type="submit" className="rounded-md border border-line px-3 py-1.5">
                {t("restore")}
              </button>
            </form>
          ) : null
        ) : !canArchive ? null : (
          <form action={archive}>
            {hidden}
            <button type="submit" className="rounded-md border border-red-300 px-3 py-1.5 text-red-800">
              {t("archive")}
            </button>
          </form>
        )}
        {otherError?.status === "error" ? <p role="alert">{tStatus(otherError.kind as "invalid")}</p> : null}
      </div>
    </div>
  );
}
