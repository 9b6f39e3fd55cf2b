"use server";

import { requireRole } from "@/lib/auth";
import { db } from "@/lib/db";
import { revalidatePublicPages } from "@/lib/revalidate";
import { archiveRecord, type EditResult, restoreRecord, updateRecord } from "@/lib/services/edit-record";
import { type FormState, toCodes, typedValues } from "./form-state";
import { refused } from "./refuse";

function toState(result: EditResult, formData: FormData): FormState {
  if (result.ok) {
    revalidatePublicPages();
    return { status: "ok", version: result.version, savedAt: Date.now() };
  }
  const values = typedValues(formData);
  if (result.kind === "invalid")
    return { status: "error", kind: "invalid", fieldErrors: toCodes(result.fieldErrors), values };
  if (result.kind === "not_found") return { status: "error", kind: "not_found", fieldErrors: {}, values };
  const current: Record<string, string | number | null> = {};
  for (const [k, v] of Object.entries(result.current)) {
    if (typeof v === "string" || typeof v === "number" || v === null) current[k] = v;
  }
  return {
    status: "error",
    kind: "conflict",
    fieldErrors: {},
    values,
    conflict: {
      version: result.current.version,
      current,
      changedBy: result.changedBy
        ? { label: result.changedBy.label, at: result.changedBy.at.toISOString(), note: result.changedBy.note }
        : null,
    },
  };
}

/** The submitted text fields; the service's zod schema decides which it takes. */
function input(formData: FormData): Record<string, string> {
  return typedValues(formData, []);
}

/** An editor saves a record's fields (agreement, plan, item, event), based on the version they saw. */
export async function updateRecordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const gate = await requireRole("editor");
  if (!gate.ok) return refused(gate, formData);
  return toState(await updateRecord(db, { userId: gate.user.id, label: gate.user.name }, input(formData)), formData);
}

/** An editor archives a record: it leaves the public lists, its row and history stay. */
export async function archiveRecordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const gate = await requireRole("editor");
  if (!gate.ok) return refused(gate, formData);
  return toState(await archiveRecord(db, { userId: gate.user.id, label: gate.user.name }, input(formData)), formData);
}

/** An admin restores an archived record. */
export async function restoreRecordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const gate = await requireRole("admin");
  if (!gate.ok) return refused(gate, formData);
  return toState(await restoreRecord(db, { userId: gate.user.id, label: gate.user.name }, input(formData)), formData);
}
