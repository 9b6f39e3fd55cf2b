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
import type { Db, Tx } from "@/lib/server/db/prisma";
import { type Actor, AUDIT_ACTIONS, writeAudit } from "@/lib/server/services/audit";
import {
  type Canon,
  type Changer,
  columnsAtVersion,
  lastChangers,
  type MergeInput,
  mergedChange,
  planMerge,
  readMergeInput,
} from "@/lib/server/services/merge-fields";

/** The item's fields a status update sets, as the form and the API name them. */
export const STATUS_FIELDS = ["status", "progress", "assessedOn"] as const;
export type StatusField = (typeof STATUS_FIELDS)[number];

/** A status field both editors changed: what the item holds now beside what this save sent. */
export type StatusConflict = {
  field: StatusField;
  theirs: string | number | null;
  mine: string | number | null;
  changedBy: Changer | null;
};

export type StatusUpdateResult<M = string> =
  | {
      ok: true;
      statusUpdateId: string;
      version: number;
      /** What the item holds after the save (after a merge, the other editor's values included). */
      values: { status: string; progress: number | null; assessedOn: string | null };
      mergedFrom?: number;
    }
  | { ok: false; kind: "invalid"; fieldErrors: FieldErrors<M> }
  | { ok: false; kind: "not_found" }
  | {
      ok: false;
      kind: "conflict";
      /** What the item holds now, and who changed it, so the editor can reapply their change. */
      current: { version: number; status: string; progress: number | null; statusAssessedOn: string | null };
      changedBy: { label: string; at: Date; note: string | null } | null;
      /** The fields both editors changed, for the editor to choose. */
      conflicts: StatusConflict[];
      /** The fields only the other editor changed: kept as they saved them. */
      theirs: StatusField[];
    };

/**
 * Records a plan item's new implementation status: one transaction that checks the
 * version the editor saw, appends the status update, moves the item's current
 * status, and writes the audit entry. A stale save is merged onto the item as it is
 * now (status, progress and date each kept as the other editor left them unless this
 * save changed them); when both changed one to different values, nothing is written
 * and the answer lists those fields. The note, basis and evidence are this update's own.
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

type Item = { id: string; version: number; status: string; progress: number | null; statusAssessedOn: string | null };
type Values = { status: string; progress: number | null; assessedOn: string | null };

const ITEM_SELECT = { id: true, version: true, status: true, progress: true, statusAssessedOn: true } as const;
/** The audit log's name for each status field. */
const COLUMN: Record<StatusField, string> = { status: "status", progress: "progress", assessedOn: "statusAssessedOn" };
const MAX_ATTEMPTS = 3;

const valuesOf = (item: { status: string; progress: number | null; statusAssessedOn: string | null }): Values => ({
  status: item.status,
  progress: item.progress,
  assessedOn: item.statusAssessedOn,
});

const canon = (v: Values): Canon => ({
  status: JSON.stringify(v.status),
  progress: JSON.stringify(v.progress),
  assessedOn: JSON.stringify(v.assessedOn),
});

/** The loaded values the form sent (its `base`), as the service reads them; what it cannot read stays unknown. */
function sentBase(base: Record<string, string>): Partial<Values> {
  const out: Partial<Values> = {};
  if (base.status) out.status = base.status;
  if ("progress" in base) out.progress = base.progress?.trim() === "" ? null : Number(base.progress);
  if ("assessedOn" in base) out.assessedOn = base.assessedOn || null;
  return out;
}

async function baseOf(tx: Tx, item: Item, expectedVersion: number, merge: MergeInput): Promise<Canon | null> {
  if (merge.base) {
    const sent = sentBase(merge.base);
    const out: Canon = {};
    for (const f of STATUS_FIELDS) if (f in sent) out[f] = JSON.stringify(sent[f] ?? null);
    return out;
  }
  const columns = await columnsAtVersion(tx, "PlanItem", item.id, expectedVersion, item);
  return columns ? canon(valuesOf(columns as Item)) : null;
}

type StatusMerge =
  | { ok: true; values: Values; mergedFrom: number | null }
  | { ok: false; conflicts: StatusField[]; theirs: StatusField[] }
  | { ok: false; broken: true };

/**
 * A stale status save merged onto the item as it is now, field by field (status,
 * progress, assessment date). A merge that would pair "completed" with a progress
 * other than 100 is a conflict on both, for the editor to settle.
 */
async function mergeStatus(tx: Tx, item: Item, expectedVersion: number, mine: Values, merge: MergeInput) {
  const stale = item.version !== expectedVersion;
  if (!stale && merge.pending.length === 0) return { ok: true, values: mine, mergedFrom: null } as StatusMerge;
  // A version the item never had is no base to merge from.
  if (expectedVersion > item.version) return { ok: false, conflicts: [], theirs: [] } as StatusMerge;
  const theirs = valuesOf(item);
  const base = await baseOf(tx, item, expectedVersion, merge);
  const chosen: Values = { ...mine };
  const forced = new Set<string>();
  for (const f of STATUS_FIELDS.filter((p) => merge.pending.includes(p))) {
    if (merge.choices[f] === "theirs") Object.assign(chosen, { [f]: base?.[f] ? JSON.parse(base[f]) : theirs[f] });
    else if (!merge.choices[f]) forced.add(f);
  }
  const plan = planMerge(STATUS_FIELDS, base, canon(theirs), canon(chosen), forced);
  const keep = plan.theirs as StatusField[];
  const values: Values = { ...chosen };
  for (const f of keep) Object.assign(values, { [f]: theirs[f] });
  const broken = values.status === "completed" && values.progress !== null && values.progress !== 100;
  const conflicts = plan.conflicts as StatusField[];
  if (broken && conflicts.length === 0) {
    // The editor's own choices made the pair: say so by the field, rather than ask again.
    if (merge.pending.length > 0) return { ok: false, broken: true } as StatusMerge;
    for (const f of ["status", "progress"] as const) if (chosen[f] !== theirs[f]) conflicts.push(f);
  }
  if (conflicts.length > 0) {
    // A field the editor settled as theirs is shown as theirs again, not as typed.
    const settled = STATUS_FIELDS.filter((f) => merge.choices[f] === "theirs" && !conflicts.includes(f));
    return { ok: false, conflicts, theirs: [...new Set([...keep, ...settled])] } as StatusMerge;
  }
  return { ok: true, values, mergedFrom: stale ? expectedVersion : null } as StatusMerge;
}

async function conflictOf(tx: Tx, item: Item, fields: StatusField[], mine: Values, theirs: StatusField[]) {
  const changers = await lastChangers(
    tx,
    "PlanItem",
    item.id,
    fields.map((f) => COLUMN[f]),
  );
  const last = await tx.auditEntry.findFirst({
    where: { entityType: "PlanItem", entityId: item.id },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    select: { actorLabel: true, at: true, note: true },
  });
  const now = valuesOf(item);
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
    conflicts: fields.map((field) => ({
      field,
      theirs: now[field],
      mine: mine[field],
      changedBy: changers[COLUMN[field]] ?? null,
    })),
    theirs,
  } as const;
}

async function saveStatusUpdate(db: Db, actor: Actor, input: unknown): Promise<StatusUpdateResult<FieldIssue>> {
  const parsed = StatusUpdateInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, kind: "invalid", fieldErrors: issuesOf(parsed.error) };
  const merge = readMergeInput(input);
  if (!merge.ok) return { ok: false, kind: "invalid", fieldErrors: merge.errors };
  const v: StatusUpdateInput = parsed.data;
  const mine: Values = {
    status: v.status,
    progress: v.progress ?? (v.status === "completed" ? 100 : null),
    assessedOn: v.assessedOn,
  };

  return db.$transaction(async (tx): Promise<StatusUpdateResult<FieldIssue>> => {
    if (
      v.evidenceSourceId &&
      !(await tx.source.findUnique({ where: { id: v.evidenceSourceId }, select: { id: true } }))
    ) {
      const unknown = fieldIssue("unknownSource", "is not a known source");
      return { ok: false, kind: "invalid", fieldErrors: { evidenceSourceId: [unknown] } } as const;
    }
    for (let attempt = 1; ; attempt++) {
      const item = await tx.planItem.findFirst({ where: { id: v.planItemId, archivedAt: null }, select: ITEM_SELECT });
      if (!item) return { ok: false, kind: "not_found" } as const;
      const merged = await mergeStatus(tx, item, v.expectedVersion, mine, merge.merge);
      if (!merged.ok && "broken" in merged) {
        const issue = fieldIssue("completed100", "must be 100 when the status is completed");
        return { ok: false, kind: "invalid", fieldErrors: { progress: [issue] } } as const;
      }
      if (!merged.ok) return conflictOf(tx, item, merged.conflicts, mine, merged.theirs);
      const moved = await tx.planItem.updateMany({
        where: { id: item.id, version: item.version },
        data: {
          status: merged.values.status,
          progress: merged.values.progress,
          statusAssessedOn: merged.values.assessedOn,
        },
      });
      if (moved.count === 0) {
        if (attempt === MAX_ATTEMPTS) return conflictOf(tx, item, [], mine, []);
        continue;
      }
      return writeStatusUpdate(tx, actor, item, v, merged.values, merged.mergedFrom);
    }
  });
}

/** The new status update row (this editor's note, basis and evidence) and its audit entry. */
async function writeStatusUpdate(
  tx: Tx,
  actor: Actor,
  item: Item,
  v: StatusUpdateInput,
  values: Values,
  mergedFrom: number | null,
) {
  const update = await tx.statusUpdate.create({
    data: {
      planItemId: item.id,
      status: values.status,
      progress: values.progress,
      assessedOn: values.assessedOn ?? v.assessedOn,
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
      status: [item.status, values.status],
      progress: [item.progress, values.progress],
      statusAssessedOn: [item.statusAssessedOn, values.assessedOn],
      ...(mergedFrom === null ? {} : mergedChange(mergedFrom, item.version)),
    },
    note: v.note || null,
  });
  return {
    ok: true,
    statusUpdateId: update.id,
    version: item.version + 1,
    values,
    ...(mergedFrom === null ? {} : { mergedFrom }),
  } as const;
}
