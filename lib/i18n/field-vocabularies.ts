import { ROLES } from "@/lib/roles";
import type { EditableEntity } from "@/lib/schemas/record-edit";
import {
  AGREEMENT_KINDS,
  AGREEMENT_STATUSES,
  BODY_KINDS,
  CADENCES,
  CITATION_STANCES,
  DIALOGUE_FORMATS,
  DIALOGUE_LEVELS,
  EVENT_KINDS,
  EVENT_STATUSES,
  IMPLEMENTATION_STATUSES,
  LINEAGE_RELATIONS,
  LOCALES,
  MEETING_STATUSES,
  SIDES,
  SOURCE_KINDS,
  TRUST_LEVELS,
} from "@/lib/schemas/vocab";
import { PASSWORD_LOG_VALUES } from "@/lib/server/auth/password-log";

/** A vocabulary's words, and the message namespace that names each (`<namespace>.<word>`). */
export type Vocabulary = readonly [words: readonly string[], namespace: string];

const BY_FIELD: Readonly<Record<string, Vocabulary>> = {
  side: [SIDES, "side"],
  format: [DIALOGUE_FORMATS, "dialogueFormat"],
  level: [DIALOGUE_LEVELS, "dialogueLevel"],
  cadence: [CADENCES, "cadence"],
  trust: [TRUST_LEVELS, "trust"],
  stance: [CITATION_STANCES, "editForm.stance"],
  relation: [LINEAGE_RELATIONS, "lineageRelation"],
  language: [LOCALES, "translations.languages"],
};

const KINDS: Partial<Record<EditableEntity, Vocabulary>> = {
  Agreement: [AGREEMENT_KINDS, "agreementKind"],
  Event: [EVENT_KINDS, "editForm.eventKind"],
  Ministry: [BODY_KINDS, "bodyKind"],
  Source: [SOURCE_KINDS, "sourceKind"],
};

const STATUSES: Partial<Record<EditableEntity, Vocabulary>> = {
  Agreement: [AGREEMENT_STATUSES, "agreementStatus"],
  Event: [EVENT_STATUSES, "editForm.eventStatus"],
  Meeting: [MEETING_STATUSES, "meetingStatus"],
  PlanItem: [IMPLEMENTATION_STATUSES, "status"],
};

/** A staff account's role, and its password as the log keeps it (never the password itself). */
const USER: Readonly<Record<string, Vocabulary>> = {
  role: [ROLES, "users.roles"],
  password: [PASSWORD_LOG_VALUES, "users.passwordLog"],
};

/**
 * The vocabulary a field of a kind of record takes its values from, if any: what the
 * edit form offers as choices and what the history shows as words instead of codes
 * ("in_force" is "In force", 발효 중, 生效中).
 */
export function vocabularyOf(entity: string, field: string): Vocabulary | undefined {
  if (entity === "User") return Object.hasOwn(USER, field) ? USER[field] : undefined;
  if (field === "kind") return KINDS[entity as EditableEntity];
  if (field === "status") return STATUSES[entity as EditableEntity];
  return Object.hasOwn(BY_FIELD, field) ? BY_FIELD[field] : undefined;
}
