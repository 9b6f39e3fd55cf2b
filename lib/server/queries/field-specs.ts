import "server-only";
import type { FieldSpec } from "@/components/editing/record-fields";
import { type Vocabulary, vocabularyOf } from "@/lib/i18n/field-vocabularies";
import { getTranslations } from "@/lib/i18n/translations";
import {
  CITED_ENTITY,
  type CitedColumn,
  CREATE_SCHEMAS,
  EDIT_SCHEMAS,
  type EditableEntity,
  REFERENCES,
} from "@/lib/schemas/record-edit";
import type { Locale } from "@/lib/schemas/vocab";
import type { Db } from "@/lib/server/db/prisma";
import { bodyGroups, choiceLabels, citableKinds, isLookedUp, LOOKED_UP, listChoices, topicGroups } from "./record-edit";

const LANG: Record<string, string> = { En: "en", Ko: "ko", Zh: "zh-Hans" };
const REQUIRED_IDS = new Set(["sectorId", "dialogueId", "planId", "sourceId", "record"]);
/** Vocabularies a record may leave unset (an agreement continuing none has no relation). */
const OPTIONAL_CHOICES = new Set(["relation"]);

/**
 * How each field of a record's form is entered: the zod schema names the fields,
 * this picks the control, translates the choices of a vocabulary and lists the
 * records a relation may name.
 */
export async function fieldSpecs(
  db: Db,
  entity: EditableEntity,
  locale: Locale,
  mode: "edit" | "create",
  /** The values the form opens with, for the labels of the records it already names. */
  values: Record<string, string> = {},
): Promise<FieldSpec[]> {
  const t = await getTranslations();
  const schema = mode === "create" ? CREATE_SCHEMAS[entity] : EDIT_SCHEMAS[entity];
  const vocab = ([words, ns]: Vocabulary) => words.map((v) => ({ value: v, label: t(`${ns}.${v}` as "side.KR") }));

  const specs: FieldSpec[] = [];
  for (const name of Object.keys(schema.shape)) {
    const lang = /(En|Ko|Zh)$/.test(name) ? LANG[name.slice(-2)] : undefined;
    const vocabulary = vocabularyOf(entity, name);
    const reference = REFERENCES[name];
    if (vocabulary) {
      specs.push({ name, type: "select", options: vocab(vocabulary), required: !OPTIONAL_CHOICES.has(name) });
    } else if (reference && isLookedUp(reference)) {
      // Kinds with thousands of records are looked up as the editor types, not listed.
      specs.push({
        name,
        type: "lookup",
        lookup: {
          kind: LOOKED_UP[reference],
          labels: await choiceLabels(db, reference, [values[name] ?? ""], locale),
        },
        required: REQUIRED_IDS.has(name),
      });
    } else if (reference) {
      specs.push({
        name,
        type: "select",
        options: await listChoices(db, reference, locale),
        required: REQUIRED_IDS.has(name),
      });
    } else if (name === "topicIds") {
      specs.push({ name, type: "multi", groups: await topicGroups(db, locale) });
    } else if (name === "signatoryIds") {
      specs.push({
        name,
        type: "multi",
        groups: await bodyGroups(db, locale, (side) => t(`side.${side}` as "side.KR")),
      });
    } else if (name === "record") {
      // "<column>:<id>": the kind of record, then the record, looked up or chosen.
      const [column, id = ""] = (values.record ?? "").split(":", 2);
      const entity = CITED_ENTITY[column as CitedColumn] as EditableEntity | undefined;
      specs.push({
        name,
        type: "cited",
        cited: {
          kinds: await citableKinds(db, locale, (k) => t(`editForm.entity.${k}`)),
          labels: entity && isLookedUp(entity) ? await choiceLabels(db, entity, [id], locale) : {},
        },
        required: true,
      });
    } else if (name.endsWith("Inferred")) specs.push({ name, type: "checkbox" });
    else if (name.endsWith("On")) specs.push({ name, type: "date" });
    else if (name === "number") specs.push({ name, type: "number" });
    else if (/^(summary|agenda|outcomes)|Reasoning$|Note$|^quote$|^claim$/.test(name))
      specs.push({ name, type: "textarea", lang });
    else specs.push({ name, type: "text", lang, required: name === "titleEn" || name === "nameEn" });
  }
  return specs;
}
