import "server-only";
import { type ItemRow, ItemRowSchema } from "@/lib/schemas/import";
import { indexRecords } from "@/lib/server/search";
import type { Changes } from "@/lib/server/services/audit";
import { auditImport } from "./audit";
import { issue, type RowError } from "./issues";
import {
  type Apply,
  actionOf,
  created,
  diff,
  idsBySlug,
  nothing,
  planRows,
  type Reader,
  rowError,
  type Step,
} from "./plan";
import type { Sheet } from "./read";

type Fields = {
  number: number;
  titleEn: string;
  titleKo: string | null;
  titleZh: string | null;
  dueOn: string | null;
  responsibleBodyId: string | null;
};

const STORED = {
  id: true,
  planId: true,
  archivedAt: true,
  number: true,
  titleEn: true,
  titleKo: true,
  titleZh: true,
  dueOn: true,
  responsibleBodyId: true,
} as const;

/**
 * Each item once per file (by slug, and by plan and number), in a known plan, its
 * responsible body known; then created or updated by slug, never moved to another plan.
 */
export async function planItems(db: Reader, sheet: Sheet, errors: RowError[]): Promise<Step[]> {
  const [planIds, ministryIds] = await Promise.all([
    idsBySlug(db.actionPlan.findMany({ where: { archivedAt: null }, select: { id: true, slug: true } })),
    idsBySlug(db.ministry.findMany({ where: { archivedAt: null }, select: { id: true, slug: true } })),
  ]);
  const seenSlug = new Map<string, number>();
  const seenNumber = new Map<string, number>();
  return planRows(sheet, errors, ItemRowSchema, async (r, { row }) => {
    const numberKey = `${r.plan}#${r.number}`;
    const dup = seenSlug.get(r.slug) ?? seenNumber.get(numberKey);
    if (dup !== undefined) return rowError(row, "slug", issue("duplicateRow", { first: dup }));
    seenSlug.set(r.slug, row);
    seenNumber.set(numberKey, row);
    const planId = planIds.get(r.plan);
    if (!planId) return rowError(row, "plan", issue("unknownPlan", { value: r.plan }));
    const responsibleBodyId = r.responsible_body ? ministryIds.get(r.responsible_body) : null;
    if (responsibleBodyId === undefined)
      return rowError(row, "responsible_body", issue("unknownMinistry", { values: r.responsible_body ?? "" }));
    const fields: Fields = {
      number: r.number,
      titleEn: r.title_en,
      titleKo: r.title_ko,
      titleZh: r.title_zh,
      dueOn: r.due_on,
      responsibleBodyId,
    };
    return planItem(db, r, row, planId, fields);
  });
}

async function planItem(db: Reader, r: ItemRow, row: number, planId: string, fields: Fields) {
  const existing = await db.planItem.findUnique({ where: { slug: r.slug }, select: STORED });
  if (existing && existing.planId !== planId) return rowError(row, "plan", issue("otherPlan", {}));
  if (existing?.archivedAt) return rowError(row, "slug", issue("archived", {}));
  const taken = await db.planItem.findFirst({
    where: { planId, number: r.number, slug: { not: r.slug } },
    select: { slug: true },
  });
  if (taken) return rowError(row, "number", issue("numberTaken", { slug: taken.slug }));
  if (!existing) {
    const changes = created({ plan: r.plan, ...fields });
    return { plan: { row, key: r.slug, action: "create", changes }, apply: create(r, planId, fields) } satisfies Step;
  }
  const { id: _id, planId: _p, archivedAt: _a, ...before } = existing;
  const changes = diff(before, fields);
  const action = actionOf(changes);
  const apply = action === "unchanged" ? nothing : update(existing.id, fields, changes);
  return { plan: { row, key: r.slug, action, changes }, apply } satisfies Step;
}

function create(r: ItemRow, planId: string, fields: Fields): Apply {
  return async (tx, actor, note) => {
    const item = await tx.planItem.create({ data: { slug: r.slug, planId, ...fields }, select: { id: true } });
    await indexRecords(tx, "item", [item.id]);
    await auditImport(tx, actor, note, {
      entityType: "PlanItem",
      entityId: item.id,
      changes: created({ slug: r.slug, plan: r.plan, ...fields }),
    });
  };
}

function update(itemId: string, fields: Fields, changes: Changes): Apply {
  return async (tx, actor, note) => {
    await tx.planItem.update({ where: { id: itemId }, data: fields });
    await indexRecords(tx, "item", [itemId]);
    await auditImport(tx, actor, note, { entityType: "PlanItem", entityId: itemId, changes });
  };
}
