"use server";
import "server-only";

import { redirect } from "next/navigation";
import { asCodes, type ErrorCode } from "@/lib/schemas/errors";
import { EDIT_SCHEMAS, type EditableEntity, EditableEntitySchema, RELATION_LISTS } from "@/lib/schemas/record-edit";
import { LOCALES, type Locale } from "@/lib/schemas/vocab";
import { requireRole } from "@/lib/server/auth";
import { revalidatePublicPages } from "@/lib/server/cache/revalidate";
import { db } from "@/lib/server/db/client";
import { namesOfValues, publicHref } from "@/lib/server/queries/record-edit";
import { createRecord } from "@/lib/server/services/create-record";
import { archiveRecord, type EditResult, restoreRecord, updateRecord } from "@/lib/server/services/edit-record";
import { type FormState, formString, typedValues } from "../../form-state";
import { changedByOf, conflicted, conflictFields, notSaved, refused, saved } from "./refuse";

/** The language the form was filled in (its hidden "locale" field), for the names it shows. */
const formLocale = (formData: FormData): Locale => LOCALES.find((l) => l === formData.get("locale")) ?? "en";

/** Values as form strings, for the fields of this kind of record only. */
function formStrings(entity: EditableEntity | null, values: Record<string, unknown>): Record<string, string> {
  const fields = entity ? Object.keys(EDIT_SCHEMAS[entity].shape) : Object.keys(values);
  const out: Record<string, string> = {};
  for (const f of fields) if (f in values) out[f] = formString(values[f]);
  return out;
}

const entityOf = (formData: FormData) => EditableEntitySchema.safeParse(formData.get("entity")).data ?? null;

async function toState(result: EditResult<ErrorCode>, formData: FormData): Promise<FormState> {
  const entity = entityOf(formData);
  if (result.ok) return saved(result, result.values ? formStrings(entity, result.values) : undefined);
  const values = typedValues(formData);
  if (result.kind !== "conflict") return notSaved(result, values);
  const base = formStrings(entity, result.current);
  const fields = conflictFields(result.conflicts);
  const ids = (field: string, value: string) => (field in RELATION_LISTS ? value.split(",").filter(Boolean) : value);
  const named = [...Object.entries(base), ...fields.map((c) => [c.field, c.mine] as const)].map(
    ([f, v]) => [f, ids(f, v)] as const,
  );
  return conflicted(values, result.theirs, base, {
    version: result.current.version,
    current: base,
    names: await namesOfValues(db, named, formLocale(formData)),
    changedBy: changedByOf(result.changedBy),
    base,
    fields,
  });
}

/** The submitted text fields; the service's zod schema decides which it takes. */
function input(formData: FormData): Record<string, string> {
  return typedValues(formData, []);
}

/** An editor saves a record's fields (agreement, plan, item, event), based on the version they saw. */
export async function updateRecordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const gate = await requireRole("editor");
  if (!gate.ok) return refused(gate, formData);
  return toState(
    await updateRecord(db, { userId: gate.user.id, label: gate.user.name }, input(formData), asCodes),
    formData,
  );
}

/** An editor archives a record: it leaves the public lists, its row and history stay. */
export async function archiveRecordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const gate = await requireRole("editor");
  if (!gate.ok) return refused(gate, formData);
  return toState(
    await archiveRecord(db, { userId: gate.user.id, label: gate.user.name }, input(formData), asCodes),
    formData,
  );
}

/** An admin restores an archived record. */
export async function restoreRecordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const gate = await requireRole("admin");
  if (!gate.ok) return refused(gate, formData);
  return toState(
    await restoreRecord(db, { userId: gate.user.id, label: gate.user.name }, input(formData), asCodes),
    formData,
  );
}

/**
 * An editor creates a record of any kind; then the browser goes to its public page
 * (or its edit page when it has none), in the language the form was filled in.
 */
export async function createRecordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const gate = await requireRole("editor");
  if (!gate.ok) return refused(gate, formData);
  const result = await createRecord(db, { userId: gate.user.id, label: gate.user.name }, input(formData), asCodes);
  if (!result.ok) {
    return {
      status: "error",
      kind: "invalid",
      fieldErrors: result.fieldErrors,
      values: typedValues(formData),
    };
  }
  revalidatePublicPages();
  const entity = EditableEntitySchema.parse(formData.get("entity"));
  const locale = formLocale(formData);
  const href = (await publicHref(db, entity, result.id)) ?? `/edit/${entity}/${result.id}`;
  redirect(`${locale === "en" ? "" : `/${locale}`}${href}`);
}
