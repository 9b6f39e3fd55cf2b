import "server-only";
import {
  type FieldErrors,
  type FieldIssue,
  type FieldIssues,
  fieldIssue,
  hasIssues,
  inEnglish,
  issuesOf,
  type Wording,
  wordResult,
} from "@/lib/schemas/errors";
import {
  CITED_COLUMNS,
  CITED_ENTITY,
  type CitedColumn,
  EDIT_SCHEMAS,
  type EditableEntity,
  REFERENCES,
  RELATION_LISTS,
  RecordRefSchema,
  UNARCHIVABLE,
} from "@/lib/schemas/record-edit";
import { CADENCE_MONTHS, type Cadence } from "@/lib/schemas/vocab";
import { type Delegate, delegate, type Lists, type Row, relationLists, toFields } from "@/lib/server/db/delegates";
import type { Db, Tx } from "@/lib/server/db/prisma";
import { indexEntity } from "@/lib/server/search";
import { type Actor, AUDIT_ACTIONS, type AuditAction, diffFields, writeAudit } from "@/lib/server/services/audit";
import { type FieldConflict, type MergeInput, mergedChange, readMergeInput } from "@/lib/server/services/merge-fields";
import { mergeRecordEdit } from "@/lib/server/services/merge-record";

export type EditResult<M = string> =
  | {
      ok: true;
      id: string;
      version: number;
      /** The record's editable fields as saved (after a merge, the other editor's values included). */
      values?: Record<string, unknown>;
      /** After a merge: the version the editor's form had loaded. */
      mergedFrom?: number;
    }
  | { ok: false; kind: "invalid"; fieldErrors: FieldErrors<M> }
  | { ok: false; kind: "not_found" }
  | {
      ok: false;
      kind: "conflict";
      /** The record as it is now, so the editor can see what changed and reapply. */
      current: Record<string, unknown> & { version: number };
      changedBy: { label: string; at: Date; note: string | null } | null;
      /** The fields both editors changed, theirs beside mine: saved only once the editor chooses. */
      conflicts: FieldConflict[];
      /** The fields only the other editor changed: kept as they saved them. */
      theirs: string[];
    };

export { type Delegate, delegate, type Row, relationLists, toFields };

/**
 * The columns a parsed form writes. Most fields are columns as they are; a
 * dialogue's cadence also sets its months, and a citation's record ("meetingId:…")
 * sets that one column and clears the others.
 */
export function toData(entity: EditableEntity, parsed: Record<string, unknown>): Record<string, unknown> {
  const data = { ...parsed };
  for (const list of Object.keys(RELATION_LISTS)) delete data[list];
  // No lineage, no relation to it.
  if (entity === "Agreement" && "previousId" in data && !data.previousId) data.relation = null;
  if (entity === "Dialogue" && typeof data.cadence === "string") {
    data.cadenceMonths = CADENCE_MONTHS[data.cadence as Cadence];
  }
  if (entity === "Citation") {
    const record = String(data.record ?? "");
    const [column, ...rest] = record.split(":");
    delete data.record;
    for (const c of CITED_COLUMNS) data[c] = c === column ? rest.join(":") : null;
    data.note = data.citationNote ?? null;
    delete data.citationNote;
  }
  return data;
}

/** The longest lineage walked when checking for a loop (real ones are a handful long). */
const MAX_LINEAGE = 200;

const KNOWN_RECORD = fieldIssue("unknownRecord", "must be a known record");
const ANOTHER_RECORD = fieldIssue("unknownRecord", "must be another record");

/**
 * An agreement's place in its lineage: it cannot continue itself or one of the
 * agreements that continue it (pages walk the lineage), and says how it continues
 * the one it names.
 */
async function checkLineage(tx: Tx, id: string | null, fields: Record<string, unknown>): Promise<FieldIssues> {
  const previous = fields.previousId;
  if (typeof previous !== "string" || previous === "") return {};
  if (previous === id) return { previousId: [ANOTHER_RECORD] };
  const errors: FieldIssues = {};
  if (!fields.relation) errors.relation = [fieldIssue("required", "is required when it continues another agreement")];
  let cursor: string | null = previous;
  for (let step = 0; id && cursor && step < MAX_LINEAGE; step++) {
    if (cursor === id) return { ...errors, previousId: [fieldIssue("loop", "would make the lineage a loop")] };
    const row: { previousId: string | null } | null = await tx.agreement.findUnique({
      where: { id: cursor },
      select: { previousId: true },
    });
    cursor = row?.previousId ?? null;
  }
  return errors;
}

/**
 * Every record a form names must exist and not be archived; a wrong id is an error
 * beside its field rather than a foreign-key failure. A ministry cannot succeed itself.
 */
export async function checkReferences(
  tx: Tx,
  entity: EditableEntity,
  id: string | null,
  fields: Record<string, unknown>,
  /** The record as it was: a reference it already had is kept even if that record was archived since. */
  before?: Record<string, unknown>,
): Promise<FieldIssues> {
  const errors: FieldIssues = {};
  const kept = before ? toFields(entity, before) : {};
  const exists = async (kind: EditableEntity, ref: string) => {
    const row = await delegate(tx, kind).findUnique({ where: { id: ref } });
    return row !== null && !row.archivedAt;
  };
  for (const [field, kind] of Object.entries(REFERENCES)) {
    const ref = fields[field];
    if (typeof ref !== "string" || ref === "" || kept[field] === ref) continue;
    if (!(await exists(kind, ref))) errors[field] = [KNOWN_RECORD];
  }
  if (entity === "Ministry" && id && fields.predecessorId === id) errors.predecessorId = [ANOTHER_RECORD];
  if (entity === "Agreement") Object.assign(errors, await checkLineage(tx, id, fields));
  if (entity === "Citation" && typeof fields.record === "string" && kept.record !== fields.record) {
    const [column, ...rest] = fields.record.split(":");
    const kind = CITED_ENTITY[column as CitedColumn];
    if (!kind || !(await exists(kind, rest.join(":")))) errors.record = [KNOWN_RECORD];
  }
  return errors;
}

function listsOf(parsed: Record<string, unknown>): Lists {
  const lists: Lists = {};
  for (const key of Object.keys(RELATION_LISTS) as (keyof typeof RELATION_LISTS)[]) {
    const v = parsed[key];
    if (Array.isArray(v)) lists[key] = [...new Set(v.map(String))].sort();
  }
  return lists;
}

/** Every topic named must exist, every signatory be a body that is not archived (one already signed stays). */
async function checkLists(tx: Tx, lists: Lists, before: Lists): Promise<FieldIssues> {
  const errors: FieldIssues = {};
  if (lists.topicIds?.length) {
    const found = await tx.topic.count({ where: { id: { in: lists.topicIds } } });
    if (found !== lists.topicIds.length) errors.topicIds = [KNOWN_RECORD];
  }
  const added = (lists.signatoryIds ?? []).filter((id) => !before.signatoryIds?.includes(id));
  if (added.length) {
    const found = await tx.ministry.count({ where: { id: { in: added }, archivedAt: null } });
    if (found !== added.length) errors.signatoryIds = [KNOWN_RECORD];
  }
  return errors;
}

/** Writes an agreement's topics and signatories as the form lists them; returns the audit diff. */
async function syncLists(tx: Tx, agreementId: string, lists: Lists, before: Lists) {
  const changes: Record<string, [unknown, unknown]> = {};
  if (lists.topicIds && JSON.stringify(lists.topicIds) !== JSON.stringify(before.topicIds ?? [])) {
    await tx.agreementTopic.deleteMany({ where: { agreementId, topicId: { notIn: lists.topicIds } } });
    const add = lists.topicIds.filter((id) => !before.topicIds?.includes(id));
    if (add.length) await tx.agreementTopic.createMany({ data: add.map((topicId) => ({ agreementId, topicId })) });
    changes.topicIds = [before.topicIds ?? [], lists.topicIds];
  }
  if (lists.signatoryIds && JSON.stringify(lists.signatoryIds) !== JSON.stringify(before.signatoryIds ?? [])) {
    await tx.signatory.deleteMany({ where: { agreementId, ministryId: { notIn: lists.signatoryIds } } });
    const add = lists.signatoryIds.filter((id) => !before.signatoryIds?.includes(id));
    if (add.length) await tx.signatory.createMany({ data: add.map((ministryId) => ({ agreementId, ministryId })) });
    changes.signatoryIds = [before.signatoryIds ?? [], lists.signatoryIds];
  }
  return changes;
}

/**
 * For agreements: checks and writes the topic and signatory lists a form sent,
 * inside the caller's transaction. Returns field errors, or the audit diff.
 */
export async function applyLists(
  tx: Tx,
  entity: EditableEntity,
  id: string,
  parsed: Record<string, unknown>,
  isNew: boolean,
): Promise<{ errors: FieldIssues; changes: Record<string, [unknown, unknown]> }> {
  const lists = listsOf(parsed);
  if (entity !== "Agreement" || Object.keys(lists).length === 0) return { errors: {}, changes: {} };
  const before = isNew ? {} : await relationLists(tx, id);
  const errors = await checkLists(tx, lists, before);
  if (hasIssues(errors)) return { errors, changes: {} };
  return { errors, changes: await syncLists(tx, id, lists, before) };
}

/** Thrown inside a transaction to roll it back and answer with field errors. */
export class Refused extends Error {
  constructor(readonly fieldErrors: FieldIssues) {
    super("refused");
  }
}

async function lastChange(tx: Tx, entity: EditableEntity, id: string) {
  const last = await tx.auditEntry.findFirst({
    where: { entityType: entity, entityId: id },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    select: { actorLabel: true, at: true, note: true },
  });
  return last ? { label: last.actorLabel, at: last.at, note: last.note } : null;
}

async function conflictOf(tx: Tx, entity: EditableEntity, read: Row): Promise<EditResult<FieldIssue>> {
  // Read again: the row read before the refused update may predate the save that
  // moved the version on (on PostgreSQL, another transaction can commit between the
  // two; SQLite runs one write transaction at a time).
  const row = ((await delegate(tx, entity).findUnique({ where: { id: read.id } })) as Row | null) ?? read;
  return {
    ok: false,
    kind: "conflict",
    current: toFields(entity, row) as Row,
    changedBy: await lastChange(tx, entity, row.id),
    conflicts: [],
    theirs: [],
  };
}

/** Records are searchable (/search): their index entries, and those quoting them, follow every change. */
export async function afterChange(tx: Tx, entity: EditableEntity, id: string) {
  await indexEntity(tx, entity, id);
}

/**
 * Edits a record's fields: one transaction that checks the version the editor saw,
 * writes the fields, the audit entry (which fields from what to what, and the note)
 * and, for agreements, the search index. A stale save (the record moved on since
 * the form loaded it) is merged onto the record as it is now: what only the other
 * editor changed stays theirs; when both changed a field, nothing is written and the
 * answer lists those fields, theirs beside mine, for the editor to choose.
 */
export function updateRecord(db: Db, actor: Actor, input: unknown): Promise<EditResult>;
/** With `wording`, field errors come worded for the caller (a form asks for codes). */
export function updateRecord<M>(db: Db, actor: Actor, input: unknown, wording: Wording<M>): Promise<EditResult<M>>;
export async function updateRecord(
  db: Db,
  actor: Actor,
  input: unknown,
  wording: Wording<unknown> = inEnglish,
): Promise<EditResult<unknown>> {
  return wordResult(await editRecord(db, actor, input), wording);
}

/** Each save is tried this often when another lands between the merge and the write. */
const MAX_ATTEMPTS = 3;

type Submitted = { entity: EditableEntity; id: string; expectedVersion: number; note?: string | null };

async function editRecord(db: Db, actor: Actor, input: unknown): Promise<EditResult<FieldIssue>> {
  const ref = RecordRefSchema.safeParse(input);
  if (!ref.success) return { ok: false, kind: "invalid", fieldErrors: issuesOf(ref.error) };
  const fields = EDIT_SCHEMAS[ref.data.entity].safeParse(input);
  if (!fields.success) return { ok: false, kind: "invalid", fieldErrors: issuesOf(fields.error) };
  const merge = readMergeInput(input);
  if (!merge.ok) return { ok: false, kind: "invalid", fieldErrors: merge.errors };
  const submitted: Record<string, unknown> = fields.data;

  return withRefusals(() =>
    db.$transaction(async (tx): Promise<EditResult<FieldIssue>> => {
      for (let attempt = 1; ; attempt++) {
        const saved = await saveEdit(tx, actor, ref.data, submitted, merge.merge);
        if (saved !== "moved") return saved;
        if (attempt === MAX_ATTEMPTS) return conflictOf(tx, ref.data.entity, { id: ref.data.id } as Row);
      }
    }),
  );
}

/**
 * One try at a save: the record as it is now, the form merged onto it when it moved
 * on since the form loaded it (merge-record.ts), then the write, conditional on the
 * version just read; "moved" when another save landed in between.
 */
async function saveEdit(
  tx: Tx,
  actor: Actor,
  ref: Submitted,
  submitted: Record<string, unknown>,
  merge: MergeInput,
): Promise<EditResult<FieldIssue> | "moved"> {
  const { entity, id, expectedVersion, note } = ref;
  const records = delegate(tx, entity);
  const row = await records.findUnique({ where: { id } });
  if (!row || row.archivedAt) return { ok: false, kind: "not_found" };
  const merged = await mergeRecordEdit(tx, entity, row, expectedVersion, submitted, merge);
  if (!merged.ok) {
    const { current, conflicts, theirs } = merged;
    const changedBy = await lastChange(tx, entity, id);
    return { ok: false, kind: "conflict", current: { ...current, version: row.version }, changedBy, conflicts, theirs };
  }
  const { parsed, mergedFrom } = merged;
  const data = toData(entity, parsed);
  const refErrors = await checkReferences(tx, entity, id, parsed, row);
  if (hasIssues(refErrors)) return { ok: false, kind: "invalid", fieldErrors: refErrors };
  const moved = await records.updateMany({
    where: { id, version: row.version },
    data: { ...data, ...withoutEditedMarks(row, data) },
  });
  if (moved.count === 0) return "moved";
  const lists = await applyLists(tx, entity, id, parsed, false);
  if (hasIssues(lists.errors)) throw new Refused(lists.errors);
  await writeAudit(tx, {
    actor,
    action: AUDIT_ACTIONS.update,
    entityType: entity,
    entityId: id,
    changes: {
      ...diffFields(row, data),
      ...lists.changes,
      ...(mergedFrom === null ? {} : mergedChange(mergedFrom, row.version)),
    },
    note,
  });
  await afterChange(tx, entity, id);
  return { ok: true, id, version: row.version + 1, values: parsed, ...(mergedFrom === null ? {} : { mergedFrom }) };
}

/**
 * A Korean or Chinese text an editor changes is no longer the tracker's own
 * translation: its language mark goes (the editor vouches for it, and cites the
 * official form's source with a citation). Unchanged texts keep their marks.
 */
function withoutEditedMarks(row: Record<string, unknown>, data: Record<string, unknown>) {
  if (typeof row.translated !== "string" || row.translated === "") return {};
  const marks = row.translated.split(" ");
  const kept = marks.filter((field) => !(field in data) || data[field] === row[field]);
  return kept.length === marks.length ? {} : { translated: kept.join(" ") };
}

/** A Refused thrown inside the transaction rolled it back: answer with its field errors. */
export async function withRefusals<T>(
  work: () => Promise<T>,
): Promise<T | { ok: false; kind: "invalid"; fieldErrors: FieldIssues }> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Refused) return { ok: false, kind: "invalid", fieldErrors: error.fieldErrors };
    throw error;
  }
}

async function setArchived(db: Db, actor: Actor, input: unknown, archive: boolean): Promise<EditResult<FieldIssue>> {
  const ref = RecordRefSchema.safeParse(input);
  if (!ref.success) return { ok: false, kind: "invalid", fieldErrors: issuesOf(ref.error) };
  const { entity, id, expectedVersion, note } = ref.data;
  if (UNARCHIVABLE.has(entity))
    return { ok: false, kind: "invalid", fieldErrors: { entity: [fieldIssue("invalid", "cannot be archived")] } };
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
export function archiveRecord(db: Db, actor: Actor, input: unknown): Promise<EditResult>;
export function archiveRecord<M>(db: Db, actor: Actor, input: unknown, wording: Wording<M>): Promise<EditResult<M>>;
export async function archiveRecord(
  db: Db,
  actor: Actor,
  input: unknown,
  wording: Wording<unknown> = inEnglish,
): Promise<EditResult<unknown>> {
  return wordResult(await setArchived(db, actor, input, true), wording);
}

/** Restores an archived record (admins only, checked by the action). */
export function restoreRecord(db: Db, actor: Actor, input: unknown): Promise<EditResult>;
export function restoreRecord<M>(db: Db, actor: Actor, input: unknown, wording: Wording<M>): Promise<EditResult<M>>;
export async function restoreRecord(
  db: Db,
  actor: Actor,
  input: unknown,
  wording: Wording<unknown> = inEnglish,
): Promise<EditResult<unknown>> {
  return wordResult(await setArchived(db, actor, input, false), wording);
}
