import "server-only";
import type { EditableEntity } from "@/lib/schemas/record-edit";
import type { Locale } from "@/lib/schemas/vocab";
import { db } from "@/lib/server/db/client";
import { getRecordHistory } from "./audit-page";
import { fieldSpecs } from "./field-specs";
import { getEditableRecord } from "./record-edit";

/** What a record's staff edit page shows: the record, its history and its form's fields; null when there is no such record. */
export async function getEditRecordPage(entity: EditableEntity, id: string, locale: Locale) {
  const record = await getEditableRecord(db, entity, id);
  if (!record) return null;
  const history = await getRecordHistory([{ entityType: entity, entityId: id }], locale);
  const fields = await fieldSpecs(db, entity, locale, "edit", record.values);
  return { record, history, fields };
}

/** The fields of a new record's form, opening with `initial` (the record a link says it belongs to). */
export function getNewRecordFields(entity: EditableEntity, locale: Locale, initial: Record<string, string>) {
  return fieldSpecs(db, entity, locale, "create", initial);
}
