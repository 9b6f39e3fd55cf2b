import "server-only";
import type { ErrorCode, FieldErrors } from "@/lib/schemas/errors";
import type { Refusal } from "@/lib/server/auth";
import { revalidatePublicPages } from "@/lib/server/cache/revalidate";
import { type ConflictField, type FormState, formString, typedValues } from "../../form-state";

/** The form state for a mutation refused before it ran, keeping what the user typed. */
export function refused(refusal: Refusal, formData: FormData): FormState {
  return { status: "error", kind: refusal.kind, fieldErrors: {}, values: typedValues(formData) };
}

/**
 * The form state of a save that went through (public pages revalidated): the new
 * version, the saved values as the form's new base, and whether it was merged.
 */
export function saved(result: { version: number; mergedFrom?: number }, values?: Record<string, string>): FormState {
  revalidatePublicPages();
  return {
    status: "ok",
    version: result.version,
    savedAt: Date.now(),
    ...(values ? { values } : {}),
    ...(result.mergedFrom ? { merged: true } : {}),
  };
}

/** The form state of a save refused as invalid or for a record no longer there, keeping what was typed. */
export function notSaved(
  result: { kind: "invalid"; fieldErrors: FieldErrors<ErrorCode> } | { kind: "not_found" },
  values: Record<string, string>,
): FormState {
  const fieldErrors = result.kind === "invalid" ? result.fieldErrors : {};
  return { status: "error", kind: result.kind, fieldErrors, values };
}

type Changer = { label: string; at: Date; note?: string | null };

/** Who last changed a record, as the conflict form shows it (the time as ISO). */
export function changedByOf(changedBy: Changer | null) {
  return changedBy ? { label: changedBy.label, at: changedBy.at.toISOString(), note: changedBy.note ?? null } : null;
}

/** The fields both editors changed, theirs beside mine, as the conflict form shows them. */
export function conflictFields(
  conflicts: readonly { field: string; theirs: unknown; mine: unknown; changedBy: Changer | null }[],
): ConflictField[] {
  return conflicts.map((c) => ({
    field: c.field,
    theirs: formString(c.theirs),
    mine: formString(c.mine),
    by: c.changedBy ? { label: c.changedBy.label, at: c.changedBy.at.toISOString() } : null,
  }));
}

type Conflict = NonNullable<Extract<FormState, { status: "error" }>["conflict"]>;

/**
 * The form state of a save that conflicts with another editor's: the fields only they
 * changed show as they left them (from `base`), the rest as typed.
 */
export function conflicted(
  values: Record<string, string>,
  theirs: readonly string[],
  base: Record<string, string>,
  conflict: Conflict,
): FormState {
  for (const f of theirs) values[f] = base[f] ?? "";
  return { status: "error", kind: "conflict", fieldErrors: {}, values, conflict };
}
