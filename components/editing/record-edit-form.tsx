"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { formKey } from "@/components/plans/status-update-form";
import { SubmitButton } from "@/components/ui/form-controls";
import { type FormState, IDLE } from "@/lib/form-state";
import { archiveRecordAction, restoreRecordAction, updateRecordAction } from "@/lib/server/actions/records";
import { keptBase, pendingConflicts, ZONED_TIME } from "./conflict-choice";
import { FormBanner, useErrorItems } from "./form-banner";
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
 * what the user typed kept on refusal, the version and the values it loaded carried
 * in the form. A stale save is merged by the server onto what another editor saved
 * meanwhile; a field both changed comes back theirs beside mine, to choose.
 */
export function RecordEditForm({ entity, id, version, archived, canRestore, canArchive, fields, values }: Props) {
  const t = useTranslations("editForm");
  const tStatus = useTranslations("statusForm");
  const format = useFormatter();
  const locale = useLocale();
  const tMerge = useTranslations("merge");
  const [state, save, saving] = useActionState<FormState, FormData>(updateRecordAction, IDLE);
  const [archiveState, archive] = useActionState<FormState, FormData>(archiveRecordAction, IDLE);
  const [restoreState, restore] = useActionState<FormState, FormData>(restoreRecordAction, IDLE);
  const error = state.status === "error" ? state : null;
  const conflict = error?.kind === "conflict" ? error.conflict : undefined;
  const saved = state.status === "ok" ? state : null;
  const kept = error?.values ?? {};
  const typed = error?.values ?? saved?.values ?? values;
  // The values this form's save is based on: the record as loaded, as saved, or as the conflict found it.
  const base = conflict?.base ?? saved?.values ?? keptBase(kept) ?? values;
  const currentVersion = Math.max(
    version,
    conflict?.version ?? 0,
    saved?.version ?? 0,
    conflict ? 0 : Number(kept.expectedVersion) || 0,
  );
  const pending = pendingConflicts(conflict ? (conflict.fields ?? []) : undefined, kept, base, typed);
  const hidden = (
    <>
      <input type="hidden" name="entity" value={entity} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="expectedVersion" value={currentVersion} />
      <input type="hidden" name="locale" value={locale} />
    </>
  );

  let message: string | null = null;
  const who = conflict?.changedBy?.label ?? tMerge("someone");
  const when = conflict?.changedBy ? format.dateTime(new Date(conflict.changedBy.at), ZONED_TIME) : "—";
  if (saved) message = saved.merged ? tMerge("merged") : t("saved");
  else if (conflict && pending.length > 0) message = tMerge("conflict", { name: who, at: when });
  else if (conflict) message = t("conflict", { name: who, at: when });
  else if (error) message = tStatus(error.kind as "invalid");
  const otherError = [archiveState, restoreState].find((s) => s.status === "error");
  const fieldLabel = (field: string) =>
    t.has(`field.${field}` as "field.titleEn") ? t(`field.${field}` as "field.titleEn") : field;
  const errorItems = useErrorItems(error?.fieldErrors, fieldLabel);
  const choiceItems = pending.map((c) => ({
    field: `${c.field}-resolve-theirs`,
    text: tMerge("choose", { field: fieldLabel(c.field) }),
  }));

  return (
    <div className="space-y-6">
      {archived || archiveState.status === "ok" ? (
        <p className="rounded border border-amber-300 bg-amber-50 p-2 text-sm" data-testid="archived-note">
          {t("archived")}
        </p>
      ) : null}
      <form key={formKey(state)} action={save} className="grid max-w-3xl gap-4" noValidate>
        {hidden}
        <input type="hidden" name="base" value={JSON.stringify(base)} />
        {pending.length > 0 ? (
          <input type="hidden" name="conflicts" value={pending.map((c) => c.field).join(",")} />
        ) : null}
        <FormBanner
          message={message}
          tone={saved ? "ok" : error ? "error" : null}
          focusKey={formKey(state)}
          items={[...errorItems, ...choiceItems]}
          testId="edit-form-message"
        >
          {saved ? (
            <p>
              <time dateTime={new Date(saved.savedAt).toISOString()} data-testid="edit-form-saved-at">
                {format.dateTime(new Date(saved.savedAt), ZONED_TIME)}
              </time>
            </p>
          ) : null}
        </FormBanner>
        <RecordFields
          fields={fields}
          typed={typed}
          errors={error?.fieldErrors}
          current={conflict?.current}
          currentNames={conflict?.names}
          conflicts={pending}
          kept={conflict ? {} : kept}
        />
        <HistoryNoteField label={t("field.note")} value={typed.note} />
        <div>
          <SubmitButton pending={saving}>{pending.length > 0 ? tMerge("save") : t("save")}</SubmitButton>
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
