import "server-only";
import { z } from "zod";
import { type FieldIssues, fieldIssue } from "@/lib/schemas/errors";
import type { Tx } from "@/lib/server/db/prisma";

/**
 * The three-way merge of a stale save (docs/decisions/0011-three-way-merge.md): from
 * the values the editor loaded (base), the record now (theirs) and the submitted form
 * (mine), a field only the other editor changed keeps their value, a field only this
 * editor changed takes theirs, and a field both changed to different values is a
 * conflict the editor settles field by field. Values are compared as canonical
 * strings (JSON of what the field's schema reads), so "" and null, "5" and 5 agree.
 */

/** Who last changed a field and when, from the audit log. */
export type Changer = { label: string; at: Date };

/** A field both editors changed to different values. */
export type FieldConflict = {
  field: string;
  /** What the record holds now: the other editor's value. */
  theirs: unknown;
  /** What this editor submitted. */
  mine: unknown;
  changedBy: Changer | null;
};

export type MergePlan = {
  /** Fields only the other editor changed: the record keeps their value. */
  theirs: string[];
  /** Fields both changed, to different values. */
  conflicts: string[];
};

/** Canonical values by field; a field missing from `base` has no known base. */
export type Canon = Record<string, string | undefined>;

/**
 * The plan for each field. A field not submitted is left as it is; one without a
 * known base is a conflict whenever mine and theirs differ (nothing of theirs is
 * overwritten on a guess). `forced` fields are conflicts the editor was shown and
 * has not settled yet: they stay conflicts until a choice is made.
 */
export function planMerge(
  fields: readonly string[],
  base: Canon | null,
  theirs: Canon,
  mine: Canon,
  forced: ReadonlySet<string> = new Set(),
): MergePlan {
  const plan: MergePlan = { theirs: [], conflicts: [] };
  for (const field of fields) {
    const m = mine[field];
    const t = theirs[field];
    const b = base?.[field];
    if (m === undefined || m === t) continue;
    if (forced.has(field) || b === undefined) plan.conflicts.push(field);
    else if (m === b) plan.theirs.push(field);
    else if (t !== b) plan.conflicts.push(field);
  }
  return plan;
}

/**
 * A set's three-way merge, element by element: what this editor added or removed
 * since the base applied to the set as it is now. Additions and removals of
 * different elements never conflict, and an element only the other editor added or
 * removed stays as they left it.
 */
export function mergeSet(base: readonly string[], theirs: readonly string[], mine: readonly string[]): string[] {
  const added = mine.filter((id) => !base.includes(id));
  const removed = new Set(base.filter((id) => !mine.includes(id)));
  return [...new Set([...theirs, ...added])].filter((id) => !removed.has(id)).sort();
}

/** What a form sends besides its fields for a merge: the loaded values and the editor's choices. */
export type MergeInput = {
  /** The values the form loaded, as the form's strings; null when the caller did not send them. */
  base: Record<string, string> | null;
  /** The conflicts the editor was shown, by field. */
  pending: string[];
  /** The editor's choice for each of them. */
  choices: Record<string, "theirs" | "mine">;
};

const MAX_BASE_CHARS = 400_000;
const BaseSchema = z.record(z.string().max(100), z.string().max(20_000));
const FieldListSchema = z.string().max(2_000);

/**
 * The merge fields of a form's input: `base` (JSON of the loaded values), `conflicts`
 * (the fields shown as conflicts, comma-separated) and `resolve.<field>` ("theirs" or
 * "mine"). A malformed base is refused by name rather than guessed at.
 */
export function readMergeInput(input: unknown): { ok: true; merge: MergeInput } | { ok: false; errors: FieldIssues } {
  const record = typeof input === "object" && input !== null ? (input as Record<string, unknown>) : {};
  let base: Record<string, string> | null = null;
  if (record.base !== undefined && record.base !== "") {
    const parsed =
      typeof record.base === "string" && record.base.length <= MAX_BASE_CHARS ? parseJson(record.base) : null;
    const checked = BaseSchema.safeParse(parsed);
    if (!checked.success) {
      return { ok: false, errors: { base: [fieldIssue("invalid", "must be the JSON of the values the form loaded")] } };
    }
    base = checked.data;
  }
  const list = FieldListSchema.safeParse(record.conflicts ?? "");
  if (!list.success) return { ok: false, errors: { conflicts: [fieldIssue("tooLong", "is too long")] } };
  const pending = list.data
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const choices: MergeInput["choices"] = {};
  for (const field of pending) {
    const choice = record[`resolve.${field}`];
    if (choice === "theirs" || choice === "mine") choices[field] = choice;
  }
  return { ok: true, merge: { base, pending, choices } };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** A value as JSON would carry it (a Date as its ISO string), to compare with the audit log's. */
const asJson = (value: unknown): string => JSON.stringify(value ?? null);

/** The actions that move a record's version on; a create starts it at 1. */
const NOT_A_STEP = ["create"];

/** How far back the audit log is walked: a stale form is rarely more than a few saves behind. */
const MAX_STEPS = 50;

/**
 * A record's columns as they were at `version`, rebuilt from the audit log: each save
 * since is undone from its entry's "before" values, newest first. Null when the log
 * cannot say for sure: fewer entries than versions (a write the log missed), or an
 * entry whose "after" is not what the record held then (entries out of order). The
 * caller then treats every field as having no known base.
 */
export async function columnsAtVersion(
  tx: Tx,
  entityType: string,
  id: string,
  version: number,
  now: Record<string, unknown> & { version: number },
): Promise<Record<string, unknown> | null> {
  const steps = now.version - version;
  if (steps === 0) return now;
  if (steps < 0 || steps > MAX_STEPS) return null;
  const entries = await tx.auditEntry.findMany({
    where: { entityType, entityId: id, action: { notIn: NOT_A_STEP } },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: steps,
    select: { changes: true },
  });
  if (entries.length < steps) return null;
  const running: Record<string, unknown> = JSON.parse(JSON.stringify(now));
  for (const entry of entries) {
    const changes = parseJson(entry.changes);
    if (typeof changes !== "object" || changes === null) return null;
    for (const [field, change] of Object.entries(changes)) {
      if (!Array.isArray(change) || change.length !== 2 || !(field in running)) continue;
      if (asJson(running[field]) !== asJson(change[1])) return null;
      running[field] = change[0];
    }
  }
  return running;
}

/**
 * Who last changed each of these fields (an entry whose before and after differ),
 * from the record's recent audit entries; a field the recent log does not show is left out.
 */
export async function lastChangers(
  tx: Tx,
  entityType: string,
  id: string,
  fields: readonly string[],
): Promise<Record<string, Changer>> {
  const found: Record<string, Changer> = {};
  if (fields.length === 0) return found;
  const entries = await tx.auditEntry.findMany({
    where: { entityType, entityId: id },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: MAX_STEPS,
    select: { changes: true, actorLabel: true, at: true },
  });
  for (const entry of entries) {
    const changes = parseJson(entry.changes);
    if (typeof changes !== "object" || changes === null) continue;
    for (const [field, change] of Object.entries(changes)) {
      if (!fields.includes(field) || field in found || !Array.isArray(change)) continue;
      if (asJson(change[0]) !== asJson(change[1])) found[field] = { label: entry.actorLabel, at: entry.at };
    }
  }
  return found;
}

/** The audit entry's record of a merge: the version the editor loaded → the version merged onto. */
export const mergedChange = (loaded: number, onto: number): Record<string, [number, number]> => ({
  merged: [loaded, onto],
});
