import "server-only";
import { comparePartialDates } from "@/lib/dates";
import { type StatusUpdateRow, StatusUpdateRowSchema } from "@/lib/schemas/import";
import { assessmentSheetFields } from "@/lib/server/db/fragments";
import type { Tx } from "@/lib/server/db/prisma";
import type { Actor, Changes } from "@/lib/server/services/audit";
import { auditImport } from "./audit";
import { issue, type RowError } from "./issues";
import { type Apply, actionOf, created, diff, nothing, planRows, type Reader, rowError, type Step } from "./plan";
import type { Sheet } from "./read";

type Item = { id: string; slug: string; plan: { slug: string } };

const fieldsOf = (r: StatusUpdateRow) => ({
  status: r.status,
  progress: r.progress ?? (r.status === "completed" ? 100 : null),
  assessedOn: r.assessed_on,
  basis: r.basis,
  noteEn: r.note_en,
  evidenceUrl: r.evidence_url,
  evidenceSourceId: r.evidence_source,
});
type Fields = ReturnType<typeof fieldsOf>;

const STORED = { ...assessmentSheetFields, planItemId: true } as const;

/**
 * Each assessment of a known item (in the plan the row names, if it names one),
 * its evidence a known source, once per file; then added, or updated by its id
 * (or, without one, by item, date, status, basis and note).
 */
export async function planStatusUpdates(db: Reader, sheet: Sheet, errors: RowError[]): Promise<Step[]> {
  const [items, sources] = await Promise.all([
    db.planItem.findMany({
      where: { archivedAt: null },
      select: { id: true, slug: true, plan: { select: { slug: true } } },
    }),
    db.source.findMany({ select: { id: true } }),
  ]);
  const itemBySlug = new Map(items.map((i) => [i.slug, i]));
  const sourceIds = new Set(sources.map((s) => s.id));
  const seen = new Map<string, number>();
  return planRows(sheet, errors, StatusUpdateRowSchema, async (r, { row, cells }) => {
    const item = itemBySlug.get(r.item);
    if (!item) return rowError(row, "item", issue("unknownItem", { value: r.item }));
    const planCell = cells.plan?.trim();
    if (planCell && planCell !== item.plan.slug)
      return rowError(row, "plan", issue("itemInPlan", { item: r.item, plan: item.plan.slug }));
    if (r.evidence_source && !sourceIds.has(r.evidence_source))
      return rowError(row, "evidence_source", issue("unknownSource", { value: r.evidence_source }));
    const identity = r.id ?? JSON.stringify([r.item, r.assessed_on, r.status, r.basis, r.note_en]);
    const dup = seen.get(identity);
    if (dup !== undefined) return rowError(row, r.id ? "id" : null, issue("duplicateRow", { first: dup }));
    seen.set(identity, row);
    return planStatusUpdate(db, r, row, item);
  });
}

async function planStatusUpdate(db: Reader, r: StatusUpdateRow, row: number, item: Item) {
  const fields = fieldsOf(r);
  const existing = r.id
    ? await db.statusUpdate.findUnique({ where: { id: r.id }, select: STORED })
    : await db.statusUpdate.findFirst({
        where: { planItemId: item.id, assessedOn: r.assessed_on, status: r.status, basis: r.basis, noteEn: r.note_en },
        select: STORED,
      });
  if (r.id && !existing) return rowError(row, "id", issue("notAnUpdate", {}));
  if (existing && existing.planItemId !== item.id) return rowError(row, "item", issue("otherItem", {}));
  const key = `${r.item} ${r.assessed_on}`;
  if (!existing) {
    const changes = created({ item: r.item, ...fields });
    return { plan: { row, key, action: "create", changes }, apply: create(r.item, item.id, fields) } satisfies Step;
  }
  const { id: _id, planItemId: _pi, ...before } = existing;
  const changes = diff(before, fields);
  const action = actionOf(changes);
  const apply = action === "unchanged" ? nothing : update(existing.id, item.id, fields, changes);
  return { plan: { row, key, action, changes }, apply } satisfies Step;
}

function create(itemSlug: string, itemId: string, fields: Fields): Apply {
  return async (tx, actor, note) => {
    const update = await tx.statusUpdate.create({
      data: { planItemId: itemId, ...fields, authorId: actor.userId },
      select: { id: true },
    });
    await auditImport(tx, actor, note, {
      entityType: "StatusUpdate",
      entityId: update.id,
      changes: created({ item: itemSlug, ...fields }),
    });
    await moveItemStatus(tx, actor, note, itemId);
  };
}

function update(updateId: string, itemId: string, fields: Fields, changes: Changes): Apply {
  return async (tx, actor, note) => {
    await tx.statusUpdate.update({ where: { id: updateId }, data: fields });
    await auditImport(tx, actor, note, { entityType: "StatusUpdate", entityId: updateId, changes });
    await moveItemStatus(tx, actor, note, itemId);
  };
}

/** An item's current status follows its latest assessment (latest date, then latest recorded). */
async function moveItemStatus(tx: Tx, actor: Actor, note: string, itemId: string) {
  const [item, updates] = await Promise.all([
    tx.planItem.findUniqueOrThrow({
      where: { id: itemId },
      select: { status: true, progress: true, statusAssessedOn: true },
    }),
    tx.statusUpdate.findMany({
      where: { planItemId: itemId },
      select: { status: true, progress: true, assessedOn: true, createdAt: true, id: true },
    }),
  ]);
  const latest = updates.sort(
    (a, b) =>
      comparePartialDates(b.assessedOn, a.assessedOn) ||
      b.createdAt.getTime() - a.createdAt.getTime() ||
      b.id.localeCompare(a.id),
  )[0];
  if (!latest) return;
  const next = { status: latest.status, progress: latest.progress, statusAssessedOn: latest.assessedOn };
  const changes = diff(item, next);
  if (Object.keys(changes).length === 0) return;
  await tx.planItem.update({ where: { id: itemId }, data: next });
  await auditImport(tx, actor, note, { entityType: "PlanItem", entityId: itemId, changes });
}
