"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useActionState } from "react";
import { FieldErrors } from "@/components/auth/field-errors";
import { inputClass } from "@/components/ui/form-controls";
import { type FormState, IDLE } from "@/lib/form-state";
import { Link } from "@/lib/i18n/navigation";
import { ASSESSMENT_BASES, IMPLEMENTATION_STATUSES } from "@/lib/schemas/vocab";
import { updateItemStatusAction } from "@/lib/server/actions/status";

/** A key that changes with every answer of the action. */
export function formKey(state: FormState): string {
  if (state.status === "ok") return `ok-${state.savedAt}`;
  if (state.status === "error") return `${state.kind}-${state.conflict?.version ?? ""}-${JSON.stringify(state.values)}`;
  return "idle";
}

type Props = {
  item: { id: string; slug: string; number: number; version: number; status: string; progress: number | null };
  sources: readonly { id: string; title: string }[];
  today: string;
};

/**
 * An editor's status update for one plan item, inside the item's row. It carries the
 * version the editor saw; a stale save comes back as a conflict that says what changed
 * and by whom, keeps the typed values, and saves on top of the latest version on reapply.
 * A plain form POST before JS loads.
 */
export function StatusUpdateForm({ item, sources, today }: Props) {
  const t = useTranslations();
  const format = useFormatter();
  const [state, action, pending] = useActionState<FormState, FormData>(updateItemStatusAction, IDLE);
  const error = state.status === "error" ? state : null;
  const values = error?.values ?? {};
  const conflict = error?.kind === "conflict" ? error.conflict : undefined;
  // After a conflict the next save is based on the version the server reported.
  const version = Math.max(item.version, conflict?.version ?? 0, state.status === "ok" ? (state.version ?? 0) : 0);
  const id = (field: string) => `${item.slug}-${field}`;
  const field = (name: string) => ({
    id: id(name),
    name,
    "aria-invalid": Boolean(error?.fieldErrors[name]),
    "aria-describedby": `${id(name)}-error`,
  });

  let message: string | null = null;
  if (state.status === "ok") message = t("statusForm.saved");
  else if (conflict) {
    const status = String(conflict.current.status ?? "");
    message = t("statusForm.conflict", {
      name: conflict.changedBy?.label ?? t("statusForm.conflictSomeone"),
      at: conflict.changedBy
        ? format.dateTime(new Date(conflict.changedBy.at), { dateStyle: "medium", timeStyle: "short" })
        : "—",
      status: t(`status.${status}` as "status.completed"),
      progress: conflict.current.progress === null ? "" : ` (${conflict.current.progress}%)`,
    });
  } else if (error) message = t(`statusForm.${error.kind}` as "statusForm.invalid");

  return (
    <details className="text-xs" open={Boolean(error) || undefined} data-testid="status-form">
      <summary className="cursor-pointer font-medium text-accent">{t("statusForm.open")}</summary>
      <p className="mt-1">
        <Link href={`/edit/PlanItem/${item.id}`}>{t("editForm.edit")}</Link>
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
        <div
          role={error ? "alert" : "status"}
          className={`sm:col-span-2 ${message ? (error ? "rounded border border-amber-300 bg-amber-50 p-2 text-amber-900" : "text-emerald-800") : ""}`}
          data-testid="status-form-message"
        >
          {message}
          {conflict?.changedBy?.note ? <p>{t("statusForm.conflictNote", { note: conflict.changedBy.note })}</p> : null}
          {conflict ? <p>{t("statusForm.reapplyHint")}</p> : null}
        </div>
        <div>
          <label htmlFor={id("status")} className="block font-medium text-muted">
            {t("statusForm.status")}
          </label>
          <select {...field("status")} defaultValue={values.status ?? item.status} className={inputClass}>
            {IMPLEMENTATION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
          <FieldErrors id={`${id("status")}-error`} codes={error?.fieldErrors.status} />
        </div>
        <div>
          <label htmlFor={id("progress")} className="block font-medium text-muted">
            {t("statusForm.progress")}
          </label>
          <input
            {...field("progress")}
            type="number"
            min={0}
            max={100}
            step={1}
            inputMode="numeric"
            defaultValue={values.progress ?? item.progress ?? ""}
            className={inputClass}
          />
          <FieldErrors id={`${id("progress")}-error`} codes={error?.fieldErrors.progress} />
        </div>
        <div>
          <label htmlFor={id("assessedOn")} className="block font-medium text-muted">
            {t("statusForm.assessedOn")} <span className="font-normal">({t("statusForm.assessedOnHint")})</span>
          </label>
          <input
            {...field("assessedOn")}
            type="text"
            required
            defaultValue={values.assessedOn ?? today}
            className={inputClass}
          />
          <FieldErrors id={`${id("assessedOn")}-error`} codes={error?.fieldErrors.assessedOn} />
        </div>
        <div>
          <label htmlFor={id("basis")} className="block font-medium text-muted">
            {t("statusForm.basis")}
          </label>
          <select {...field("basis")} defaultValue={values.basis ?? "staff"} className={inputClass}>
            {ASSESSMENT_BASES.map((b) => (
              <option key={b} value={b}>
                {t(`basis.${b}`)}
              </option>
            ))}
          </select>
          <FieldErrors id={`${id("basis")}-error`} codes={error?.fieldErrors.basis} />
        </div>
        <div className="sm:col-span-2">
          <label htmlFor={id("note")} className="block font-medium text-muted">
            {t("statusForm.note")}
          </label>
          <textarea {...field("note")} rows={2} defaultValue={values.note ?? ""} className={inputClass} />
          <FieldErrors id={`${id("note")}-error`} codes={error?.fieldErrors.note} />
        </div>
        <div>
          <label htmlFor={id("evidenceUrl")} className="block font-medium text-muted">
            {t("statusForm.evidenceUrl")}
          </label>
          <input {...field("evidenceUrl")} type="url" defaultValue={values.evidenceUrl ?? ""} className={inputClass} />
          <FieldErrors id={`${id("evidenceUrl")}-error`} codes={error?.fieldErrors.evidenceUrl} />
        </div>
        <div>
          <label htmlFor={id("evidenceSourceId")} className="block font-medium text-muted">
            {t("statusForm.evidenceSourceId")}
          </label>
          <select {...field("evidenceSourceId")} defaultValue={values.evidenceSourceId ?? ""} className={inputClass}>
            <option value="">{t("statusForm.noSource")}</option>
            {sources.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
          <FieldErrors id={`${id("evidenceSourceId")}-error`} codes={error?.fieldErrors.evidenceSourceId} />
        </div>
        <div className="sm:col-span-2">
          <button
            type="submit"
            disabled={pending}
            className="rounded-md bg-accent px-3 py-1.5 font-medium text-white hover:opacity-90 disabled:opacity-60"
          >
            {pending ? t("statusForm.saving") : conflict ? t("statusForm.reapply") : t("statusForm.save")}
          </button>
        </div>
      </form>
    </details>
  );
}
