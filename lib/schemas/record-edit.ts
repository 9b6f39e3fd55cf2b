import { z } from "zod";
import { PartialDateSchema } from "@/lib/dates";
import { AgreementKindSchema, AgreementStatusSchema, EventKindSchema, EventStatusSchema } from "./vocab";

/**
 * What staff may edit on each kind of record, as forms, actions and the API submit
 * it. Text accepts any script (Korean, Chinese…) and is stored as typed; pages escape
 * it when they show it. Optional text left empty clears the field.
 */
const title = z.string().trim().min(1, "is required").max(300, "is too long");
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "is too long")
    .transform((v) => (v === "" ? null : v))
    .nullable()
    .optional();
const optionalDate = z
  .union([z.literal("").transform(() => null), PartialDateSchema])
  .nullable()
  .optional();

export const AgreementEditSchema = z.object({
  kind: AgreementKindSchema,
  status: AgreementStatusSchema,
  titleEn: title,
  titleKo: optionalText(300),
  titleZh: optionalText(300),
  summaryEn: optionalText(4000),
  summaryKo: optionalText(4000),
  summaryZh: optionalText(4000),
  signedOn: optionalDate,
  effectiveOn: optionalDate,
  expiresOn: optionalDate,
});

export const ActionPlanEditSchema = z.object({
  titleEn: title,
  titleKo: optionalText(300),
  titleZh: optionalText(300),
  summaryEn: optionalText(4000),
  summaryKo: optionalText(4000),
  summaryZh: optionalText(4000),
  startOn: optionalDate,
  endOn: optionalDate,
});

export const PlanItemEditSchema = z.object({
  titleEn: title,
  titleKo: optionalText(300),
  titleZh: optionalText(300),
  dueOn: optionalDate,
});

export const EventEditSchema = z.object({
  kind: EventKindSchema,
  status: EventStatusSchema,
  titleEn: title,
  titleKo: optionalText(300),
  titleZh: optionalText(300),
  summaryEn: optionalText(4000),
  summaryKo: optionalText(4000),
  summaryZh: optionalText(4000),
  startOn: optionalDate,
  endOn: optionalDate,
  placeEn: optionalText(200),
  placeKo: optionalText(200),
  placeZh: optionalText(200),
});

/** The editable kinds of record and their schemas (more join as their forms are built). */
export const EDIT_SCHEMAS = {
  Agreement: AgreementEditSchema,
  ActionPlan: ActionPlanEditSchema,
  PlanItem: PlanItemEditSchema,
  Event: EventEditSchema,
} as const;

export type EditableEntity = keyof typeof EDIT_SCHEMAS;
export const EditableEntitySchema = z.enum(Object.keys(EDIT_SCHEMAS) as [EditableEntity, ...EditableEntity[]]);

/** Every save names the record and the version the editor saw. */
export const RecordRefSchema = z.object({
  entity: EditableEntitySchema,
  id: z.string().min(1, "is required").max(64, "is too long"),
  expectedVersion: z.coerce.number({ error: "must be a number" }).int().min(1, "must be 1 or more"),
  note: optionalText(2000),
});
