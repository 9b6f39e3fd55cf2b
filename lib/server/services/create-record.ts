import "server-only";
import { randomBytes } from "node:crypto";
import { z } from "zod";
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
import { CREATE_SCHEMAS, type EditableEntity, EditableEntitySchema } from "@/lib/schemas/record-edit";
import { textInput } from "@/lib/schemas/vocab";
import type { Db, Tx } from "@/lib/server/db/prisma";
import { type Actor, AUDIT_ACTIONS, writeAudit } from "@/lib/server/services/audit";
import { afterChange, applyLists, checkReferences, delegate, Refused, toData, withRefusals } from "./edit-record";

export type CreateResult<M = string> =
  | { ok: true; id: string; slug: string | null }
  | { ok: false; kind: "invalid"; fieldErrors: FieldErrors<M> };

const CreateRefSchema = z.object({
  entity: EditableEntitySchema,
  note: textInput()
    .trim()
    .max(2000, "is too long")
    .transform((v) => (v === "" ? null : v))
    .nullable()
    .optional(),
});

/**
 * A URL slug from English text: lower-case ASCII words joined by hyphens, at most 80
 * characters. Text with no Latin letters or digits (a name typed in Korean only)
 * gives "" and the caller falls back.
 */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/g, "");
}

/** `base`, or `base-2`, `base-3`… whichever no record of the kind has yet. */
async function uniqueKey(taken: (key: string) => Promise<boolean>, base: string): Promise<string> {
  if (!(await taken(base))) return base;
  for (let n = 2; n < 1000; n++) {
    const key = `${base}-${n}`;
    if (!(await taken(key))) return key;
  }
  return `${base}-${randomBytes(4).toString("hex")}`;
}

const FALLBACK_SLUG: Record<string, string> = {
  Agreement: "agreement",
  ActionPlan: "plan",
  PlanItem: "item",
  Event: "event",
  Ministry: "body",
  Dialogue: "dialogue",
  Meeting: "meeting",
  Person: "person",
  Sector: "sector",
  Topic: "topic",
};

/** The slug a new record gets from its English title or name (or its parent's slug and number). */
async function slugFor(tx: Tx, entity: string, data: Record<string, unknown>): Promise<string> {
  let base = "";
  if (entity === "PlanItem") {
    const plan = await tx.actionPlan.findUniqueOrThrow({ where: { id: String(data.planId) }, select: { slug: true } });
    base = `${plan.slug}-${String(data.number)}`;
  } else if (entity === "Meeting") {
    const dialogue = await tx.dialogue.findUniqueOrThrow({
      where: { id: String(data.dialogueId) },
      select: { slug: true },
    });
    base = `${dialogue.slug}-${String(data.number ?? (data.heldOn as string | null)?.slice(0, 4) ?? "meeting")}`;
  } else {
    base = slugify(String(data.titleEn ?? data.nameEn ?? ""));
  }
  if (base.length < 2) base = `${FALLBACK_SLUG[entity] ?? "record"}-${randomBytes(3).toString("hex")}`;
  const records = delegate(tx, entity as "Agreement");
  return uniqueKey(async (slug) => (await records.findUnique({ where: { slug } })) !== null, base.slice(0, 110));
}

/**
 * Creates a record of any editable kind: the same zod schema as its edit form, the
 * records it names checked, a unique slug from its English title or name (or a
 * source's id from its file name), the audit entry ("create", every field from
 * nothing to its value) and, for agreements, the search index, all in one transaction.
 */
export function createRecord(db: Db, actor: Actor, input: unknown): Promise<CreateResult>;
/** With `wording`, field errors come worded for the caller (a form asks for codes). */
export function createRecord<M>(db: Db, actor: Actor, input: unknown, wording: Wording<M>): Promise<CreateResult<M>>;
export async function createRecord(
  db: Db,
  actor: Actor,
  input: unknown,
  wording: Wording<unknown> = inEnglish,
): Promise<CreateResult<unknown>> {
  return wordResult(await insertRecord(db, actor, input), wording);
}

async function insertRecord(db: Db, actor: Actor, input: unknown): Promise<CreateResult<FieldIssue>> {
  const ref = CreateRefSchema.safeParse(input);
  if (!ref.success) return { ok: false, kind: "invalid", fieldErrors: issuesOf(ref.error) };
  const { entity, note } = ref.data;
  const fields = CREATE_SCHEMAS[entity].safeParse(input);
  if (!fields.success) return { ok: false, kind: "invalid", fieldErrors: issuesOf(fields.error) };
  const parsed: Record<string, unknown> = fields.data;
  const data = toData(entity, parsed);

  return withRefusals(() =>
    db.$transaction(async (tx): Promise<CreateResult<FieldIssue>> => {
      const refErrors = await checkReferences(tx, entity, null, parsed);
      if (hasIssues(refErrors)) return { ok: false, kind: "invalid", fieldErrors: refErrors } as const;
      const taken = await placeRecord(tx, entity, data);
      if (taken) return { ok: false, kind: "invalid", fieldErrors: taken } as const;

      const created = await delegate(tx, entity).create({ data });
      const lists = await applyLists(tx, entity, created.id, parsed, true);
      if (hasIssues(lists.errors)) throw new Refused(lists.errors);
      const changes: Record<string, [unknown, unknown]> = { ...lists.changes };
      for (const [k, v] of Object.entries(data))
        if (v !== null && v !== undefined && v !== false) changes[k] = [null, v];
      await writeAudit(tx, {
        actor,
        action: AUDIT_ACTIONS.create,
        entityType: entity,
        entityId: created.id,
        changes,
        note,
      });
      await afterChange(tx, entity, created.id);
      return { ok: true, id: created.id, slug: typeof created.slug === "string" ? created.slug : null } as const;
    }),
  );
}

/**
 * Where a new record goes: a plan item's number (the next one, unless given and
 * free), a source's id from its file name (which must be free), any other record's
 * slug. Sets them in `data`; returns the field errors when the place is taken.
 */
async function placeRecord(tx: Tx, entity: EditableEntity, data: Record<string, unknown>): Promise<FieldIssues | null> {
  if (entity === "PlanItem") {
    const planId = String(data.planId);
    if (data.number === null || data.number === undefined) {
      const last = await tx.planItem.aggregate({ where: { planId }, _max: { number: true } });
      data.number = (last._max.number ?? 0) + 1;
    } else if (await tx.planItem.findFirst({ where: { planId, number: Number(data.number) } })) {
      return { number: [fieldIssue("taken", "is already used in this plan")] };
    }
  }
  if (entity === "Source") {
    if (await tx.source.findUnique({ where: { fileName: String(data.fileName) } }))
      return { fileName: [fieldIssue("taken", "is already used by another source")] };
    const base = String(data.fileName)
      .replace(/\.[^.]*$/, "")
      .replace(/[^A-Za-z0-9_-]+/g, "-")
      .slice(0, 70);
    data.id = await uniqueKey(
      async (id) => (await tx.source.findUnique({ where: { id } })) !== null,
      base.length > 0 ? base : `source-${randomBytes(3).toString("hex")}`,
    );
  } else if (entity !== "Citation") {
    data.slug = await slugFor(tx, entity, data);
  }
  return null;
}
