"use server";
import "server-only";

import { asCodes } from "@/lib/schemas/errors";
import { requireRole } from "@/lib/server/auth";
import { db } from "@/lib/server/db/client";
import { recordStatusUpdate } from "@/lib/server/services/record-status-update";
import { type FormState, formString, str, typedValues } from "../../form-state";
import { changedByOf, conflicted, conflictFields, notSaved, refused, saved } from "./refuse";

/** An empty optional field means "not given", not "an empty string". */
function optional(formData: FormData, name: string): string | undefined {
  return str(formData, name).trim() || undefined;
}

/** An editor assesses a plan item (status, progress, date, basis, note, evidence) from the plan page. */
export async function updateItemStatusAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const gate = await requireRole("editor");
  if (!gate.ok) return refused(gate, formData);

  const result = await recordStatusUpdate(
    db,
    { userId: gate.user.id, label: gate.user.name },
    {
      planItemId: str(formData, "planItemId"),
      expectedVersion: str(formData, "expectedVersion"),
      status: str(formData, "status"),
      progress: optional(formData, "progress"),
      assessedOn: str(formData, "assessedOn").trim(),
      basis: str(formData, "basis"),
      note: optional(formData, "note"),
      evidenceUrl: optional(formData, "evidenceUrl"),
      evidenceSourceId: optional(formData, "evidenceSourceId"),
      ...mergeFields(formData),
    },
    asCodes,
  );
  if (result.ok) return saved(result, statusStrings(result.values));
  const values = typedValues(formData);
  if (result.kind !== "conflict") return notSaved(result, values);
  const { current } = result;
  const base = statusStrings({
    status: current.status,
    progress: current.progress,
    assessedOn: current.statusAssessedOn,
  });
  return conflicted(values, result.theirs, base, {
    version: current.version,
    current: { status: current.status, progress: current.progress, statusAssessedOn: current.statusAssessedOn },
    changedBy: changedByOf(result.changedBy),
    base,
    fields: conflictFields(result.conflicts),
  });
}

/** An item's status fields as the form holds them. */
function statusStrings(v: { status: string; progress: number | null; assessedOn: string | null }) {
  return { status: v.status, progress: formString(v.progress), assessedOn: formString(v.assessedOn) };
}

/** What the form sends for a merge: the values it loaded, the conflicts it showed and the editor's choices. */
function mergeFields(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of formData.entries()) {
    if (typeof v === "string" && (k === "base" || k === "conflicts" || k.startsWith("resolve."))) out[k] = v;
  }
  return out;
}
