import "server-only";
import type { Tx } from "@/lib/server/db/prisma";
import { type Actor, AUDIT_ACTIONS, type Changes, writeAudit } from "@/lib/server/services/audit";

/** The audit entry of a record an import wrote: by the importing user, with the import's note. */
export async function auditImport(
  tx: Tx,
  actor: Actor,
  note: string,
  record: { entityType: string; entityId: string; changes: Changes },
): Promise<void> {
  await writeAudit(tx, { actor, action: AUDIT_ACTIONS.import, ...record, note });
}
