"use server";
import "server-only";

import { asCodes } from "@/lib/schemas/errors";
import { requireRole } from "@/lib/server/auth";
import { revalidatePublicPages } from "@/lib/server/cache/revalidate";
import { db } from "@/lib/server/db/client";
import { recordStatusUpdate } from "@/lib/server/services/record-status-update";
import { type FormState, str, typedValues } from "../../form-state";
import { refused } from "./refuse";

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
    },
    asCodes,
  );
  if (result.ok) {
    revalidatePublicPages();
    return { status: "ok", version: result.version, savedAt: Date.now() };
  }
  const values = typedValues(formData);
  if (result.kind === "invalid") return { status: "error", kind: "invalid", fieldErrors: result.fieldErrors, values };
  if (result.kind === "not_found") return { status: "error", kind: "not_found", fieldErrors: {}, values };
  return {
    status: "error",
    kind: "conflict",
    fieldErrors: {},
    values,
    conflict: {
      version: result.current.version,
      current: {
        status: result.current.status,
        progress: result.current.progress,
        statusAssessedOn: result.current.statusAssessedOn,
      },
      changedBy: result.changedBy
        ? { label: result.changedBy.label, at: result.changedBy.at.toISOString(), note: result.changedBy.note }
        : null,
    },
  };
}
