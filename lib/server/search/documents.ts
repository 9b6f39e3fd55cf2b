import "server-only";
import { meetingTextFields, nameFields, summaryFields, titleFields } from "@/lib/server/db/fragments";
import type { Db, Tx } from "@/lib/server/db/prisma";
import { tokensForIndex } from "./tokenize";

/**
 * The text the search indexes for each kind of record, the same on both databases
 * (./fts.ts and ./pg.ts write it): a title (names, titles, abbreviations, aliases:
 * what a reader calls the record, weighed five times) and a body (summaries, places,
 * the bodies and people around it, the passages cited). Every language goes in, so
 * "Saemangeum", 새만금 and 新万金 find the same records.
 */

type Client = Db | Tx;

/** The kinds of record the search finds, in the order /search shows their groups (lib/server/queries/search-page.ts). */
export const SEARCH_KINDS = [
  "agreement",
  "plan",
  "item",
  "dialogue",
  "meeting",
  "event",
  "ministry",
  "person",
  "source",
] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export type SearchDocument = { id: string; title: string; body: string };

const compact = (parts: (string | null | undefined)[]) => parts.filter(Boolean).join(" \n ");

/** A record's aliases column: "|"-separated names (prisma/seed/apply.ts writes it). */
export const splitAliases = (aliases: string) => aliases.split("|").filter(Boolean);

type Names = { nameEn: string; nameKo: string | null; nameZh: string | null };
type Titles = { titleEn: string; titleKo: string | null; titleZh: string | null };
type Summaries = { summaryEn: string | null; summaryKo: string | null; summaryZh: string | null };
const names = (r: Names) => [r.nameEn, r.nameKo, r.nameZh];
const titles = (r: Titles) => [r.titleEn, r.titleKo, r.titleZh];
const summaries = (r: Summaries) => [r.summaryEn, r.summaryKo, r.summaryZh];
const allNames = (r: { abbreviation: string | null; aliases: string } & Names) => [
  ...names(r),
  r.abbreviation,
  ...splitAliases(r.aliases),
];

const liveCitations = { where: { archivedAt: null }, select: { quote: true, paraphrase: true } } as const;
const cited = (citations: { quote: string | null; paraphrase: string | null }[]) =>
  citations.flatMap((c) => [c.quote, c.paraphrase]);
const bodyRef = { select: { ...nameFields, abbreviation: true, aliases: true } } as const;

const doc = (id: string, title: (string | null | undefined)[], text: (string | null | undefined)[]) => ({
  id,
  title: tokensForIndex(compact(title)),
  body: tokensForIndex(compact(text)),
});

const byIds = (ids?: readonly string[]) => (ids ? { id: { in: [...ids] } } : {});

/** The text indexed for each agreement. */
async function agreementDocuments(db: Client, ids?: readonly string[]) {
  const rows = await db.agreement.findMany({
    where: byIds(ids),
    select: {
      id: true,
      ...titleFields,
      ...summaryFields,
      aliases: true,
      topics: { select: { topic: { select: nameFields } } },
      signatories: { select: { ministry: bodyRef } },
      citations: liveCitations,
    },
  });
  // Aliases (short names, former abbreviations) count as the title: MOTIE, 새만금, 商务部.
  return rows.map((a) =>
    doc(
      a.id,
      [...titles(a), ...splitAliases(a.aliases)],
      [
        ...summaries(a),
        ...a.topics.flatMap(({ topic }) => names(topic)),
        ...a.signatories.flatMap(({ ministry }) => allNames(ministry)),
        ...cited(a.citations),
      ],
    ),
  );
}

async function planDocuments(db: Client, ids?: readonly string[]) {
  const rows = await db.actionPlan.findMany({
    where: byIds(ids),
    select: {
      id: true,
      ...titleFields,
      ...summaryFields,
      aliases: true,
      implementingBody: bodyRef,
      citations: liveCitations,
    },
  });
  return rows.map((p) =>
    doc(
      p.id,
      [...titles(p), ...splitAliases(p.aliases)],
      [...summaries(p), ...(p.implementingBody ? allNames(p.implementingBody) : []), ...cited(p.citations)],
    ),
  );
}

async function itemDocuments(db: Client, ids?: readonly string[]) {
  const rows = await db.planItem.findMany({
    where: byIds(ids),
    select: { id: true, ...titleFields, responsibleBody: bodyRef, citations: liveCitations },
  });
  return rows.map((i) =>
    doc(i.id, titles(i), [...(i.responsibleBody ? allNames(i.responsibleBody) : []), ...cited(i.citations)]),
  );
}

async function dialogueDocuments(db: Client, ids?: readonly string[]) {
  const rows = await db.dialogue.findMany({
    where: byIds(ids),
    select: {
      id: true,
      ...nameFields,
      ...summaryFields,
      abbreviation: true,
      aliases: true,
      participants: { select: { ministry: bodyRef } },
      citations: liveCitations,
    },
  });
  return rows.map((d) =>
    doc(d.id, allNames(d), [
      ...summaries(d),
      ...d.participants.flatMap(({ ministry }) => allNames(ministry)),
      ...cited(d.citations),
    ]),
  );
}

/** A meeting has no name of its own: its dialogue's names, place, agenda, outcomes and people are its text. */
async function meetingDocuments(db: Client, ids?: readonly string[]) {
  const rows = await db.meeting.findMany({
    where: byIds(ids),
    select: {
      id: true,
      placeEn: true,
      placeKo: true,
      placeZh: true,
      ...meetingTextFields,
      dialogue: { select: { ...nameFields, abbreviation: true, aliases: true } },
      participants: { select: { person: { select: nameFields } } },
      citations: liveCitations,
    },
  });
  return rows.map((m) =>
    doc(
      m.id,
      [],
      [
        ...allNames(m.dialogue),
        ...[m.placeEn, m.placeKo, m.placeZh, m.agendaEn, m.agendaKo, m.agendaZh],
        ...[m.outcomesEn, m.outcomesKo, m.outcomesZh],
        ...m.participants.flatMap(({ person }) => names(person)),
        ...cited(m.citations),
      ],
    ),
  );
}

async function eventDocuments(db: Client, ids?: readonly string[]) {
  const rows = await db.event.findMany({
    where: byIds(ids),
    select: {
      id: true,
      ...titleFields,
      ...summaryFields,
      placeEn: true,
      placeKo: true,
      placeZh: true,
      aliases: true,
      participants: { select: { ministry: bodyRef } },
      citations: liveCitations,
    },
  });
  return rows.map((e) =>
    doc(
      e.id,
      [...titles(e), ...splitAliases(e.aliases)],
      [
        ...summaries(e),
        ...[e.placeEn, e.placeKo, e.placeZh],
        ...e.participants.flatMap(({ ministry }) => allNames(ministry)),
        ...cited(e.citations),
      ],
    ),
  );
}

async function ministryDocuments(db: Client, ids?: readonly string[]) {
  const rows = await db.ministry.findMany({
    where: byIds(ids),
    select: { id: true, ...nameFields, ...summaryFields, abbreviation: true, aliases: true, citations: liveCitations },
  });
  return rows.map((m) => doc(m.id, allNames(m), [...summaries(m), ...cited(m.citations)]));
}

async function personDocuments(db: Client, ids?: readonly string[]) {
  const rows = await db.person.findMany({
    where: byIds(ids),
    select: {
      id: true,
      ...nameFields,
      roles: { select: { ...titleFields, ministry: bodyRef } },
      citations: liveCitations,
    },
  });
  return rows.map((p) =>
    doc(p.id, names(p), [
      ...p.roles.flatMap((r) => [...titles(r), ...(r.ministry ? allNames(r.ministry) : [])]),
      ...cited(p.citations),
    ]),
  );
}

/** A source is found by its title and publisher; what it is cited for belongs to the records citing it. */
async function sourceDocuments(db: Client, ids?: readonly string[]) {
  const rows = await db.source.findMany({ where: byIds(ids), select: { id: true, title: true, publisher: true } });
  return rows.map((s) => doc(s.id, [s.title], [s.publisher]));
}

const DOCUMENTS: Record<SearchKind, (db: Client, ids?: readonly string[]) => Promise<SearchDocument[]>> = {
  agreement: agreementDocuments,
  plan: planDocuments,
  item: itemDocuments,
  dialogue: dialogueDocuments,
  meeting: meetingDocuments,
  event: eventDocuments,
  ministry: ministryDocuments,
  person: personDocuments,
  source: sourceDocuments,
};

/** The documents of the given records of `kind` (all of them when `ids` is omitted). */
export function documentsOf(db: Client, kind: SearchKind, ids?: readonly string[]): Promise<SearchDocument[]> {
  return DOCUMENTS[kind](db, ids);
}
