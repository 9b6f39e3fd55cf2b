import "server-only";
import {
  type FieldErrors,
  type FieldIssue,
  fieldIssue,
  inEnglish,
  issuesOf,
  type Wording,
  wordResult,
} from "@/lib/schemas/errors";
import { type StatusUpdateInput, StatusUpdateInputSchema } from "@/lib/schemas/status-update";
import type { Db } from "@/lib/server/db/prisma";
import { type Actor, AUDIT_ACTIONS, writeAudit } from "@/lib/server/services/audit";

export type StatusUpdateResult<M = string> =
  | { ok: true; statusUpdateId: string; version: number }
  | { ok: false; kind: "invalid"; fieldErrors: FieldErrors<M> }
  | { ok: false; kind: "not_found" }
  | {
      ok: false;
      kind: "conflict";
      /** What the item holds now, and who changed it, so the editor can reapply their change. */
      current: { version: number; status: string; progress: number | null; statusAssessedOn: string | null };
      changedBy: { label: string; at: Date; note: string | null } | null;
    };

/**
 * Records a plan item's new implementation status: one transaction that checks the
 * version the editor saw, appends the status update, moves the item's current
 * status, and writes the audit entry. A stale save changes nothing.
 */
export function recordStatusUpdate(db: Db, actor: Actor, input: unknown): Promise<StatusUpdateResult>;
/** With `wording`, field errors come worded for the caller (a form asks for codes). */
export function recordStatusUpdate<M>(
  db: Db,
  actor: Actor,
  input: unknown,
  wording: Wording<M>,
): Promise<StatusUpdateResult<M>>;
export async function recordStatusUpdate(
  db: Db,
  actor: Actor,
  input: unknown,
  wording: Wording<unknown> = inEnglish,
): Promise<StatusUpdateResult<unknown>> {
  return wordResult(await saveStatusUpdate(db, actor, input), wording);
}

async function saveStatusUpdate(db: Db, actor: Actor, input: unknown): Promise<StatusUpdateResult<FieldIssue>> {
  const parsed = StatusUpdateInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, kind: "invalid", fieldErrors: issuesOf(parsed.error) };
  const v: StatusUpdateInput = parsed.data;

  return db.$transaction(async (tx) => {
    const item = await tx.planItem.findFirst({
      where: { id: v.planItemId, archivedAt: null },
      select: { id: true, version: true, status: true, progress: true, statusAssessedOn: true },
    });
    if (!item) return { ok: false, kind: "not_found" } as const;
    if (
      v.evidenceSourceId &&
      !(await tx.source.findUnique({ where: { id: v.evidenceSourceId }, select: { id: true } }))
    ) {
      const unknown = fieldIssue("unknownSource", "is not a known source");
      return { ok: false, kind: "invalid", fieldErrors: { evidenceSourceId: [unknown] } } as const;
    }

    const progress = v.progress ?? (v.status === "completed" ? 100 : null);
    const moved = await tx.planItem.updateMany({
      where: { id: item.id, version: v.expectedVersion },
      data: { status: v.status, progress, statusAssessedOn: v.assessedOn },
    });
    if (moved.count === 0) {
      const last = await tx.auditEntry.findFirst({
        where: { entityType: "PlanItem", entityId: item.id },
        orderBy: { at: "desc" },
        select: { actorLabel: true, at: true, note: true },
      });
      return {
        ok: false,
        kind: "conflict",
        current: {
          version: item.version,
          status: item.status,
          progress: item.progress,
          statusAssessedOn: item.statusAssessedOn,
        },
        changedBy: last ? { label: last.actorLabel, at: last.at, note: last.note } : null,
      } as const;
    }

    const update = await tx.statusUpdate.create({
      data: {
        planItemId: item.id,
        status: v.status,
        progress,
        assessedOn: v.assessedOn,
        basis: v.basis,
        noteEn: v.note || null,
        evidenceUrl: v.evidenceUrl ?? null,
        evidenceSourceId: v.evidenceSourceId || null,
        authorId: actor.userId,
      },
      select: { id: true },
    });
    await writeAudit(tx, {
      actor,
      action: AUDIT_ACTIONS.statusUpdate,
      entityType: "PlanItem",
      entityId: item.id,
      changes: {
        status: [item.status, v.status],
        progress: [item.progress, progress],
        statusAssessedOn: [item.statusAssessedOn, v.assessedOn],
      },
      note: v.note || null,
    });
    return { ok: true, statusUpdateId: update.id, version: v.expectedVersion + 1 } as const;
  });
}
