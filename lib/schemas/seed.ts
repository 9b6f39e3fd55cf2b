import { z } from "zod";
import { PartialDateSchema, PRECISIONS, precisionOf } from "../dates";
import {
  AgreementKindSchema,
  AgreementStatusSchema,
  AssessmentBasisSchema,
  BodyKindSchema,
  CadenceSchema,
  CitationStanceSchema,
  DialogueFormatSchema,
  DialogueLevelSchema,
  EventKindSchema,
  EventStatusSchema,
  ImplementationStatusSchema,
  LineageRelationSchema,
  MeetingStatusSchema,
  SideSchema,
  SlugSchema,
  SourceKindSchema,
  TrustLevelSchema,
  WebAddressSchema,
} from "./vocab";

/**
 * The seed dataset's records, as written by hand in prisma/seed/data/*.ts.
 *
 * - References between records are by slug (sources by file name).
 * - A date is `{ on, precision, inferred? }`: the precision is required and must
 *   match the form of `on`; `inferred.reasoning` says why, when no source states it.
 *   Fields whose table has no "inferred" column take a {@link SeedStatedDateSchema}
 *   (no `inferred`): where such a date still rests on reasoning, the citation's
 *   `note` says so.
 * - Every record carries `citations` (at least one): a verbatim quote, ≤ 300
 *   characters, from a named source file. `field` ties a citation to one field of
 *   the record (the field's name in these schemas, e.g. "signedOn"); `stance`
 *   "competing" keeps a claim that was not chosen, with `claim` (the value as that
 *   source gives it) and `note` (why it was not chosen).
 * - Optional texts (nameKo, summaryEn…) may be left out: left out means unknown.
 *
 * The schemas are strict: an unknown key is an error, so a typo cannot slip through.
 * Cross-record checks (unknown slugs, duplicates, citation field names, a date with
 * no citation) are in prisma/seed/validate.ts.
 */

const text = (what = "text") => z.string().trim().min(1, `${what} must not be empty`);
const optionalText = () => text().optional();

export const MAX_QUOTE_LENGTH = 300;

/** A source file name such as "003_03d1d20f8815058e.txt" (no directories). */
export const SourceFileNameSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*\.[A-Za-z0-9]+$/, 'must be a source file name such as "003_03d1d20f8815058e.txt"');

const PrecisionSchema = z.enum(PRECISIONS, {
  error: (issue) =>
    issue.input === undefined
      ? 'precision is required: "year", "month" or "day"'
      : `precision must be "year", "month" or "day", got ${JSON.stringify(issue.input)}`,
});

function checkPrecision(value: { on: string; precision: string }, ctx: z.RefinementCtx) {
  const actual = precisionOf(value.on);
  if (actual !== null && actual !== value.precision) {
    ctx.addIssue({
      code: "custom",
      path: ["precision"],
      message: `precision "${value.precision}" does not match "${value.on}", which is a ${actual} date`,
    });
  }
}

export const InferenceSchema = z.strictObject({
  reasoning: text("reasoning"),
});

/** A date a source states, or one inferred with the reasoning kept. */
export const SeedDateSchema = z
  .strictObject({
    on: PartialDateSchema,
    precision: PrecisionSchema,
    inferred: InferenceSchema.optional(),
  })
  .superRefine(checkPrecision);
export type SeedDate = z.infer<typeof SeedDateSchema>;

/** A date for a column that cannot record inference (role dates, end dates, assessments). */
export const SeedStatedDateSchema = z
  .strictObject({
    on: PartialDateSchema,
    precision: PrecisionSchema,
  })
  .superRefine(checkPrecision);
export type SeedStatedDate = z.infer<typeof SeedStatedDateSchema>;

/** The longest locator a web citation may carry: where, not what (the paraphrase says what). */
export const MAX_LOCATOR_LENGTH = 100;
export const MAX_PARAPHRASE_LENGTH = 400;

/**
 * A citation of a source document (`quote`, its words verbatim) or of a web source
 * (`locator` + `paraphrase`: third-party text is not ours to copy, so a web citation
 * says where the fact sits and what it says, in the tracker's own words).
 */
export const SeedCitationSchema = z
  .strictObject({
    /** A source document's file name ("003_03d1d20f8815058e.txt") or a web source's id. */
    source: text("source"),
    /** The source document's words, copied exactly (a phrase or a sentence). */
    quote: text("quote").max(MAX_QUOTE_LENGTH, `quote must be at most ${MAX_QUOTE_LENGTH} characters`).optional(),
    /** A web source: where the fact sits (section, paragraph, the words nearby). */
    locator: text("locator")
      .max(MAX_LOCATOR_LENGTH, `locator must be at most ${MAX_LOCATOR_LENGTH} characters: say where, not what`)
      .optional(),
    /** A web source: what it says there, in the tracker's own words. */
    paraphrase: text("paraphrase")
      .max(MAX_PARAPHRASE_LENGTH, `paraphrase must be at most ${MAX_PARAPHRASE_LENGTH} characters`)
      .optional(),
    /** The field of the record this citation is about; none: the record as a whole. */
    field: text("field").optional(),
    stance: CitationStanceSchema.optional(),
    /** The value as this source gives it (required for a competing citation). */
    claim: optionalText(),
    note: optionalText(),
  })
  .superRefine((c, ctx) => {
    const web = c.locator !== undefined || c.paraphrase !== undefined;
    if (c.quote === undefined && !web) {
      ctx.addIssue({
        code: "custom",
        path: ["quote"],
        message: "a citation needs a quote (a source document) or a locator and a paraphrase (a web source)",
      });
    }
    if (c.quote !== undefined && web) {
      ctx.addIssue({
        code: "custom",
        path: ["quote"],
        message: "a citation quotes a source document or paraphrases a web source, not both",
      });
    }
    if (web && (c.locator === undefined || c.paraphrase === undefined)) {
      ctx.addIssue({
        code: "custom",
        path: [c.locator === undefined ? "locator" : "paraphrase"],
        message: "a web citation needs both a locator and a paraphrase",
      });
    }
    if (c.stance === "competing") {
      if (c.claim === undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["claim"],
          message: "a competing citation needs a claim (the value as its source gives it)",
        });
      }
      if (c.field === undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["field"],
          message: "a competing citation needs the field it competes on",
        });
      }
    }
  });
export type SeedCitation = z.infer<typeof SeedCitationSchema>;

const Citations = z.array(SeedCitationSchema).min(1, "needs at least one citation");

/**
 * The record's Korean and Chinese fields that are the tracker's own translation
 * ("titleKo", "summaryZh"…). Every other Korean or Chinese text must be an official
 * form, cited (with `field`) from a source in that language: prisma/seed/validate.ts
 * refuses a text that is neither.
 */
const Translated = z
  .array(z.string().regex(/^[a-z]+(Ko|Zh)$/, "must name a Korean or Chinese field, e.g. titleKo"))
  .optional();

/** Other names readers search by (former abbreviations, short names), in any language. */
const Aliases = z.array(text("alias").max(80, "alias must be at most 80 characters")).optional();

// ---------------------------------------------------------------- sources

/**
 * A source: one of the source documents (`fileName`, quoted verbatim) or a web page
 * (`url`, cited by locator and paraphrase, with its language and the day it was found).
 */
export const SeedSourceSchema = z
  .strictObject({
    /** A document: its file name without the extension; a web source: a kebab-case key. */
    id: text("id"),
    fileName: SourceFileNameSchema.optional(),
    title: text("title"),
    publisher: text("publisher").nullable(),
    kind: SourceKindSchema,
    trust: TrustLevelSchema,
    trustNote: text("trustNote"),
    language: z.enum(["en", "ko", "zh"]).optional(),
    /** Inferred reasoning is stored in the source's publishedNote. */
    publishedOn: SeedDateSchema.nullable(),
    publishedNote: optionalText(),
    url: WebAddressSchema.optional(),
    /** A web source: the day the tracker found it (YYYY-MM-DD). */
    foundOn: z.iso.date("foundOn must be a day, YYYY-MM-DD").optional(),
  })
  .superRefine((s, ctx) => {
    if (s.fileName === undefined) {
      const missing = (["url", "language", "foundOn", "publisher"] as const).filter((k) => s[k] == null);
      for (const key of missing) {
        ctx.addIssue({ code: "custom", path: [key], message: `a web source (no fileName) needs its ${key}` });
      }
    } else if (s.foundOn !== undefined) {
      ctx.addIssue({ code: "custom", path: ["foundOn"], message: "only a web source has foundOn" });
    }
  });
export type SeedSource = z.infer<typeof SeedSourceSchema>;

// ---------------------------------------------------------------- vocabulary

export const SeedSectorSchema = z.strictObject({
  slug: SlugSchema,
  nameEn: text("nameEn"),
  nameKo: optionalText(),
  nameZh: optionalText(),
  sortOrder: z.int().min(0),
  translated: Translated,
  /**
   * Kept in the seed for review; the Sector table has no citations. A sector is the
   * tracker's own classification: it may cite the passage it was drawn from, or none.
   */
  citations: z.array(SeedCitationSchema),
});
export type SeedSector = z.infer<typeof SeedSectorSchema>;

export const SeedTopicSchema = z.strictObject({
  slug: SlugSchema,
  nameEn: text("nameEn"),
  nameKo: optionalText(),
  nameZh: optionalText(),
  sector: SlugSchema,
  translated: Translated,
  /** Kept in the seed for review, as for sectors (may be empty). */
  citations: z.array(SeedCitationSchema),
});
export type SeedTopic = z.infer<typeof SeedTopicSchema>;

// ---------------------------------------------------------------- bodies and people

export const SeedMinistrySchema = z.strictObject({
  slug: SlugSchema,
  side: SideSchema,
  kind: BodyKindSchema,
  nameEn: text("nameEn"),
  nameKo: optionalText(),
  nameZh: optionalText(),
  abbreviation: optionalText(),
  establishedOn: SeedDateSchema.optional(),
  endedOn: SeedStatedDateSchema.optional(),
  /** Slug of the body this one succeeded. */
  predecessor: SlugSchema.optional(),
  summaryEn: optionalText(),
  summaryKo: optionalText(),
  summaryZh: optionalText(),
  translated: Translated,
  aliases: Aliases,
  citations: Citations,
});
export type SeedMinistry = z.infer<typeof SeedMinistrySchema>;

export const SeedPersonRoleSchema = z.strictObject({
  /** Stable key of the role within its person (the row's id derives from it). */
  key: SlugSchema,
  ministry: SlugSchema.optional(),
  titleEn: text("titleEn"),
  titleKo: optionalText(),
  titleZh: optionalText(),
  startOn: SeedStatedDateSchema.optional(),
  endOn: SeedStatedDateSchema.optional(),
  /** A date on which a source shows the person in this role. */
  asOf: SeedStatedDateSchema.optional(),
  translated: Translated,
  citations: Citations,
});
export type SeedPersonRole = z.infer<typeof SeedPersonRoleSchema>;

export const SeedPersonSchema = z.strictObject({
  slug: SlugSchema,
  nameEn: text("nameEn"),
  nameKo: optionalText(),
  nameZh: optionalText(),
  roles: z.array(SeedPersonRoleSchema),
  translated: Translated,
  citations: Citations,
});
export type SeedPerson = z.infer<typeof SeedPersonSchema>;

// ---------------------------------------------------------------- agreements

export const SeedAgreementSchema = z
  .strictObject({
    slug: SlugSchema,
    kind: AgreementKindSchema,
    status: AgreementStatusSchema,
    titleEn: text("titleEn"),
    titleKo: optionalText(),
    titleZh: optionalText(),
    summaryEn: optionalText(),
    summaryKo: optionalText(),
    summaryZh: optionalText(),
    signedOn: SeedDateSchema.optional(),
    effectiveOn: SeedDateSchema.optional(),
    expiresOn: SeedDateSchema.optional(),
    /** Slug of the agreement before this one in its lineage, with `relation`. */
    previous: SlugSchema.optional(),
    relation: LineageRelationSchema.optional(),
    /** Ministry slugs; a signatory's side is its ministry's side. */
    signatories: z.array(SlugSchema),
    /** Topic slugs. */
    topics: z.array(SlugSchema),
    translated: Translated,
    aliases: Aliases,
    citations: Citations,
  })
  .superRefine((a, ctx) => {
    if ((a.previous === undefined) !== (a.relation === undefined)) {
      ctx.addIssue({
        code: "custom",
        path: [a.previous === undefined ? "previous" : "relation"],
        message: "previous and relation go together: give both or neither",
      });
    }
  });
export type SeedAgreement = z.infer<typeof SeedAgreementSchema>;

// ---------------------------------------------------------------- dialogues

/** How a person took part in a meeting. */
export const MEETING_ROLES = ["chief_representative", "host", "participant"] as const;
export const MeetingRoleSchema = z.enum(MEETING_ROLES);

export const SeedMeetingSchema = z.strictObject({
  slug: SlugSchema,
  number: z.int().min(1).optional(),
  status: MeetingStatusSchema,
  heldOn: SeedDateSchema.optional(),
  placeEn: optionalText(),
  placeKo: optionalText(),
  placeZh: optionalText(),
  agendaEn: optionalText(),
  agendaKo: optionalText(),
  agendaZh: optionalText(),
  outcomesEn: optionalText(),
  outcomesKo: optionalText(),
  outcomesZh: optionalText(),
  participants: z.array(z.strictObject({ person: SlugSchema, role: MeetingRoleSchema })),
  /** What the meeting reviewed: one agreement or one plan per entry. */
  reviews: z.array(
    z
      .strictObject({ agreement: SlugSchema.optional(), plan: SlugSchema.optional(), noteEn: optionalText() })
      .refine((r) => (r.agreement === undefined) !== (r.plan === undefined), {
        message: "a review names exactly one of agreement or plan",
      }),
  ),
  translated: Translated,
  citations: Citations,
});
export type SeedMeeting = z.infer<typeof SeedMeetingSchema>;

export const SeedDialogueSchema = z.strictObject({
  slug: SlugSchema,
  nameEn: text("nameEn"),
  nameKo: optionalText(),
  nameZh: optionalText(),
  abbreviation: optionalText(),
  format: DialogueFormatSchema,
  level: DialogueLevelSchema,
  /** cadenceMonths is derived from it (lib/schemas/vocab.ts CADENCE_MONTHS). */
  cadence: CadenceSchema,
  sector: SlugSchema,
  /** Slug of the agreement that sets the dialogue up or governs it. */
  agreement: SlugSchema.optional(),
  /** Ministry slugs. */
  participants: z.array(SlugSchema),
  summaryEn: optionalText(),
  summaryKo: optionalText(),
  summaryZh: optionalText(),
  meetings: z.array(SeedMeetingSchema),
  translated: Translated,
  aliases: Aliases,
  citations: Citations,
});
export type SeedDialogue = z.infer<typeof SeedDialogueSchema>;

// ---------------------------------------------------------------- plans

export const SeedStatusUpdateSchema = z.strictObject({
  /** Stable key of the update within its item (the row's id derives from it). */
  key: SlugSchema,
  status: ImplementationStatusSchema,
  progress: z.int().min(0).max(100).optional(),
  assessedOn: SeedStatedDateSchema,
  basis: AssessmentBasisSchema,
  noteEn: optionalText(),
  noteKo: optionalText(),
  noteZh: optionalText(),
  evidenceUrl: z.url().optional(),
  /** File name of the source the assessment rests on. */
  evidenceSource: SourceFileNameSchema.optional(),
  citations: Citations,
});
export type SeedStatusUpdate = z.infer<typeof SeedStatusUpdateSchema>;

/**
 * A plan item. Its current status is not written here: it is the latest of its
 * status updates (in the database, including staff's), or "not_assessed".
 */
export const SeedPlanItemSchema = z.strictObject({
  slug: SlugSchema,
  number: z.int().min(1),
  titleEn: text("titleEn"),
  titleKo: optionalText(),
  titleZh: optionalText(),
  responsibleBody: SlugSchema.optional(),
  dueOn: SeedDateSchema.optional(),
  statusUpdates: z.array(SeedStatusUpdateSchema),
  translated: Translated,
  citations: Citations,
});
export type SeedPlanItem = z.infer<typeof SeedPlanItemSchema>;

export const SeedPlanSchema = z.strictObject({
  slug: SlugSchema,
  titleEn: text("titleEn"),
  titleKo: optionalText(),
  titleZh: optionalText(),
  summaryEn: optionalText(),
  summaryKo: optionalText(),
  summaryZh: optionalText(),
  startOn: SeedDateSchema.optional(),
  endOn: SeedDateSchema.optional(),
  sector: SlugSchema,
  implementingBody: SlugSchema.optional(),
  /** Slug of the agreement the plan carries out (for a signed plan, its own text). */
  agreement: SlugSchema.optional(),
  /** Slug of the plan this one is a yearly round or part of. */
  parent: SlugSchema.optional(),
  items: z.array(SeedPlanItemSchema),
  translated: Translated,
  aliases: Aliases,
  citations: Citations,
});
export type SeedPlan = z.infer<typeof SeedPlanSchema>;

// ---------------------------------------------------------------- events

export const SeedEventSchema = z.strictObject({
  slug: SlugSchema,
  kind: EventKindSchema,
  status: EventStatusSchema,
  titleEn: text("titleEn"),
  titleKo: optionalText(),
  titleZh: optionalText(),
  summaryEn: optionalText(),
  summaryKo: optionalText(),
  summaryZh: optionalText(),
  startOn: SeedDateSchema.optional(),
  endOn: SeedStatedDateSchema.optional(),
  placeEn: optionalText(),
  placeKo: optionalText(),
  placeZh: optionalText(),
  /** IANA zone of the place, e.g. "Asia/Seoul"; only where the place is known. */
  timeZone: optionalText(),
  sector: SlugSchema.optional(),
  agreement: SlugSchema.optional(),
  /** Ministry slugs. */
  participants: z.array(SlugSchema),
  translated: Translated,
  aliases: Aliases,
  citations: Citations,
});
export type SeedEvent = z.infer<typeof SeedEventSchema>;

// ---------------------------------------------------------------- the whole seed

/** The kinds whose records are keyed by slug (sources are keyed by id). */
export const SLUGGED_SEED_KINDS = [
  "sectors",
  "topics",
  "ministries",
  "people",
  "agreements",
  "dialogues",
  "plans",
  "events",
] as const;
export const SEED_KINDS = ["sources", ...SLUGGED_SEED_KINDS] as const;
export type SeedKind = (typeof SEED_KINDS)[number];

export type SeedData = {
  sources: SeedSource[];
  sectors: SeedSector[];
  topics: SeedTopic[];
  ministries: SeedMinistry[];
  people: SeedPerson[];
  agreements: SeedAgreement[];
  dialogues: SeedDialogue[];
  plans: SeedPlan[];
  events: SeedEvent[];
};

/** The schema for each kind of top-level record. */
export const SEED_RECORD_SCHEMAS = {
  sources: SeedSourceSchema,
  sectors: SeedSectorSchema,
  topics: SeedTopicSchema,
  ministries: SeedMinistrySchema,
  people: SeedPersonSchema,
  agreements: SeedAgreementSchema,
  dialogues: SeedDialogueSchema,
  plans: SeedPlanSchema,
  events: SeedEventSchema,
} as const satisfies Record<SeedKind, z.ZodType>;

/** Singular names used in messages: `agreement "slug": field: problem`. */
export const SEED_KIND_LABELS: Record<SeedKind, string> = {
  sources: "source",
  sectors: "sector",
  topics: "topic",
  ministries: "ministry",
  people: "person",
  agreements: "agreement",
  dialogues: "dialogue",
  plans: "plan",
  events: "event",
};
