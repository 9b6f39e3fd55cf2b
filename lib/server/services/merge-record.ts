import "server-only";
import type { z } from "zod";
import { CITED_COLUMNS, EDIT_SCHEMAS, type EditableEntity, RELATION_LISTS } from "@/lib/schemas/record-edit";
import { type Row, relationLists, toFields } from "@/lib/server/db/delegates";
import type { Tx } from "@/lib/server/db/prisma";
import {
  type Canon,
  columnsAtVersion,
  type FieldConflict,
  lastChangers,
  type MergeInput,
  mergeSet,
  planMerge,
} from "@/lib/server/services/merge-fields";

/** What a stale record save comes to: the fields to write, or the conflicts the editor must settle. */
export type RecordMerge =
  | { ok: true; parsed: Record<string, unknown>; mergedFrom: number | null }
  | {
      ok: false;
      /** The record now, in form fields (an agreement's lists included). */
      current: Record<string, unknown>;
      conflicts: FieldConflict[];
      /** Fields only the other editor changed: the form shows their value. */
      theirs: string[];
    };

const LIST_FIELDS: readonly string[] = Object.keys(RELATION_LISTS);

const editFields = (entity: EditableEntity): string[] => Object.keys(EDIT_SCHEMAS[entity].shape);

/** A column or field value as the edit form writes it (the loader's own rule). */
function formValue(v: unknown): unknown {
  if (Array.isArray(v)) return v;
  if (v === null || v === undefined || v === false) return "";
  if (v === true) return "on";
  return String(v);
}

/** A value as the field's schema reads it (kept as it is when the schema refuses it, as a legacy value). */
function read(entity: EditableEntity, field: string, value: unknown): unknown {
  const schema = (EDIT_SCHEMAS[entity].shape as unknown as Record<string, z.ZodType>)[field];
  const parsed = schema?.safeParse(formValue(value));
  return parsed?.success ? parsed.data : value;
}

function canon(value: unknown): string {
  if (Array.isArray(value)) return JSON.stringify([...new Set(value.map(String))].sort());
  return JSON.stringify(value ?? null);
}

function canonOf(values: Record<string, unknown>, fields: readonly string[]): Canon {
  const out: Canon = {};
  for (const f of fields) if (f in values && values[f] !== undefined) out[f] = canon(values[f]);
  return out;
}

/** The values the editor loaded, in form fields: from the form's own copy, else rebuilt from the audit log. */
async function baseOf(
  tx: Tx,
  entity: EditableEntity,
  row: Row,
  expectedVersion: number,
  lists: Record<string, unknown>,
  sent: Record<string, string> | null,
): Promise<Record<string, unknown> | null> {
  const fields = editFields(entity);
  const source: Record<string, unknown> | null = sent
    ? sent
    : await columnsAtVersion(tx, entity, row.id, expectedVersion, { ...row, ...lists }).then((columns) =>
        columns ? toFields(entity, columns) : null,
      );
  if (!source) return null;
  const base: Record<string, unknown> = {};
  for (const f of fields) if (f in source) base[f] = read(entity, f, listValue(f, source[f]));
  return base;
}

/** A list field as the schema reads it: the form's comma-separated text, or the log's array. */
const listValue = (field: string, value: unknown) =>
  LIST_FIELDS.includes(field) && Array.isArray(value) ? value.join(",") : value;

/** The audit log's column for a field (a citation's record spans several columns). */
function auditColumns(entity: EditableEntity, field: string): string[] {
  if (entity === "Citation" && field === "record") return [...CITED_COLUMNS];
  if (entity === "Citation" && field === "citationNote") return ["note"];
  return [field];
}

async function conflictsOf(
  tx: Tx,
  entity: EditableEntity,
  id: string,
  fields: readonly string[],
  theirs: Record<string, unknown>,
  mine: Record<string, unknown>,
): Promise<FieldConflict[]> {
  const columns = fields.flatMap((f) => auditColumns(entity, f));
  const changers = await lastChangers(tx, entity, id, columns);
  return fields.map((field) => ({
    field,
    theirs: theirs[field] ?? null,
    mine: mine[field] ?? null,
    changedBy:
      auditColumns(entity, field)
        .map((c) => changers[c])
        .find(Boolean) ?? null,
  }));
}

/**
 * Merges a save onto the record as it is now when the record moved on since the
 * form loaded it, or when the form carries conflicts the editor was shown. An
 * agreement's topics and signatories merge as sets (additions and removals since
 * the base), or as one field when the base is not known.
 */
export async function mergeRecordEdit(
  tx: Tx,
  entity: EditableEntity,
  row: Row,
  expectedVersion: number,
  submitted: Record<string, unknown>,
  merge: MergeInput,
): Promise<RecordMerge> {
  const stale = row.version !== expectedVersion;
  if (!stale && merge.pending.length === 0) return { ok: true, parsed: submitted, mergedFrom: null };
  const fields = editFields(entity);
  const lists: Record<string, unknown> = entity === "Agreement" ? await relationLists(tx, row.id) : {};
  const current: Record<string, unknown> = { ...toFields(entity, row), ...lists };
  // A version the record never had is no base to merge from.
  if (expectedVersion > row.version) return { ok: false, current, conflicts: [], theirs: [] };
  const theirs: Record<string, unknown> = {};
  for (const f of fields) if (f in current) theirs[f] = read(entity, f, listValue(f, current[f]));
  const base = await baseOf(tx, entity, row, expectedVersion, lists, merge.base);

  const parsed = { ...submitted };
  const forced = new Set<string>();
  for (const f of merge.pending.filter((p) => fields.includes(p))) {
    const choice = merge.choices[f];
    if (choice === "theirs") parsed[f] = base && f in base ? base[f] : theirs[f];
    else if (!choice) forced.add(f);
  }
  // Lists with a known base merge as sets; the rest field by field.
  const sets = LIST_FIELDS.filter((f) => Array.isArray(parsed[f]) && base && f in base && !forced.has(f));
  const plan = planMerge(
    fields.filter((f) => !sets.includes(f)),
    base ? canonOf(base, fields) : null,
    canonOf(theirs, fields),
    canonOf(parsed, fields),
    forced,
  );
  if (plan.conflicts.length > 0) {
    const conflicts = await conflictsOf(tx, entity, row.id, plan.conflicts, current, parsed);
    // A field the editor settled as theirs is shown as theirs again, not as typed.
    const settled = fields.filter((f) => merge.choices[f] === "theirs" && !plan.conflicts.includes(f));
    return { ok: false, current, conflicts, theirs: [...new Set([...plan.theirs, ...settled])] };
  }
  for (const f of plan.theirs) parsed[f] = current[f];
  for (const f of sets) parsed[f] = mergeSet(asIds(base?.[f]), asIds(current[f]), asIds(parsed[f]));
  return { ok: true, parsed, mergedFrom: stale ? expectedVersion : null };
}

const asIds = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
