import "server-only";

/**
 * The select fragments every reader of the data shares, so that how a record is
 * named, linked and summed up is written once: the three languages of a title, a
 * name, a summary and a place; a record's link (slug and title or name); and the
 * ministry brief that stands wherever a body signs, takes part or answers for an
 * item. Spread them into a Prisma select: `{ ...titledLink, status: true }`.
 */

// `translated` rides along with every localized text: it says which of the record's
// Korean and Chinese texts are the tracker's own translation (lib/i18n/localized.ts).
export const titleFields = { titleEn: true, titleKo: true, titleZh: true, translated: true } as const;
export const nameFields = { nameEn: true, nameKo: true, nameZh: true, translated: true } as const;
export const summaryFields = { summaryEn: true, summaryKo: true, summaryZh: true, translated: true } as const;
export const placeFields = { placeEn: true, placeKo: true, placeZh: true, translated: true } as const;
/** A meeting's agenda and outcomes in the three languages. */
export const meetingTextFields = {
  agendaEn: true,
  agendaKo: true,
  agendaZh: true,
  outcomesEn: true,
  outcomesKo: true,
  outcomesZh: true,
} as const;

/** What a page needs to link a titled record (agreement, plan, item, event) in any language. */
export const titledLink = { slug: true, ...titleFields } as const;
/** What a page needs to link a named record (ministry, dialogue, person, sector, topic) in any language. */
export const namedLink = { slug: true, ...nameFields } as const;

/** A body where it signs, takes part or answers for an item: its names, side and abbreviation. */
export const ministryBrief = { slug: true, side: true, ...nameFields, abbreviation: true } as const;
/** Only what the timeline's filters need of a body: its slug and side. */
export const ministrySide = { slug: true, side: true } as const;

/** The JSON API's references carry the id beside the slug. */
export const titledRefSelect = { id: true, ...titledLink } as const;
export const namedRefSelect = { id: true, ...namedLink } as const;
export const ministryRefSelect = { id: true, ...ministryBrief } as const;

type Dated<P extends string> = { [K in `${P}On` | `${P}Inferred` | `${P}Reasoning`]: true };

/** A partial date with whether it was inferred and why: `datedFields("signed")` is signedOn, signedInferred, signedReasoning. */
export const datedFields = <P extends string>(prefix: P): Dated<P> =>
  ({ [`${prefix}On`]: true, [`${prefix}Inferred`]: true, [`${prefix}Reasoning`]: true }) as Dated<P>;

/** What every reader shows of a citation, before its source and its record. */
export const citationFields = {
  id: true,
  quote: true,
  locator: true,
  paraphrase: true,
  field: true,
  stance: true,
  claim: true,
  note: true,
} as const;

/** The record a citation belongs to: one of these keys is set. */
export const citationRecordKeys = {
  agreementId: true,
  ministryId: true,
  dialogueId: true,
  meetingId: true,
  planId: true,
  planItemId: true,
  eventId: true,
  personId: true,
  personRoleId: true,
  statusUpdateId: true,
} as const;

/** A source as its page and the API describe it (the API writes these out in this order). */
export const sourceFields = {
  id: true,
  fileName: true,
  title: true,
  publisher: true,
  kind: true,
  trust: true,
  trustNote: true,
  language: true,
  publishedOn: true,
  publishedNote: true,
  url: true,
  foundOn: true,
} as const;

/** An assessment of a plan item: what its status update says before its note and evidence. */
export const assessmentFields = { id: true, status: true, progress: true, assessedOn: true, basis: true } as const;
/** An assessment as the status-update sheet holds it (export and import): with its English note and evidence. */
export const assessmentSheetFields = {
  ...assessmentFields,
  noteEn: true,
  evidenceUrl: true,
  evidenceSourceId: true,
} as const;

/** What every list shows of an agreement: kind, status, title and summary, and when it was signed. */
export const agreementHead = {
  id: true,
  slug: true,
  kind: true,
  status: true,
  ...titleFields,
  ...summaryFields,
  ...datedFields("signed"),
} as const;

/** An agreement's own facts: its head, its other two dates and its relation to the one before. */
export const agreementFacts = {
  ...agreementHead,
  ...datedFields("effective"),
  ...datedFields("expires"),
  relation: true,
} as const;

/** An agreement's live plans, earliest first, with their period and their items' statuses. */
export const agreementPlans = {
  where: { archivedAt: null },
  orderBy: { startOn: "asc" },
  select: {
    ...titledLink,
    startOn: true,
    endOn: true,
    items: { where: { archivedAt: null }, select: { status: true } },
  },
} as const;
