import { z } from "zod";
import { PRECISIONS } from "@/lib/dates";
import {
  AGREEMENT_KINDS,
  AGREEMENT_STATUSES,
  ASSESSMENT_BASES,
  BODY_KINDS,
  CADENCES,
  CITATION_STANCES,
  DIALOGUE_FORMATS,
  DIALOGUE_LEVELS,
  EVENT_KINDS,
  EVENT_STATUSES,
  IMPLEMENTATION_STATUSES,
  MEETING_STATUSES,
  SIDES,
  SOURCE_KINDS,
  TRUST_LEVELS,
} from "./vocab";

/**
 * The JSON API's response shapes (/api/v1/…). Handlers parse their output through
 * these, so a response can never carry a field the OpenAPI document (generated from
 * the same schemas by lib/server/api/openapi.ts) does not describe. Vocabulary fields are
 * plain strings with the known values documented: the API must not fail on a value a
 * newer version of the data adds.
 */

export const apiRegistry = z.registry<{ id: string; description?: string }>();

const vocab = (values: readonly string[], what: string) =>
  z.string().meta({ description: `${what}: one of ${values.join(", ")}`, examples: [values[0]] });

/** A text in the three languages; a missing language is null. */
export const NamesSchema = z
  .object({ en: z.string(), ko: z.string().nullable(), zh: z.string().nullable() })
  .meta({ description: "A text in English, Korean and Chinese; null where no source gives it." });
apiRegistry.add(NamesSchema, { id: "Names" });

/** The same, where even the English text may be missing. */
export const OptionalNamesSchema = z.object({
  en: z.string().nullable(),
  ko: z.string().nullable(),
  zh: z.string().nullable(),
});
apiRegistry.add(OptionalNamesSchema, { id: "OptionalNames" });

export const DatedSchema = z
  .object({
    value: z.string().meta({ description: 'ISO date of its own precision: "2026", "2026-06" or "2026-01-05"' }),
    precision: z.enum(PRECISIONS),
    inferred: z.boolean().meta({ description: "True when no source states the date outright" }),
    reasoning: z.string().nullable(),
  })
  .meta({ description: "A date with its precision and whether it is inferred." });
apiRegistry.add(DatedSchema, { id: "Dated" });

const timestamps = {
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
};

export const MinistryRefSchema = z.object({
  id: z.string(),
  slug: z.string(),
  side: vocab(SIDES, "side"),
  name: NamesSchema,
  abbreviation: z.string().nullable(),
});
apiRegistry.add(MinistryRefSchema, { id: "MinistryRef" });

export const TitledRefSchema = z.object({ id: z.string(), slug: z.string(), title: NamesSchema });
apiRegistry.add(TitledRefSchema, { id: "TitledRef" });

export const NamedRefSchema = z.object({ id: z.string(), slug: z.string(), name: NamesSchema });
apiRegistry.add(NamedRefSchema, { id: "NamedRef" });

export const SourceRefSchema = z.object({ id: z.string(), title: z.string(), trust: vocab(TRUST_LEVELS, "trust") });
apiRegistry.add(SourceRefSchema, { id: "SourceRef" });

export const RECORD_TYPES = [
  "agreement",
  "ministry",
  "dialogue",
  "meeting",
  "plan",
  "item",
  "event",
  "person",
  "personRole",
  "statusUpdate",
] as const;

export const CitationSchema = z
  .object({
    id: z.string(),
    source: SourceRefSchema,
    quote: z.string().nullable().meta({ description: "A source document's words, verbatim; null for a web source" }),
    locator: z
      .string()
      .nullable()
      .meta({ description: "A web source: where in it the fact sits (section, paragraph, nearby words)" }),
    paraphrase: z
      .string()
      .nullable()
      .meta({ description: "A web source: what it says there, in the tracker's own words (never copied)" }),
    field: z.string().nullable().meta({ description: "The field the citation backs; null for the whole record" }),
    stance: vocab(CITATION_STANCES, "stance"),
    claim: z.string().nullable(),
    note: z.string().nullable(),
    record: z.object({ type: z.enum(RECORD_TYPES), id: z.string() }).nullable(),
    ...timestamps,
  })
  .meta({
    description:
      "Ties a record, or one of its fields, to a passage of a source: quoted verbatim from a source document, or located and paraphrased in a web source.",
  });
apiRegistry.add(CitationSchema, { id: "Citation" });

const citations = z.array(CitationSchema);

export const AgreementSchema = z.object({
  id: z.string(),
  slug: z.string(),
  kind: vocab(AGREEMENT_KINDS, "kind"),
  status: vocab(AGREEMENT_STATUSES, "status"),
  title: NamesSchema,
  summary: OptionalNamesSchema,
  signed: DatedSchema.nullable(),
  effective: DatedSchema.nullable(),
  expires: DatedSchema.nullable(),
  previous: TitledRefSchema.nullable(),
  relation: z.string().nullable(),
  signatories: z.array(MinistryRefSchema),
  topics: z.array(z.object({ slug: z.string(), sector: z.string(), name: NamesSchema })),
  ...timestamps,
});
apiRegistry.add(AgreementSchema, { id: "Agreement" });

export const AgreementDetailSchema = AgreementSchema.extend({
  lineage: z.array(TitledRefSchema).meta({ description: "The agreement's line, oldest first, itself included" }),
  plans: z.array(TitledRefSchema),
  dialogues: z.array(NamedRefSchema),
  events: z.array(TitledRefSchema),
  citations,
});
apiRegistry.add(AgreementDetailSchema, { id: "AgreementDetail" });

export const MinistrySchema = z.object({
  id: z.string(),
  slug: z.string(),
  side: vocab(SIDES, "side"),
  kind: vocab(BODY_KINDS, "kind"),
  name: NamesSchema,
  abbreviation: z.string().nullable(),
  summary: OptionalNamesSchema,
  established: DatedSchema.nullable(),
  endedOn: z.string().nullable(),
  predecessor: NamedRefSchema.nullable(),
  ...timestamps,
});
apiRegistry.add(MinistrySchema, { id: "Ministry" });

export const MinistryDetailSchema = MinistrySchema.extend({
  successors: z.array(NamedRefSchema),
  agreements: z.array(TitledRefSchema),
  dialogues: z.array(NamedRefSchema),
  citations,
});
apiRegistry.add(MinistryDetailSchema, { id: "MinistryDetail" });

export const MeetingSchema = z.object({
  id: z.string(),
  slug: z.string(),
  dialogue: NamedRefSchema,
  number: z.number().int().nullable(),
  status: vocab(MEETING_STATUSES, "status"),
  held: DatedSchema.nullable(),
  place: OptionalNamesSchema,
  agenda: OptionalNamesSchema,
  outcomes: OptionalNamesSchema,
  ...timestamps,
});
apiRegistry.add(MeetingSchema, { id: "Meeting" });

export const MeetingDetailSchema = MeetingSchema.extend({
  participants: z.array(z.object({ person: NamedRefSchema, role: z.string() })),
  reviewed: z.array(
    z.object({ agreement: TitledRefSchema.nullable(), plan: TitledRefSchema.nullable(), note: z.string().nullable() }),
  ),
  citations,
});
apiRegistry.add(MeetingDetailSchema, { id: "MeetingDetail" });

export const DialogueSchema = z.object({
  id: z.string(),
  slug: z.string(),
  name: NamesSchema,
  abbreviation: z.string().nullable(),
  format: vocab(DIALOGUE_FORMATS, "format"),
  level: vocab(DIALOGUE_LEVELS, "level"),
  cadence: vocab(CADENCES, "cadence"),
  cadenceMonths: z.number().int().nullable(),
  sector: z.string(),
  agreement: TitledRefSchema.nullable(),
  summary: OptionalNamesSchema,
  participants: z.array(MinistryRefSchema),
  ...timestamps,
});
apiRegistry.add(DialogueSchema, { id: "Dialogue" });

export const DialogueDetailSchema = DialogueSchema.extend({
  meetings: z.array(MeetingSchema),
  citations,
});
apiRegistry.add(DialogueDetailSchema, { id: "DialogueDetail" });

export const ItemSchema = z.object({
  id: z.string(),
  slug: z.string(),
  plan: TitledRefSchema,
  number: z.number().int(),
  title: NamesSchema,
  responsibleBody: MinistryRefSchema.nullable(),
  due: DatedSchema.nullable(),
  status: vocab(IMPLEMENTATION_STATUSES, "implementation status"),
  progress: z.number().int().nullable(),
  statusAssessedOn: z.string().nullable(),
  ...timestamps,
});
apiRegistry.add(ItemSchema, { id: "Item" });

export const StatusUpdateSchema = z.object({
  id: z.string(),
  item: z.object({ id: z.string(), slug: z.string(), number: z.number().int(), plan: z.string() }),
  status: vocab(IMPLEMENTATION_STATUSES, "implementation status"),
  progress: z.number().int().nullable(),
  assessedOn: z.string(),
  basis: vocab(ASSESSMENT_BASES, "basis"),
  note: OptionalNamesSchema,
  evidenceUrl: z.string().nullable(),
  evidenceSource: SourceRefSchema.nullable(),
  ...timestamps,
});
apiRegistry.add(StatusUpdateSchema, { id: "StatusUpdate" });

export const StatusUpdateDetailSchema = StatusUpdateSchema.extend({ citations });
apiRegistry.add(StatusUpdateDetailSchema, { id: "StatusUpdateDetail" });

export const ItemDetailSchema = ItemSchema.extend({
  statusUpdates: z.array(StatusUpdateSchema).meta({ description: "Newest first" }),
  citations,
});
apiRegistry.add(ItemDetailSchema, { id: "ItemDetail" });

export const PlanSchema = z.object({
  id: z.string(),
  slug: z.string(),
  title: NamesSchema,
  summary: OptionalNamesSchema,
  start: DatedSchema.nullable(),
  end: DatedSchema.nullable(),
  sector: z.string(),
  implementingBody: MinistryRefSchema.nullable(),
  agreement: TitledRefSchema.nullable(),
  parent: TitledRefSchema.nullable(),
  ...timestamps,
});
apiRegistry.add(PlanSchema, { id: "Plan" });

export const PlanDetailSchema = PlanSchema.extend({
  rounds: z.array(TitledRefSchema),
  items: z.array(ItemSchema),
  citations,
});
apiRegistry.add(PlanDetailSchema, { id: "PlanDetail" });

export const EventSchema = z.object({
  id: z.string(),
  slug: z.string(),
  kind: vocab(EVENT_KINDS, "kind"),
  status: vocab(EVENT_STATUSES, "status"),
  title: NamesSchema,
  summary: OptionalNamesSchema,
  start: DatedSchema.nullable(),
  endOn: z.string().nullable(),
  place: OptionalNamesSchema,
  timeZone: z.string().nullable(),
  sector: z.string().nullable(),
  agreement: TitledRefSchema.nullable(),
  participants: z.array(MinistryRefSchema),
  ...timestamps,
});
apiRegistry.add(EventSchema, { id: "Event" });

export const EventDetailSchema = EventSchema.extend({ citations });
apiRegistry.add(EventDetailSchema, { id: "EventDetail" });

export const SourceSchema = z.object({
  id: z.string(),
  fileName: z.string().nullable().meta({ description: "A source document's file name; null for a web source" }),
  title: z.string(),
  publisher: z.string().nullable(),
  kind: vocab(SOURCE_KINDS, "kind"),
  trust: vocab(TRUST_LEVELS, "trust"),
  trustNote: z.string(),
  language: z.string(),
  publishedOn: z.string().nullable(),
  publishedNote: z.string().nullable(),
  url: z.string().nullable(),
  foundOn: z.string().nullable().meta({ description: "A web source: the day the tracker found it" }),
  ...timestamps,
});
apiRegistry.add(SourceSchema, { id: "Source" });

export const SourceDetailSchema = SourceSchema.extend({ citations });
apiRegistry.add(SourceDetailSchema, { id: "SourceDetail" });

export const PageInfoSchema = z
  .object({
    limit: z.number().int(),
    total: z.number().int().meta({ description: "How many records match, over all pages" }),
    next: z.string().nullable().meta({ description: "Pass as `cursor` for the next page; null on the last page" }),
  })
  .meta({ description: "Cursor pagination: a stable order, with no duplicates or gaps between pages." });
apiRegistry.add(PageInfoSchema, { id: "PageInfo" });

export const ProblemSchema = z.object({ field: z.string(), message: z.string() });
apiRegistry.add(ProblemSchema, { id: "Problem" });

export const ErrorSchema = z
  .object({
    error: z.enum([
      "invalid_parameters",
      "not_found",
      "method_not_allowed",
      "invalid_body",
      "unauthenticated",
      "forbidden",
      "conflict",
      "unsupported_media_type",
      "payload_too_large",
    ]),
    message: z.string(),
    problems: z.array(ProblemSchema),
  })
  .meta({ description: "Every error: what went wrong, and for bad parameters each one by name." });
apiRegistry.add(ErrorSchema, { id: "Error" });

/** A plan item's current status and the version a save must name (GET /items/{slug}/status). */
export const ItemStatusSchema = z
  .object({
    item: z.string().meta({ description: "The item's slug" }),
    status: vocab(IMPLEMENTATION_STATUSES, "status"),
    progress: z.number().int().nullable(),
    statusAssessedOn: z.string().nullable(),
    version: z.number().int().meta({ description: "Send as `expectedVersion` when saving" }),
  })
  .meta({ description: "A plan item's current implementation status and its version." });
apiRegistry.add(ItemStatusSchema, { id: "ItemStatus" });
export const ItemStatusRecordSchema = z.object({ data: ItemStatusSchema });
apiRegistry.add(ItemStatusRecordSchema, { id: "ItemStatusRecord" });

/** The answer to an accepted save (201). */
export const StatusSavedSchema = z
  .object({
    data: z.object({
      statusUpdateId: z.string().meta({ description: "The new status update, at /status-updates/{id}" }),
      item: z.string(),
      version: z.number().int().meta({ description: "The item's version now: the next save's `expectedVersion`" }),
      status: vocab(IMPLEMENTATION_STATUSES, "status"),
      progress: z.number().int().nullable(),
      assessedOn: z.string().nullable(),
      mergedFrom: z
        .number()
        .int()
        .optional()
        .meta({ description: "Present when the save was merged onto changes made since this `expectedVersion`" }),
    }),
  })
  .meta({
    description:
      "The saved status update, what the item holds now (after a merge, the other save's fields included) and its new version.",
  });
apiRegistry.add(StatusSavedSchema, { id: "StatusSaved" });

/** The answer to a save based on an older version (409): what the item holds now, and who changed it. */
export const ConflictSchema = ErrorSchema.extend({
  current: ItemStatusSchema,
  changedBy: z.object({ label: z.string(), at: z.iso.datetime(), note: z.string().nullable() }).nullable(),
  conflicts: z.array(
    z.object({
      field: z.enum(["status", "progress", "assessedOn"]),
      theirs: z.union([z.string(), z.number()]).nullable().meta({ description: "What the item holds now" }),
      mine: z.union([z.string(), z.number()]).nullable().meta({ description: "What this save sent" }),
      changedBy: z.object({ label: z.string(), at: z.iso.datetime() }).nullable(),
    }),
  ),
}).meta({
  description:
    "The item changed since the version sent and both saves changed the fields in `conflicts` (a save that changed only other fields is merged and accepted). Choose a value for each, save again with the current version.",
});
apiRegistry.add(ConflictSchema, { id: "Conflict" });

/** `{ data: [...], page: {...} }` for one record schema. */
export function listSchema<T extends z.ZodType>(item: T, id: string) {
  const schema = z.object({ data: z.array(item), page: PageInfoSchema });
  apiRegistry.add(schema, { id });
  return schema;
}

/** `{ data: {...} }` for one record. */
export function recordSchema<T extends z.ZodType>(item: T, id: string) {
  const schema = z.object({ data: item });
  apiRegistry.add(schema, { id });
  return schema;
}

export type ApiError = z.infer<typeof ErrorSchema>;
export type Problem = z.infer<typeof ProblemSchema>;
