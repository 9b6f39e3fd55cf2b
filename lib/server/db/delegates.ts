import "server-only";
import { CITED_COLUMNS, type EditableEntity, type RELATION_LISTS } from "@/lib/schemas/record-edit";
import type { Db, Tx } from "./prisma";

/**
 * The editable models as both the editing services (lib/server/services/edit-record.ts)
 * and the edit pages' loaders (lib/server/queries/) read them: one delegate shape for
 * every model, an agreement's relation lists, and a row's columns as form fields.
 * Here rather than in the service, so that the queries do not import a service.
 */

/** The slice of a Prisma model delegate the editing services use, the same for every editable model. */
export type Row = Record<string, unknown> & { id: string; version: number; archivedAt: Date | null };
export type Delegate = {
  findUnique(args: { where: { id: string } | { slug: string } }): Promise<Row | null>;
  findFirst(args: {
    where: Record<string, unknown>;
    select?: Record<string, boolean>;
    orderBy?: Record<string, "asc" | "desc">;
  }): Promise<Row | null>;
  updateMany(args: {
    where: { id: string; version: number };
    data: Record<string, unknown>;
  }): Promise<{ count: number }>;
  create(args: { data: Record<string, unknown> }): Promise<Row>;
};

export function delegate(tx: Tx | Db, entity: EditableEntity): Delegate {
  const delegates = {
    Agreement: tx.agreement,
    ActionPlan: tx.actionPlan,
    PlanItem: tx.planItem,
    Event: tx.event,
    Ministry: tx.ministry,
    Dialogue: tx.dialogue,
    Meeting: tx.meeting,
    Person: tx.person,
    Source: tx.source,
    Citation: tx.citation,
    Sector: tx.sector,
    Topic: tx.topic,
  };
  // Each model's generated delegate has these methods with wider argument types.
  return delegates[entity] as unknown as Delegate;
}

/** Back from columns to form fields: the inverse of the service's toData, for the edit form and conflicts. */
export function toFields(entity: EditableEntity, row: Record<string, unknown>): Record<string, unknown> {
  if (entity !== "Citation") return row;
  const column = CITED_COLUMNS.find((c) => row[c]);
  return { ...row, record: column ? `${column}:${String(row[column])}` : null, citationNote: row.note ?? null };
}

export type Lists = Partial<Record<keyof typeof RELATION_LISTS, string[]>>;

/** An agreement's topics and signatories as id lists, sorted, for the form and the audit diff. */
export async function relationLists(tx: Tx | Db, agreementId: string): Promise<Lists> {
  const [topics, signatories] = await Promise.all([
    tx.agreementTopic.findMany({ where: { agreementId }, select: { topicId: true } }),
    tx.signatory.findMany({ where: { agreementId }, select: { ministryId: true } }),
  ]);
  return {
    topicIds: topics.map((t) => t.topicId).sort(),
    signatoryIds: signatories.map((s) => s.ministryId).sort(),
  };
}
