"use client";

import { useFormatter, useTranslations } from "next-intl";
import { type ReactNode, useActionState } from "react";
import { FieldErrors } from "@/components/auth/field-errors";
import { ConflictChoice, keptBase, pendingConflicts, ZONED_TIME } from "@/components/editing/conflict-choice";
import { inputClass } from "@/components/ui/form-controls";
import { type ConflictField, type FormState, formString, IDLE } from "@/lib/form-state";
import { Link } from "@/lib/i18n/navigation";
import { ASSESSMENT_BASES, IMPLEMENTATION_STATUSES } from "@/lib/schemas/vocab";
import { updateItemStatusAction } from "@/lib/server/actions/status";
import type { StatusEditorItem } from "./status-editor";

/** A key that changes with every answer of the action. */
export function formKey(state: FormState): string {
  if (state.status === "ok") return `ok-${state.savedAt}`;
  if (state.status === "error") return `${state.kind}-${state.conflict?.version ?? ""}-${JSON.stringify(state.values)}`;
  return "idle";
}

type Props = {
  /** The item as the plan page drew it (status-editor.tsx). */
  item: StatusEditorItem;
  sources: readonly { id: string; title: string }[];
  today: string;
};

type ErrorState = Extract<FormState, { status: "error" }>;
type Conflict = NonNullable<ErrorState["conflict"]>;

/** What the fields need: their ids and attributes, the kept values, the errors. */
type Fields = {
  id: (field: string) => string;
  field: (name: string) => {
    id: string;
    name: string;
    "aria-invalid": boolean;
    "aria-describedby": string;
  };
  values: Record<string, string>;
  error: ErrorState | null;
};

/**
 * An editor's status update for one plan item, inside the item's row. It carries the
 * version the editor saw; a stale save comes back as a conflict that says what changed
 * and by whom, keeps the typed values, and saves on top of the latest version on reapply.
 * A plain form POST before JS loads.
 */
export function StatusUpdateForm({ item, sources, today }: Props) {
  const t = useTranslations();
  const [state, action, pending] = useActionState<FormState, FormData>(updateItemStatusAction, IDLE);
  const error = state.status === "error" ? state : null;
  const saved = state.status === "ok" ? state : null;
  const kept = error?.values ?? {};
  const values = error?.values ?? {
    status: saved?.values?.status ?? item.status,
    progress: saved?.values?.progress ?? formString(item.progress),
  };
  const conflict = error?.kind === "conflict" ? error.conflict : undefined;
  // After a conflict the next save is based on the version the server reported.
  const version = Math.max(
    item.version,
    conflict?.version ?? 0,
    saved?.version ?? 0,
    conflict ? 0 : Number(kept.expectedVersion) || 0,
  );
  const loaded = { status: item.status, progress: formString(item.progress), assessedOn: item.statusAssessedOn ?? "" };
  const base = conflict?.base ?? saved?.values ?? keptBase(kept) ?? loaded;
  const choices = pendingConflicts(conflict ? (conflict.fields ?? []) : undefined, kept, base, values);
  const id = (field: string) => `${item.slug}-${field}`;
  const field = (name: string) => ({
    id: id(name),
    name,
    "aria-invalid": Boolean(error?.fieldErrors[name]),
    "aria-describedby": `${id(name)}-error`,
  });
  const fields: Fields = { id, field, values, error };

  return (
    <details className="text-xs" open={Boolean(error) || undefined} data-testid="status-form">
      <summary className="cursor-pointer font-medium text-accent">{t("statusForm.open")}</summary>
      <p className="mt-1">
        <Link href={`/edit/PlanItem/${item.id}`}>{t("merge.editItem")}</Link>
      </p>
      {/* React resets a form after its action; a new key per answer remounts it with the kept values as defaults. */}
      <form
        key={formKey(state)}
        action={action}
        className="mt-2 grid gap-2 rounded-md border border-line bg-slate-50 p-3 sm:grid-cols-2"
        noValidate
      >
        <input type="hidden" name="planItemId" value={item.id} />
        <input type="hidden" name="expectedVersion" value={version} />
        <input type="hidden" name="base" value={JSON.stringify(base)} />
        {choices.length > 0 ? (
          <input type="hidden" name="conflicts" value={choices.map((c) => c.field).join(",")} />
        ) : null}
        <FormMessage state={state} error={error} conflict={conflict} choices={choices.length} />
        <StatusChoices choices={choices} kept={conflict ? {} : kept} slug={item.slug} />
        <AssessmentFields fields={fields} today={today} />
        <EvidenceFields fields={fields} sources={sources} />
        <div className="sm:col-span-2">
          <button
            type="submit"
            disabled={pending}
            className="rounded-md bg-accent px-3 py-1.5 font-medium text-white hover:opacity-90 disabled:opacity-60"
          >
            {pending
              ? t("statusForm.saving")
              : choices.length > 0
                ? t("merge.save")
                : conflict
                  ? t("statusForm.reapply")
                  : t("statusForm.save")}
          </button>
        </div>
      </form>
    </details>
  );
}

/** The status fields both editors changed, theirs beside mine. */
function StatusChoices({
  choices,
  kept,
  slug,
}: {
  choices: readonly ConflictField[];
  kept: Record<string, string>;
  slug: string;
}) {
  const t = useTranslations();
  if (choices.length === 0) return null;
  const shown = (field: string) => (v: string) =>
    field === "status" ? t(`status.${v}` as "status.completed") : field === "progress" ? `${v}%` : v;
  const label = (field: string) => t(`statusForm.${field}` as "statusForm.status");
  return (
    <div className="space-y-2 sm:col-span-2">
      {choices.map((c) => (
        <ConflictChoice
          key={c.field}
          conflict={c}
          label={label(c.field)}
          shown={shown(c.field)}
          chosen={kept[`resolve.${c.field}`]}
          idPrefix={`${slug}-`}
        />
      ))}
    </div>
  );
}

type MessageProps = { state: FormState; error: ErrorState | null; conflict: Conflict | undefined; choices: number };

/** The answer of the last save: saved (merged or not), refused, or a conflict saying who changed what. */
function FormMessage({ state, error, conflict, choices }: MessageProps) {
  const t = useTranslations();
  const format = useFormatter();
  let message: string | null = null;
  const who = conflict?.changedBy?.label ?? t("statusForm.conflictSomeone");
  const at = conflict?.changedBy ? format.dateTime(new Date(conflict.changedBy.at), ZONED_TIME) : "—";
  if (state.status === "ok") message = state.merged ? t("merge.merged") : t("statusForm.saved");
  else if (conflict && choices > 0) message = t("merge.conflict", { name: who, at });
  else if (conflict) {
    const status = String(conflict.current.status ?? "");
    message = t("statusForm.conflict", {
      name: who,
      at,
      status: t(`status.${status}` as "status.completed"),
      progress: conflict.current.progress === null ? "" : ` (${conflict.current.progress}%)`,
    });
  } else if (error) message = t(`statusForm.${error.kind}` as "statusForm.invalid");

  return (
    <div
      role={error ? "alert" : "status"}
      className={`sm:col-span-2 ${message ? (error ? "rounded border border-amber-300 bg-amber-50 p-2 text-amber-900" : "text-emerald-800") : ""}`}
      data-testid="status-form-message"
    >
      {message}
      {state.status === "ok" ? (
        <time className="ml-1" dateTime={new Date(state.savedAt).toISOString()} data-testid="status-form-saved-at">
          {format.dateTime(new Date(state.savedAt), ZONED_TIME)}
        </time>
      ) : null}
      {conflict?.changedBy?.note ? <p>{t("statusForm.conflictNote", { note: conflict.changedBy.note })}</p> : null}
      {conflict && choices === 0 ? <p>{t("statusForm.reapplyHint")}</p> : null}
    </div>
  );
}

type FieldProps = { fields: Fields; name: string; label: ReactNode; wide?: boolean; children: ReactNode };

/** One field: its label, its control, its errors. */
function Field({ fields, name, label, wide, children }: FieldProps) {
  return (
    <div className={wide ? "sm:col-span-2" : undefined}>
      <label htmlFor={fields.id(name)} className="block font-medium text-muted">
        {label}
      </label>
      {children}
      <FieldErrors id={`${fields.id(name)}-error`} codes={fields.error?.fieldErrors[name]} />
    </div>
  );
}

/** The assessment itself: status, progress, when, on what basis. */
function AssessmentFields({ fields, today }: { fields: Fields; today: string }) {
  const t = useTranslations();
  const { field, values } = fields;
  return (
    <>
      <Field fields={fields} name="status" label={t("statusForm.status")}>
        <select {...field("status")} defaultValue={values.status} className={inputClass}>
          {IMPLEMENTATION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field fields={fields} name="progress" label={t("statusForm.progress")}>
        <input
          {...field("progress")}
          type="number"
          min={0}
          max={100}
          step={1}
          inputMode="numeric"
          defaultValue={values.progress ?? ""}
          className={inputClass}
        />
      </Field>
      <Field
        fields={fields}
        name="assessedOn"
        label={
          <>
            {t("statusForm.assessedOn")} <span className="font-normal">({t("statusForm.assessedOnHint")})</span>
          </>
        }
      >
        <input
          {...field("assessedOn")}
          type="text"
          required
          defaultValue={values.assessedOn ?? today}
          className={inputClass}
        />
      </Field>
      <Field fields={fields} name="basis" label={t("statusForm.basis")}>
        <select {...field("basis")} defaultValue={values.basis ?? "staff"} className={inputClass}>
          {ASSESSMENT_BASES.map((b) => (
            <option key={b} value={b}>
              {t(`basis.${b}`)}
            </option>
          ))}
        </select>
      </Field>
    </>
  );
}

/** What the assessment rests on: a note, a link, a source. */
function EvidenceFields({ fields, sources }: { fields: Fields; sources: Props["sources"] }) {
  const t = useTranslations();
  const { field, values } = fields;
  return (
    <>
      <Field fields={fields} name="note" label={t("statusForm.note")} wide>
        <textarea {...field("note")} rows={2} defaultValue={values.note ?? ""} className={inputClass} />
      </Field>
      <Field fields={fields} name="evidenceUrl" label={t("statusForm.evidenceUrl")}>
        <input {...field("evidenceUrl")} type="url" defaultValue={values.evidenceUrl ?? ""} className={inputClass} />
      </Field>
      <Field fields={fields} name="evidenceSourceId" label={t("statusForm.evidenceSourceId")}>
        <select {...field("evidenceSourceId")} defaultValue={values.evidenceSourceId ?? ""} className={inputClass}>
          <option value="">{t("statusForm.noSource")}</option>
          {sources.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </select>
      </Field>
    </>
  );
}
