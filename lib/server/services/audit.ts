import "server-only";
import type { Tx } from "../db/prisma";

/**
 * Every kind of change the audit log records. The log is append-only (database
 * triggers refuse UPDATE and DELETE) and each entry is written in the same
 * transaction as the change it describes.
 */
export const AUDIT_ACTIONS = {
  /** A record was created. */
  create: "create",
  /** Fields of a record changed. */
  update: "update",
  /** A record was archived (soft-deleted). */
  archive: "archive",
  /** An archived record was restored. */
  restore: "restore",
  /** A plan item's implementation status was assessed. */
  statusUpdate: "status_update",
  /** Records were written by a spreadsheet import. */
  import: "import",
} as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[keyof typeof AUDIT_ACTIONS];

/** Who made a change: a signed-in user, or a named process such as the seed or an import. */
export type Actor = { userId: string | null; label: string };

/** Field-by-field changes: `{ status: ["not_assessed", "completed"] }`. */
export type Changes = Record<string, [unknown, unknown]>;

export async function writeAudit(
  tx: Tx,
  entry: {
    actor: Actor;
    action: AuditAction;
    entityType: string;
    entityId: string;
    changes: Changes;
    note?: string | null;
  },
) {
  return tx.auditEntry.create({
    data: {
      actorId: entry.actor.userId,
      actorLabel: entry.actor.label,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      changes: JSON.stringify(entry.changes),
      note: entry.note ?? null,
    },
  });
}

/** The fields whose values differ between two versions of a record. */
export function diffFields<T extends Record<string, unknown>>(before: T, after: Partial<T>): Changes {
  const changes: Changes = {};
  for (const [key, value] of Object.entries(after)) {
    if (value !== undefined && JSON.stringify(before[key]) !== JSON.stringify(value))
      changes[key] = [before[key], value];
  }
  return changes;
}
