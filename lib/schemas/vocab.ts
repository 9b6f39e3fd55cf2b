import { z } from "zod";

/**
 * The product's controlled vocabularies, one place for each. Stored as strings so the
 * same schema runs on SQLite and PostgreSQL; every write goes through these.
 */

export const SIDES = ["KR", "CN", "JP", "INTL"] as const;
export const SideSchema = z.enum(SIDES);
export type Side = z.infer<typeof SideSchema>;

export const BODY_KINDS = [
  "government",
  "ministry",
  "agency",
  "central_bank",
  "center",
  "association",
  "company",
  "organisation",
] as const;
export const BodyKindSchema = z.enum(BODY_KINDS);

export const AGREEMENT_KINDS = ["agreement", "mou", "plan", "joint_statement", "arrangement"] as const;
export const AgreementKindSchema = z.enum(AGREEMENT_KINDS);
export type AgreementKind = z.infer<typeof AgreementKindSchema>;

export const AGREEMENT_STATUSES = ["proposed", "signed", "in_force", "expired", "superseded", "terminated"] as const;
export const AgreementStatusSchema = z.enum(AGREEMENT_STATUSES);
export type AgreementStatus = z.infer<typeof AgreementStatusSchema>;

/** How an agreement stands to the one before it in its lineage. */
export const LINEAGE_RELATIONS = ["updates", "supersedes", "follows"] as const;
export const LineageRelationSchema = z.enum(LINEAGE_RELATIONS);

export const DIALOGUE_FORMATS = ["bilateral", "trilateral"] as const;
export const DialogueFormatSchema = z.enum(DIALOGUE_FORMATS);

export const DIALOGUE_LEVELS = ["leaders", "minister", "director_general", "working", "unknown"] as const;
export const DialogueLevelSchema = z.enum(DIALOGUE_LEVELS);

/** "unknown": no source says how often it meets (never guessed as "irregular"). */
export const CADENCES = ["annual", "biennial", "irregular", "unknown"] as const;
export const CadenceSchema = z.enum(CADENCES);
export type Cadence = z.infer<typeof CadenceSchema>;
/** Months between meetings for the regular cadences. */
export const CADENCE_MONTHS: Record<Cadence, number | null> = {
  annual: 12,
  biennial: 24,
  irregular: null,
  unknown: null,
};

export const MEETING_STATUSES = ["held", "scheduled", "cancelled"] as const;
export const MeetingStatusSchema = z.enum(MEETING_STATUSES);

/** Implementation status: one scale everywhere (see lib/status.ts for words and colours). */
export const IMPLEMENTATION_STATUSES = [
  "not_started",
  "in_progress",
  "completed",
  "delayed",
  "discontinued",
  "not_assessed",
] as const;
export const ImplementationStatusSchema = z.enum(IMPLEMENTATION_STATUSES);
export type ImplementationStatus = z.infer<typeof ImplementationStatusSchema>;

/** What a status assessment rests on. */
export const ASSESSMENT_BASES = ["official", "news", "staff"] as const;
export const AssessmentBasisSchema = z.enum(ASSESSMENT_BASES);

export const EVENT_KINDS = ["summit", "delegation", "exhibition", "forum", "conference", "launch", "other"] as const;
export const EventKindSchema = z.enum(EVENT_KINDS);

export const EVENT_STATUSES = ["held", "scheduled", "planned", "unknown"] as const;
export const EventStatusSchema = z.enum(EVENT_STATUSES);

export const SOURCE_KINDS = ["government", "news", "aggregator", "sponsored", "repost"] as const;
export const SourceKindSchema = z.enum(SOURCE_KINDS);

export const TRUST_LEVELS = ["primary", "secondary", "low"] as const;
export const TrustLevelSchema = z.enum(TRUST_LEVELS);
export type TrustLevel = z.infer<typeof TrustLevelSchema>;

export const CITATION_STANCES = ["supports", "competing"] as const;
export const CitationStanceSchema = z.enum(CITATION_STANCES);

export const ROLES = ["viewer", "editor", "admin"] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

export { LOCALES, type Locale } from "@/lib/i18n/locales";

/** A URL slug: lower-case words joined by hyphens. */
export const SlugSchema = z
  .string()
  .min(2, "must be at least 2 characters")
  .max(120, "must be at most 120 characters")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lower-case letters, digits and single hyphens");

/** Text as typed, in any script, without NUL: PostgreSQL cannot store it, so it is refused everywhere. */
export const hasNoNul = (value: string) => !value.includes("\u0000");
export const NUL_MESSAGE = "must not contain a NUL character";
/** A string input of any kind (text, id, key) that may reach the database: NUL refused. */
export const textInput = () => z.string().refine(hasNoNul, NUL_MESSAGE);

/**
 * A web address as typed, trimmed: http or https only. Spaces and control characters
 * inside are refused before the address is parsed, since URL parsing drops or encodes
 * them silently and the address stored would not be the one checked.
 */
export const WebAddressSchema = z
  .string()
  .trim()
  // Format characters (U+202E and the other bidi controls, zero-width ones) make an
  // address read differently from where it goes.
  .refine((v) => !/[\p{Cc}\p{Cf}\s]/u.test(v), "must not contain spaces, control or format characters")
  .pipe(
    z
      .url({ protocol: /^https?$/, error: "must be a web address starting with http:// or https://" })
      .max(2000, "is too long"),
  );
