import "server-only";
import type { z } from "zod";
import { comparePartialDates } from "@/lib/dates";
import {
  type AgreementRow,
  AgreementRowSchema,
  type ItemRow,
  ItemRowSchema,
  type StatusUpdateRow,
  StatusUpdateRowSchema,
} from "@/lib/schemas/import";
import type { Db, Tx } from "@/lib/server/db/prisma";
import type { SheetKind } from "@/lib/server/export/sheets";
import { indexAgreements } from "@/lib/server/search";
import { type Actor, AUDIT_ACTIONS, type Changes, writeAudit } from "@/lib/server/services/audit";
import { checkCell, type ImportFile, type RowError, readImportFile, type Sheet } from "./read";

export { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "./read";
export type { ImportFile, RowError };

/**
 * Spreadsheet import of agreements, plan items or status updates, in the columns the
 * exports write. A dry run says what each row would do and lists every error by row,
 * column and reason; a commit re-checks inside one transaction and writes all rows
 * with their audit entries, or nothing. A row equal to what is stored is left alone,
 * so importing the same file twice changes nothing the second time.
 */

export type RowAction = "create" | "update" | "unchanged";
export type RowPlan = { row: number; key: string; action: RowAction; changes: Changes };

export type ImportReport = {
  /** False when the file was refused (size, encoding, columns) or has errors. */
  ok: boolean;
  /** Why the whole file was refused, if it was. */
  refused: string | null;
  kind: SheetKind | null;
  format: "csv" | "xlsx" | null;
  counts: Record<RowAction, number>;
  rows: RowPlan[];
  errors: RowError[];
  /** Set by commitImport: whether anything was written. */
  committed?: boolean;
};

type Step = { plan: RowPlan; apply: (tx: Tx, actor: Actor, note: string) => Promise<void> };

const emptyCounts = (): Record<RowAction, number> => ({ create: 0, update: 0, unchanged: 0 });

function refusedReport(reason: string): ImportReport {
  return { ok: false, refused: reason, kind: null, format: null, counts: emptyCounts(), rows: [], errors: [] };
}

/** Cells checked for formulas, then the row parsed by its zod schema. */
function parseRow<T>(
  schema: z.ZodType<T>,
  row: { row: number; cells: Record<string, string> },
  errors: RowError[],
): T | null {
  const cells: Record<string, string> = {};
  let bad = false;
  for (const [column, raw] of Object.entries(row.cells)) {
    const checked = checkCell(raw);
    if (!checked.ok) {
      errors.push({ row: row.row, column, reason: checked.reason });
      bad = true;
    } else cells[column] = checked.value;
  }
  const parsed = schema.safeParse(cells);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const column = String(issue.path[0] ?? "");
      // A formula cell already has its error.
      if (!errors.some((e) => e.row === row.row && e.column === column))
        errors.push({ row: row.row, column: column || null, reason: issue.message });
    }
    return null;
  }
  return bad ? null : parsed.data;
}

/** Field-by-field differences, null and missing treated alike. */
function diff(before: Record<string, unknown>, after: Record<string, unknown>): Changes {
  const changes: Changes = {};
  for (const [k, v] of Object.entries(after)) {
    const was = before[k] ?? null;
    if (JSON.stringify(was) !== JSON.stringify(v ?? null)) changes[k] = [was, v ?? null];
  }
  return changes;
}

const created = (after: Record<string, unknown>): Changes =>
  Object.fromEntries(Object.entries(after).map(([k, v]) => [k, [null, v ?? null]]));

async function planSheet(db: Db | Tx, sheet: Sheet, errors: RowError[]): Promise<Step[]> {
  if (sheet.kind === "agreements") return planAgreements(db, sheet, errors);
  if (sheet.kind === "items") return planItems(db, sheet, errors);
  return planStatusUpdates(db, sheet, errors);
}

// ---------------------------------------------------------------- agreements

async function planAgreements(db: Db | Tx, sheet: Sheet, errors: RowError[]): Promise<Step[]> {
  const ministries = new Map(
    (await db.ministry.findMany({ where: { archivedAt: null }, select: { id: true, slug: true } })).map((m) => [
      m.slug,
      m.id,
    ]),
  );
  const seen = new Map<string, number>();
  const steps: Step[] = [];
  for (const row of sheet.rows) {
    const r = parseRow<AgreementRow>(AgreementRowSchema, row, errors);
    if (!r) continue;
    const first = seen.get(r.slug);
    if (first !== undefined) {
      errors.push({ row: row.row, column: "slug", reason: `duplicates row ${first}: each agreement once per file` });
      continue;
    }
    seen.set(r.slug, row.row);
    const unknown = r.signatories.filter((s) => !ministries.has(s));
    if (unknown.length > 0) {
      errors.push({ row: row.row, column: "signatories", reason: `unknown ministry: ${unknown.join(", ")}` });
      continue;
    }
    const fields = {
      kind: r.kind,
      status: r.status,
      titleEn: r.title_en,
      titleKo: r.title_ko,
      titleZh: r.title_zh,
      summaryEn: r.summary_en,
      summaryKo: r.summary_ko,
      summaryZh: r.summary_zh,
      signedOn: r.signed_on,
      effectiveOn: r.effective_on,
      expiresOn: r.expires_on,
    };
    const signatories = [...r.signatories].sort();
    const existing = await db.agreement.findUnique({
      where: { slug: r.slug },
      select: {
        id: true,
        archivedAt: true,
        kind: true,
        status: true,
        titleEn: true,
        titleKo: true,
        titleZh: true,
        summaryEn: true,
        summaryKo: true,
        summaryZh: true,
        signedOn: true,
        effectiveOn: true,
        expiresOn: true,
        signatories: { select: { ministry: { select: { slug: true } } } },
      },
    });
    if (existing?.archivedAt) {
      errors.push({ row: row.row, column: "slug", reason: "names an archived agreement; restore it first" });
      continue;
    }
    if (!existing) {
      steps.push({
        plan: { row: row.row, key: r.slug, action: "create", changes: created({ ...fields, signatories }) },
        apply: async (tx, actor, note) => {
          const a = await tx.agreement.create({ data: { slug: r.slug, ...fields }, select: { id: true } });
          for (const slug of signatories)
            await tx.signatory.create({ data: { agreementId: a.id, ministryId: ministries.get(slug) as string } });
          await writeAudit(tx, {
            actor,
            action: AUDIT_ACTIONS.import,
            entityType: "Agreement",
            entityId: a.id,
            changes: created({ slug: r.slug, ...fields, signatories }),
            note,
          });
          await indexAgreements(tx, [a.id]);
        },
      });
      continue;
    }
    const { id: _id, archivedAt: _a, signatories: stored, ...storedFields } = existing;
    const before = { ...storedFields, signatories: stored.map((s) => s.ministry.slug).sort() };
    const changes = diff(before, { ...fields, signatories });
    const action: RowAction = Object.keys(changes).length === 0 ? "unchanged" : "update";
    steps.push({
      plan: { row: row.row, key: r.slug, action, changes },
      apply: async (tx, actor, note) => {
        if (action === "unchanged") return;
        await tx.agreement.update({ where: { id: existing.id }, data: fields });
        if (changes.signatories) {
          await tx.signatory.deleteMany({
            where: { agreementId: existing.id, ministry: { slug: { notIn: signatories } } },
          });
          for (const slug of signatories) {
            const ministryId = ministries.get(slug) as string;
            await tx.signatory.upsert({
              where: { agreementId_ministryId: { agreementId: existing.id, ministryId } },
              create: { agreementId: existing.id, ministryId },
              update: {},
            });
          }
        }
        await writeAudit(tx, {
          actor,
          action: AUDIT_ACTIONS.import,
          entityType: "Agreement",
          entityId: existing.id,
          changes,
          note,
        });
        await indexAgreements(tx, [existing.id]);
      },
    });
  }
  return steps;
}

// ---------------------------------------------------------------- plan items

async function planItems(db: Db | Tx, sheet: Sheet, errors: RowError[]): Promise<Step[]> {
  const [plans, ministries] = await Promise.all([
    db.actionPlan.findMany({ where: { archivedAt: null }, select: { id: true, slug: true } }),
    db.ministry.findMany({ where: { archivedAt: null }, select: { id: true, slug: true } }),
  ]);
  const planIds = new Map(plans.map((p) => [p.slug, p.id]));
  const ministryIds = new Map(ministries.map((m) => [m.slug, m.id]));
  const seenSlug = new Map<string, number>();
  const seenNumber = new Map<string, number>();
  const steps: Step[] = [];
  for (const row of sheet.rows) {
    const r = parseRow<ItemRow>(ItemRowSchema, row, errors);
    if (!r) continue;
    const numberKey = `${r.plan}#${r.number}`;
    const dup = seenSlug.get(r.slug) ?? seenNumber.get(numberKey);
    if (dup !== undefined) {
      errors.push({ row: row.row, column: "slug", reason: `duplicates row ${dup}: each item once per file` });
      continue;
    }
    seenSlug.set(r.slug, row.row);
    seenNumber.set(numberKey, row.row);
    const planId = planIds.get(r.plan);
    if (!planId) {
      errors.push({ row: row.row, column: "plan", reason: `unknown plan: ${r.plan}` });
      continue;
    }
    const responsibleBodyId = r.responsible_body ? ministryIds.get(r.responsible_body) : null;
    if (responsibleBodyId === undefined) {
      errors.push({ row: row.row, column: "responsible_body", reason: `unknown ministry: ${r.responsible_body}` });
      continue;
    }
    const fields = {
      number: r.number,
      titleEn: r.title_en,
      titleKo: r.title_ko,
      titleZh: r.title_zh,
      dueOn: r.due_on,
      responsibleBodyId,
    };
    const existing = await db.planItem.findUnique({
      where: { slug: r.slug },
      select: {
        id: true,
        planId: true,
        archivedAt: true,
        number: true,
        titleEn: true,
        titleKo: true,
        titleZh: true,
        dueOn: true,
        responsibleBodyId: true,
      },
    });
    if (existing && existing.planId !== planId) {
      errors.push({ row: row.row, column: "plan", reason: "an item cannot move to another plan" });
      continue;
    }
    if (existing?.archivedAt) {
      errors.push({ row: row.row, column: "slug", reason: "names an archived item; restore it first" });
      continue;
    }
    const taken = await db.planItem.findFirst({
      where: { planId, number: r.number, slug: { not: r.slug } },
      select: { slug: true },
    });
    if (taken) {
      errors.push({ row: row.row, column: "number", reason: `is already item ${taken.slug} of this plan` });
      continue;
    }
    if (!existing) {
      steps.push({
        plan: { row: row.row, key: r.slug, action: "create", changes: created({ plan: r.plan, ...fields }) },
        apply: async (tx, actor, note) => {
          const item = await tx.planItem.create({ data: { slug: r.slug, planId, ...fields }, select: { id: true } });
          await writeAudit(tx, {
            actor,
            action: AUDIT_ACTIONS.import,
            entityType: "PlanItem",
            entityId: item.id,
            changes: created({ slug: r.slug, plan: r.plan, ...fields }),
            note,
          });
        },
      });
      continue;
    }
    const { id: _id, planId: _p, archivedAt: _a, ...before } = existing;
    const changes = diff(before, fields);
    const action: RowAction = Object.keys(changes).length === 0 ? "unchanged" : "update";
    steps.push({
      plan: { row: row.row, key: r.slug, action, changes },
      apply: async (tx, actor, note) => {
        if (action === "unchanged") return;
        await tx.planItem.update({ where: { id: existing.id }, data: fields });
        await writeAudit(tx, {
          actor,
          action: AUDIT_ACTIONS.import,
          entityType: "PlanItem",
          entityId: existing.id,
          changes,
          note,
        });
      },
    });
  }
  return steps;
}

// ---------------------------------------------------------------- status updates

async function planStatusUpdates(db: Db | Tx, sheet: Sheet, errors: RowError[]): Promise<Step[]> {
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
  const steps: Step[] = [];
  for (const row of sheet.rows) {
    const r = parseRow<StatusUpdateRow>(StatusUpdateRowSchema, row, errors);
    if (!r) continue;
    const item = itemBySlug.get(r.item);
    if (!item) {
      errors.push({ row: row.row, column: "item", reason: `unknown plan item: ${r.item}` });
      continue;
    }
    const planCell = row.cells.plan?.trim();
    if (planCell && planCell !== item.plan.slug) {
      errors.push({ row: row.row, column: "plan", reason: `item ${r.item} belongs to plan ${item.plan.slug}` });
      continue;
    }
    if (r.evidence_source && !sourceIds.has(r.evidence_source)) {
      errors.push({ row: row.row, column: "evidence_source", reason: `unknown source: ${r.evidence_source}` });
      continue;
    }
    const progress = r.progress ?? (r.status === "completed" ? 100 : null);
    const fields = {
      status: r.status,
      progress,
      assessedOn: r.assessed_on,
      basis: r.basis,
      noteEn: r.note_en,
      evidenceUrl: r.evidence_url,
      evidenceSourceId: r.evidence_source,
    };
    const identity = r.id ?? JSON.stringify([r.item, r.assessed_on, r.status, r.basis, r.note_en]);
    const dup = seen.get(identity);
    if (dup !== undefined) {
      errors.push({ row: row.row, column: r.id ? "id" : null, reason: `duplicates row ${dup}` });
      continue;
    }
    seen.set(identity, row.row);
    const select = {
      id: true,
      planItemId: true,
      status: true,
      progress: true,
      assessedOn: true,
      basis: true,
      noteEn: true,
      evidenceUrl: true,
      evidenceSourceId: true,
    } as const;
    const existing = r.id
      ? await db.statusUpdate.findUnique({ where: { id: r.id }, select })
      : await db.statusUpdate.findFirst({
          where: {
            planItemId: item.id,
            assessedOn: r.assessed_on,
            status: r.status,
            basis: r.basis,
            noteEn: r.note_en,
          },
          select,
        });
    if (r.id && !existing) {
      errors.push({
        row: row.row,
        column: "id",
        reason: "is not a status update here; leave id empty to add a new one",
      });
      continue;
    }
    if (existing && existing.planItemId !== item.id) {
      errors.push({ row: row.row, column: "item", reason: "differs from the item this status update belongs to" });
      continue;
    }
    const key = `${r.item} ${r.assessed_on}`;
    if (!existing) {
      steps.push({
        plan: { row: row.row, key, action: "create", changes: created({ item: r.item, ...fields }) },
        apply: async (tx, actor, note) => {
          const update = await tx.statusUpdate.create({
            data: { planItemId: item.id, ...fields, authorId: actor.userId },
            select: { id: true },
          });
          await writeAudit(tx, {
            actor,
            action: AUDIT_ACTIONS.import,
            entityType: "StatusUpdate",
            entityId: update.id,
            changes: created({ item: r.item, ...fields }),
            note,
          });
          await moveItemStatus(tx, actor, note, item.id);
        },
      });
      continue;
    }
    const { id: _id, planItemId: _pi, ...before } = existing;
    const changes = diff(before, fields);
    const action: RowAction = Object.keys(changes).length === 0 ? "unchanged" : "update";
    steps.push({
      plan: { row: row.row, key, action, changes },
      apply: async (tx, actor, note) => {
        if (action === "unchanged") return;
        await tx.statusUpdate.update({ where: { id: existing.id }, data: fields });
        await writeAudit(tx, {
          actor,
          action: AUDIT_ACTIONS.import,
          entityType: "StatusUpdate",
          entityId: existing.id,
          changes,
          note,
        });
        await moveItemStatus(tx, actor, note, item.id);
      },
    });
  }
  return steps;
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
  await writeAudit(tx, {
    actor,
    action: AUDIT_ACTIONS.import,
    entityType: "PlanItem",
    entityId: itemId,
    changes,
    note,
  });
}

// ---------------------------------------------------------------- entry points

function report(sheet: Sheet, steps: Step[], errors: RowError[]): ImportReport {
  const counts = emptyCounts();
  for (const s of steps) counts[s.plan.action]++;
  errors.sort((a, b) => a.row - b.row);
  return {
    ok: errors.length === 0,
    refused: null,
    kind: sheet.kind,
    format: sheet.format,
    counts,
    rows: steps.map((s) => s.plan),
    errors,
  };
}

/** What importing `file` would do, row by row, and every error; writes nothing. */
export async function dryRunImport(db: Db, file: ImportFile): Promise<ImportReport> {
  const read = await readImportFile(file);
  if (!read.ok) return refusedReport(read.reason);
  const errors: RowError[] = [];
  const steps = await planSheet(db, read.sheet, errors);
  return report(read.sheet, steps, errors);
}

class ImportAborted extends Error {
  constructor(readonly report: ImportReport) {
    super("import has errors");
  }
}

/**
 * Imports `file` in one transaction: re-plans against the database as it is now, and
 * writes every row with its audit entry, or, at the first error, nothing at all.
 */
export async function commitImport(db: Db, actor: Actor, file: ImportFile): Promise<ImportReport> {
  const read = await readImportFile(file);
  if (!read.ok) return { ...refusedReport(read.reason), committed: false };
  const note = `import of ${file.name}`;
  try {
    return await db.$transaction(
      async (tx) => {
        const errors: RowError[] = [];
        const steps = await planSheet(tx, read.sheet, errors);
        const planned = report(read.sheet, steps, errors);
        if (!planned.ok) throw new ImportAborted({ ...planned, committed: false });
        for (const step of steps) await step.apply(tx, actor, note);
        return { ...planned, committed: planned.counts.create + planned.counts.update > 0 };
      },
      { timeout: 60_000 },
    );
  } catch (error) {
    if (error instanceof ImportAborted) return error.report;
    throw error;
  }
}
