import { z } from "zod";
import { PartialDateSchema } from "@/lib/dates";
import { coded } from "./errors";
import {
  AgreementKindSchema,
  AgreementStatusSchema,
  BodyKindSchema,
  CadenceSchema,
  CitationStanceSchema,
  DialogueFormatSchema,
  DialogueLevelSchema,
  EventKindSchema,
  EventStatusSchema,
  LineageRelationSchema,
  LOCALES,
  MeetingStatusSchema,
  SideSchema,
  SourceKindSchema,
  TrustLevelSchema,
  textInput,
  WebAddressSchema,
} from "./vocab";

/**
 * What staff may edit on each kind of record, as forms, actions and the API submit
 * it. Text accepts any script (Korean, Chinese…) and is stored as typed; pages escape
 * it when they show it. Optional text left empty clears the field.
 */
/** Text as typed, in any script; only NUL is refused (PostgreSQL cannot store it). */
const text = textInput;
const title = text().trim().min(1, "is required").max(300, "is too long");
const requiredText = (max: number) => text().trim().min(1, "is required").max(max, "is too long");
const optionalText = (max: number) =>
  text()
    .trim()
    .max(max, "is too long")
    .transform((v) => (v === "" ? null : v))
    .nullable()
    .optional();
const optionalDate = z
  .union([z.literal("").transform(() => null), PartialDateSchema])
  .nullable()
  .optional();
/** A checkbox: present ("on") is true, absent is false. */
const flag = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());
/** Another record, chosen from a list: its id (the service checks that it exists). */
const requiredId = text().trim().min(1, "is required").max(64, "is too long");
const optionalId = z
  .union([z.literal("").transform(() => null), text().trim().max(64, "is too long")])
  .nullable()
  .optional();
/**
 * A whole number from 1 to 10000 (an item's or meeting's number), each refusal coded
 * "positive": zod's own int/min/max checks would read as a 0–100 range. Checked as
 * zod's checks are: a fraction stops there, the bounds are each reported.
 */
const positiveNumber = z.coerce.number({ error: "must be a number" }).superRefine((n, ctx) => {
  const refuse = (message: string, stop = false) =>
    ctx.addIssue({ code: "custom", ...coded("positive", message), input: n, continue: !stop });
  if (!Number.isInteger(n)) return refuse("must be a whole number of 1 or more", true);
  if (!Number.isSafeInteger(n)) refuse("must be a whole number of 1 or more");
  if (n < 1) refuse("must be a whole number of 1 or more");
  if (n > 10_000) refuse("must be a whole number of 1 or more, at most 10000");
});
const optionalNumber = z
  .union([z.literal("").transform(() => null), positiveNumber])
  .nullable()
  .optional();
const optionalUrl = z
  .union([z.literal("").transform(() => null), WebAddressSchema])
  .nullable()
  .optional();

/**
 * Several records chosen in a multiple select, sent as repeated fields and read as
 * one comma-separated list. Absent leaves the relation as it is; empty clears it.
 */
const idList = z
  .preprocess(
    (v) =>
      typeof v === "string"
        ? v
            .split(",")
            .map((s) => s.trim())
            .filter(Boolean)
        : v,
    z.array(text().max(64, "is too long")).max(100, "is too long"),
  )
  .optional();

/** The fields that are lists of related records rather than columns. */
export const RELATION_LISTS = { topicIds: "Topic", signatoryIds: "Ministry" } as const;

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
  /** The topics it covers; its sectors are those of its topics. */
  topicIds: idList,
  /** The bodies that signed it. */
  signatoryIds: idList,
  /** The agreement it continues (its lineage), and how. */
  previousId: optionalId,
  relation: z
    .union([z.literal("").transform(() => null), LineageRelationSchema])
    .nullable()
    .optional(),
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
  sectorId: requiredId,
  implementingBodyId: optionalId,
  agreementId: optionalId,
});

export const PlanItemEditSchema = z.object({
  titleEn: title,
  titleKo: optionalText(300),
  titleZh: optionalText(300),
  dueOn: optionalDate,
  responsibleBodyId: optionalId,
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
  sectorId: optionalId,
  agreementId: optionalId,
});

export const MinistryEditSchema = z.object({
  side: SideSchema,
  kind: BodyKindSchema,
  nameEn: title,
  nameKo: optionalText(300),
  nameZh: optionalText(300),
  abbreviation: optionalText(40),
  establishedOn: optionalDate,
  establishedInferred: flag,
  establishedReasoning: optionalText(1000),
  endedOn: optionalDate,
  predecessorId: optionalId,
  summaryEn: optionalText(4000),
  summaryKo: optionalText(4000),
  summaryZh: optionalText(4000),
});

export const DialogueEditSchema = z.object({
  nameEn: title,
  nameKo: optionalText(300),
  nameZh: optionalText(300),
  abbreviation: optionalText(40),
  format: DialogueFormatSchema,
  level: DialogueLevelSchema,
  cadence: CadenceSchema,
  sectorId: requiredId,
  agreementId: optionalId,
  summaryEn: optionalText(4000),
  summaryKo: optionalText(4000),
  summaryZh: optionalText(4000),
});

export const MeetingEditSchema = z.object({
  dialogueId: requiredId,
  number: optionalNumber,
  status: MeetingStatusSchema,
  heldOn: optionalDate,
  heldInferred: flag,
  heldReasoning: optionalText(1000),
  placeEn: optionalText(200),
  placeKo: optionalText(200),
  placeZh: optionalText(200),
  agendaEn: optionalText(4000),
  agendaKo: optionalText(4000),
  agendaZh: optionalText(4000),
  outcomesEn: optionalText(4000),
  outcomesKo: optionalText(4000),
  outcomesZh: optionalText(4000),
});

export const PersonEditSchema = z.object({
  nameEn: title,
  nameKo: optionalText(300),
  nameZh: optionalText(300),
});

export const SourceEditSchema = z.object({
  title: requiredText(500),
  fileName: z
    .string()
    .trim()
    .min(1, "is required")
    .max(200, "is too long")
    .regex(/^[\w.-]+$/, "must be a file name of letters, digits, dots, hyphens and underscores"),
  publisher: optionalText(300),
  kind: SourceKindSchema,
  trust: TrustLevelSchema,
  trustNote: requiredText(4000),
  language: z.enum(LOCALES),
  publishedOn: optionalDate,
  publishedNote: optionalText(2000),
  url: optionalUrl,
});

/**
 * A citation names the record it backs as "<column>:<id>" (agreementId:…,
 * meetingId:…), one select in the form; the service turns it into that column.
 */
export const CITED_COLUMNS = [
  "agreementId",
  "ministryId",
  "dialogueId",
  "meetingId",
  "planId",
  "planItemId",
  "eventId",
  "personId",
] as const;
export type CitedColumn = (typeof CITED_COLUMNS)[number];

export const CitationEditSchema = z.object({
  sourceId: text().trim().min(1, "is required").max(80, "is too long"),
  record: text()
    .trim()
    .min(1, "is required")
    .max(120, "is too long")
    .refine(
      (v) => CITED_COLUMNS.some((c) => v.startsWith(`${c}:`) && v.length > c.length + 1),
      coded("unknownRecord", "must be a known record"),
    ),
  quote: requiredText(4000),
  field: optionalText(60),
  stance: CitationStanceSchema,
  claim: optionalText(1000),
  /** The citation's own note (why a competing claim was not chosen); stored as `note`. */
  citationNote: optionalText(2000),
});

export const SectorEditSchema = z.object({
  nameEn: title,
  nameKo: optionalText(300),
  nameZh: optionalText(300),
});

export const TopicEditSchema = z.object({
  nameEn: title,
  nameKo: optionalText(300),
  nameZh: optionalText(300),
  sectorId: requiredId,
});

/** The editable kinds of record and their schemas. */
export const EDIT_SCHEMAS = {
  Agreement: AgreementEditSchema,
  ActionPlan: ActionPlanEditSchema,
  PlanItem: PlanItemEditSchema,
  Event: EventEditSchema,
  Ministry: MinistryEditSchema,
  Dialogue: DialogueEditSchema,
  Meeting: MeetingEditSchema,
  Person: PersonEditSchema,
  Source: SourceEditSchema,
  Citation: CitationEditSchema,
  Sector: SectorEditSchema,
  Topic: TopicEditSchema,
} as const;

/** Vocabulary records that others are filed under: renamed and translated, never archived. */
export const UNARCHIVABLE: ReadonlySet<EditableEntity> = new Set(["Sector", "Topic"]);

export type EditableEntity = keyof typeof EDIT_SCHEMAS;
export const EDITABLE_ENTITIES = Object.keys(EDIT_SCHEMAS) as [EditableEntity, ...EditableEntity[]];

/** The kind of record each of a citation's columns names. */
export const CITED_ENTITY = {
  agreementId: "Agreement",
  ministryId: "Ministry",
  dialogueId: "Dialogue",
  meetingId: "Meeting",
  planId: "ActionPlan",
  planItemId: "PlanItem",
  eventId: "Event",
  personId: "Person",
} as const satisfies Record<CitedColumn, EditableEntity>;
export const EditableEntitySchema = z.enum(EDITABLE_ENTITIES);

/**
 * What a new record needs beyond its editable fields: the record it belongs to,
 * which an edit does not move (a plan item stays in its plan).
 */
export const CREATE_SCHEMAS = {
  ...EDIT_SCHEMAS,
  PlanItem: PlanItemEditSchema.extend({ planId: requiredId, number: optionalNumber }),
} as const satisfies Record<EditableEntity, z.ZodObject>;

/**
 * The fields that name another record, and which kind of record: the service
 * checks each exists (and is not archived) before writing, and the form offers a list.
 */
export const REFERENCES: Record<string, EditableEntity> = {
  sectorId: "Sector",
  agreementId: "Agreement",
  implementingBodyId: "Ministry",
  responsibleBodyId: "Ministry",
  predecessorId: "Ministry",
  previousId: "Agreement",
  dialogueId: "Dialogue",
  planId: "ActionPlan",
  sourceId: "Source",
};

/** Every save names the record and the version the editor saw; `note` is for the history. */
export const RecordRefSchema = z.object({
  entity: EditableEntitySchema,
  id: text().min(1, "is required").max(64, "is too long"),
  expectedVersion: z.coerce.number({ error: "must be a number" }).int().min(1, "must be 1 or more"),
  note: optionalText(2000),
});
