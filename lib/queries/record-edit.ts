import type { Db } from "@/lib/prisma";
import { EDIT_SCHEMAS, type EditableEntity } from "@/lib/schemas/record-edit";

export type EditableRecord = {
  id: string;
  version: number;
  archivedAt: Date | null;
  values: Record<string, string>;
};

/** A record's editable fields as form strings (null as ""), or null when there is no such record. */
export async function getEditableRecord(db: Db, entity: EditableEntity, id: string): Promise<EditableRecord | null> {
  const where = { where: { id } };
  const row =
    entity === "Agreement"
      ? await db.agreement.findUnique(where)
      : entity === "ActionPlan"
        ? await db.actionPlan.findUnique(where)
        : entity === "PlanItem"
          ? await db.planItem.findUnique(where)
          : await db.event.findUnique(where);
  if (!row) return null;
  const source: Record<string, unknown> = row;
  const values: Record<string, string> = {};
  for (const field of Object.keys(EDIT_SCHEMAS[entity].shape)) {
    const v = source[field];
    values[field] = v === null || v === undefined ? "" : String(v);
  }
  return { id: row.id, version: row.version, archivedAt: row.archivedAt, values };
}
