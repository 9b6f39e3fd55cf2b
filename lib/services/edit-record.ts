import { type Actor, AUDIT_ACTIONS, type AuditAction, diffFields, writeAudit } from "@/lib/audit";
import type { Db, Tx } from "@/lib/prisma";
import { EDIT_SCHEMAS, type EditableEntity, RecordRefSchema } from "@/lib/schemas/record-edit";
import { indexAgreements } from "@/lib/search";
import type { FieldErrors } from "./record-status-update";

export type EditResult =
  | { ok: true; id: string; version: number }
  | { ok: false; kind: "invalid"; fieldErrors: FieldErrors }
  | { ok: false; kind: "not_found" }
  | {
      ok: false;
      kind: "conflict";
      /** The record as it is now, so the editor can see what changed and reapply. */
      current: Record<string, unknown> & { version: number };
      changedBy: { label: string; at: Date; note: string | null } | null;
    };

/** The slice of a Prisma model delegate the editing services use, the same for every editable model. */
type Row = Record<string, unknown> & { id: string; version: number; archivedAt: Date | null };
type Delegate = {
  findUnique(args: { where: { id: string } }): Promise<Row | null>;
  updateMany(args: {
    where: { id: string; version: number };
    data: Record<string, unknown>;
  }): Promise<{ count: number }>;
};

function delegate(tx: Tx, entity: EditableEntity): Delegate {
  const delegates = {
    Agreement: tx.agreement,
    ActionPlan: tx.actionPlan,
    PlanItem: tx.planItem,
    Event: tx.event,
  };
  // Each model's generated delegate has these two methods with wider argument types.
  return delegates[entity] as unknown as Delegate;
}

function fieldErrorsOf(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? "form");
    fieldErrors[field] = [...(fieldErrors[field] ?? []), issue.message];
  }
  return fieldErrors;
}

async function conflictOf(tx: Tx, entity: EditableEntity, read: Row): Promise<EditResult> {
  // Read again: the row read before the refused update may predate the save that
  // moved the version on (on PostgreSQL, another transaction can commit between the
  // two; SQLite runs one write transaction at a time).
  const row = ((await delegate(tx, entity).findUnique({ where: { id: read.id } })) as Row | null) ?? read;
  const last = await tx.auditEntry.findFirst({
    where: { entityType: entity, entityId: row.id },
    orderBy: { at: "desc" },
    select: { actorLabel: true, at: true, note: true },
  });
  return {
    ok: false,
    kind: "conflict",
    current: row,
    changedBy: last ? { label: last.actorLabel, at: last.at, note: last.note } : null,
  };
}

/** Agreements are searchable: their index entry follows every change. */
async function afterChange(tx: Tx, entity: EditableEntity, id: string) {
  if (entity === "Agreement") await indexAgreements(tx, [id]);
}

/**
 * Edits a record's fields: one transaction that checks the version the editor saw,
 * writes the fields, the audit entry (which fields from what to what, and the note)
 * and, for agreements, the search index. A stale save changes nothing and says
 * what the record holds now and who changed it last.
 */
export async function updateRecord(db: Db, actor: Actor, input: unknown): Promise<EditResult> {
  const ref = RecordRefSchema.safeParse(input);
  if (!ref.success) return { ok: false, kind: "invalid", fieldErrors: fieldErrorsOf(ref.error.issues) };
  const { entity, id, expectedVersion, note } = ref.data;
  const fields = EDIT_SCHEMAS[entity].safeParse(input);
  if (!fields.success) return { ok: false, kind: "invalid", fieldErrors: fieldErrorsOf(fields.error.issues) };
  const data: Record<string, unknown> = fields.data;

  return db.$transaction(async (tx) => {
    const records = delegate(tx, entity);
    const row = await records.findUnique({ where: { id } });
    if (!row || row.archivedAt) return { ok: false, kind: "not_found" } as const;
    const moved = await records.updateMany({ where: { id, version: expectedVersion }, data });
    if (moved.count === 0) return conflictOf(tx, entity, row);
    await writeAudit(tx, {
      actor,
      action: AUDIT_ACTIONS.update,
      entityType: entity,
      entityId: id,
      changes: diffFields(row, data),
      note,
    });
    await afterChange(tx, entity, id);
    return { ok: true, id, version: expectedVersion + 1 } as const;
  });
}

async function setArchived(db: Db, actor: Actor, input: unknown, archive: boolean): Promise<EditResult> {
  const ref = RecordRefSchema.safeParse(input);
  if (!ref.success) return { ok: false, kind: "invalid", fieldErrors: fieldErrorsOf(ref.error.issues) };
  const { entity, id, expectedVersion, note } = ref.data;
  const action: AuditAction = archive ? AUDIT_ACTIONS.archive : AUDIT_ACTIONS.restore;
  return db.$transaction(async (tx) => {
    const records = delegate(tx, entity);
    const row = await records.findUnique({ where: { id } });
    if (!row || Boolean(row.archivedAt) === archive) return { ok: false, kind: "not_found" } as const;
    const archivedAt = archive ? new Date() : null;
    const moved = await records.updateMany({ where: { id, version: expectedVersion }, data: { archivedAt } });
    if (moved.count === 0) return conflictOf(tx, entity, row);
    await writeAudit(tx, {
      actor,
      action,
      entityType: entity,
      entityId: id,
      changes: { archivedAt: [row.archivedAt, archivedAt] },
      note,
    });
    await afterChange(tx, entity, id);
    return { ok: true, id, version: expectedVersion + 1 } as const;
  });
}

/** Archives a record (a soft delete: pages stop listing it, the row and its history stay). */
export function archiveRecord(db: Db, actor: Actor, input: unknown) {
  return setArchived(db, actor, input, true);
}

/** Restores an archived record (admins only, checked by the action). */
export function restoreRecord(db: Db, actor: Actor, input: unknown) {
  return setArchived(db, actor, input, false);
}
