import "server-only";
import { mentions } from "@/lib/highlight";
import { type LocalizedText, localized, localizedOptional } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/schemas/vocab";
import { keptByStamp } from "@/lib/server/cache/kept";
import { ministryBrief, nameFields, summaryFields, titleFields } from "@/lib/server/db/fragments";
import type { Db } from "@/lib/server/db/prisma";
import { eventTimelineHref } from "@/lib/timeline";
import { type SearchKind, splitAliases } from "./documents";

/**
 * What /search shows of each record it found, read for the few shown: a title in
 * the reader's language, the page that shows the record (records without a page of
 * their own link to the page listing them, at their anchor), a line of context, a
 * date, badges, and the name that matched when the title shown does not hold it
 * ("Saemangeum" finds 중국 투자사절단의 새만금 방문).
 */

export type ResultDate = { value: string; inferred: boolean; reasoning: string | null };
/** A badge: a message key ("agreementKind.mou") and its tone. */
export type ResultBadge = { key: string; tone: "neutral" | "accent" | "kr" | "cn" | "other" };

export type SearchResult = {
  kind: SearchKind;
  id: string;
  /** A path on this site (no language prefix), or null for a person no page shows yet. */
  href: string | null;
  title: LocalizedText;
  /** A meeting's number: its title is its dialogue's name. */
  meeting?: { number: number | null };
  summary: LocalizedText | null;
  /** The plan of an item, the body of a person, the publisher of a source… */
  context: LocalizedText | null;
  date: ResultDate | null;
  badges: ResultBadge[];
  /** An item's implementation status, a source's trust: shown with their own badges. */
  status?: string;
  trust?: string;
  /** Another of the record's names that holds a search term, when the title shown holds none. */
  matchedName: { text: string; lang: Locale } | null;
  /** Every name, title, abbreviation and alias, in every language: to tell an exact match. */
  names: string[];
};

type Client = Db;
type Texts = (string | null | undefined)[];

const langOf = (text: string): Locale =>
  /\p{Script=Hangul}/u.test(text) ? "ko" : /\p{Script=Han}/u.test(text) ? "zh" : "en";

const present = (values: Texts) => values.filter((v): v is string => typeof v === "string" && v.length > 0);

/** The first of `names` that holds a term, unless the title shown already does. */
function matchedName(title: LocalizedText, names: string[], terms: readonly string[]) {
  if (mentions(title.text, terms)) return null;
  const found = names.find((n) => n !== title.text && mentions(n, terms));
  return found ? { text: found, lang: langOf(found) } : null;
}

type Base = Omit<SearchResult, "matchedName" | "kind">;
type Reader = (db: Client, ids: string[], locale: Locale) => Promise<Base[]>;

const dated = (value: string | null, inferred = false, reasoning: string | null = null) =>
  value ? { value, inferred, reasoning } : null;

const readAgreements: Reader = async (db, ids, locale) => {
  const rows = await db.agreement.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      slug: true,
      kind: true,
      ...titleFields,
      ...summaryFields,
      aliases: true,
      signedOn: true,
      signedInferred: true,
      signedReasoning: true,
    },
  });
  return rows.map((a) => ({
    id: a.id,
    href: `/agreements/${a.slug}`,
    title: localized(a, "title", locale),
    summary: localizedOptional(a, "summary", locale),
    context: null,
    date: dated(a.signedOn, a.signedInferred, a.signedReasoning),
    badges: [{ key: `agreementKind.${a.kind}`, tone: "accent" }],
    names: present([a.titleEn, a.titleKo, a.titleZh, ...splitAliases(a.aliases)]),
  }));
};

const readPlans: Reader = async (db, ids, locale) => {
  const rows = await db.actionPlan.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      slug: true,
      ...titleFields,
      ...summaryFields,
      aliases: true,
      startOn: true,
      startInferred: true,
      startReasoning: true,
      implementingBody: { select: nameFields },
    },
  });
  return rows.map((p) => ({
    id: p.id,
    href: `/plans/${p.slug}`,
    title: localized(p, "title", locale),
    summary: localizedOptional(p, "summary", locale),
    context: p.implementingBody ? localized(p.implementingBody, "name", locale) : null,
    date: dated(p.startOn, p.startInferred, p.startReasoning),
    badges: [],
    names: present([p.titleEn, p.titleKo, p.titleZh, ...splitAliases(p.aliases)]),
  }));
};

const readItems: Reader = async (db, ids, locale) => {
  const rows = await db.planItem.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      slug: true,
      status: true,
      ...titleFields,
      dueOn: true,
      dueInferred: true,
      dueReasoning: true,
      plan: { select: { slug: true, ...titleFields } },
    },
  });
  return rows.map((i) => ({
    id: i.id,
    href: `/plans/${i.plan.slug}#${i.slug}`,
    title: localized(i, "title", locale),
    summary: null,
    context: localized(i.plan, "title", locale),
    date: dated(i.dueOn, i.dueInferred, i.dueReasoning),
    badges: [],
    status: i.status,
    names: present([i.titleEn, i.titleKo, i.titleZh]),
  }));
};

const readDialogues: Reader = async (db, ids, locale) => {
  const rows = await db.dialogue.findMany({
    where: { id: { in: ids } },
    select: { id: true, slug: true, level: true, ...nameFields, ...summaryFields, abbreviation: true, aliases: true },
  });
  return rows.map((d) => ({
    id: d.id,
    href: `/dialogues/${d.slug}`,
    title: localized(d, "name", locale),
    summary: localizedOptional(d, "summary", locale),
    context: null,
    date: null,
    badges: [{ key: `dialogueLevel.${d.level}`, tone: "neutral" }],
    names: present([d.nameEn, d.nameKo, d.nameZh, d.abbreviation, ...splitAliases(d.aliases)]),
  }));
};

const readMeetings: Reader = async (db, ids, locale) => {
  const rows = await db.meeting.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      slug: true,
      number: true,
      status: true,
      heldOn: true,
      heldInferred: true,
      heldReasoning: true,
      placeEn: true,
      placeKo: true,
      placeZh: true,
      outcomesEn: true,
      outcomesKo: true,
      outcomesZh: true,
      translated: true,
      dialogue: { select: { slug: true, ...nameFields, abbreviation: true } },
    },
  });
  return rows.map((m) => ({
    id: m.id,
    href: `/dialogues/${m.dialogue.slug}#${m.slug}`,
    title: localized(m.dialogue, "name", locale),
    meeting: { number: m.number },
    summary: localizedOptional(m, "outcomes", locale),
    context: localizedOptional(m, "place", locale),
    date: dated(m.heldOn, m.heldInferred, m.heldReasoning),
    badges: [{ key: `meetingStatus.${m.status}`, tone: "neutral" }],
    names: present([m.dialogue.nameEn, m.dialogue.nameKo, m.dialogue.nameZh, m.dialogue.abbreviation]),
  }));
};

/** Events have no page of their own: the timeline shows them, at their anchor, in their year. */
function eventLink(e: { slug: string; startOn: string | null; agreement: { slug: string } | null }) {
  if (e.startOn) return eventTimelineHref(e.slug, e.startOn);
  return e.agreement ? `/agreements/${e.agreement.slug}` : "/timeline";
}

const readEvents: Reader = async (db, ids, locale) => {
  const rows = await db.event.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      slug: true,
      kind: true,
      ...titleFields,
      ...summaryFields,
      placeEn: true,
      placeKo: true,
      placeZh: true,
      aliases: true,
      startOn: true,
      startInferred: true,
      startReasoning: true,
      agreement: { select: { slug: true } },
    },
  });
  return rows.map((e) => ({
    id: e.id,
    href: eventLink(e),
    title: localized(e, "title", locale),
    summary: localizedOptional(e, "summary", locale),
    context: localizedOptional(e, "place", locale),
    date: dated(e.startOn, e.startInferred, e.startReasoning),
    badges: [{ key: `timeline.what.event.${e.kind}`, tone: "accent" }],
    names: present([e.titleEn, e.titleKo, e.titleZh, ...splitAliases(e.aliases)]),
  }));
};

const readMinistries: Reader = async (db, ids, locale) => {
  const rows = await db.ministry.findMany({
    where: { id: { in: ids } },
    select: { id: true, ...ministryBrief, ...summaryFields, kind: true, aliases: true },
  });
  return rows.map((m) => ({
    id: m.id,
    href: `/ministries/${m.slug}`,
    title: localized(m, "name", locale),
    summary: localizedOptional(m, "summary", locale),
    context: null,
    date: null,
    badges: [
      { key: `side.${m.side}`, tone: m.side === "KR" ? "kr" : m.side === "CN" ? "cn" : "other" },
      { key: `bodyKind.${m.kind}`, tone: "neutral" },
    ],
    names: present([m.nameEn, m.nameKo, m.nameZh, m.abbreviation, ...splitAliases(m.aliases)]),
  }));
};

/**
 * People have no page of their own: the body they hold a post in lists them; failing
 * that, a meeting they took part in.
 */
const readPeople: Reader = async (db, ids, locale) => {
  const rows = await db.person.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      ...nameFields,
      roles: {
        orderBy: [{ startOn: { sort: "desc", nulls: "last" } }, { id: "asc" }],
        select: { ...titleFields, ministry: { select: { slug: true, archivedAt: true, ...nameFields } } },
      },
      meetings: {
        take: 1,
        where: { meeting: { archivedAt: null } },
        select: { meeting: { select: { slug: true, dialogue: { select: { slug: true } } } } },
      },
    },
  });
  return rows.map((p) => {
    const role = p.roles[0];
    const body = p.roles.find((r) => r.ministry && !r.ministry.archivedAt)?.ministry;
    const meeting = p.meetings[0]?.meeting;
    const href = body
      ? `/ministries/${body.slug}#people-heading`
      : meeting
        ? `/dialogues/${meeting.dialogue.slug}#${meeting.slug}`
        : null;
    return {
      id: p.id,
      href,
      title: localized(p, "name", locale),
      summary: role ? localized(role, "title", locale) : null,
      context: role?.ministry ? localized(role.ministry, "name", locale) : null,
      date: null,
      badges: [],
      names: present([p.nameEn, p.nameKo, p.nameZh]),
    };
  });
};

const readSources: Reader = async (db, ids) => {
  const rows = await db.source.findMany({
    where: { id: { in: ids } },
    select: { id: true, title: true, publisher: true, kind: true, trust: true, language: true, publishedOn: true },
  });
  const lang = (l: string): Locale => (l === "ko" || l === "zh" ? l : "en");
  return rows.map((s) => ({
    id: s.id,
    href: `/sources/${s.id}`,
    // A source's title is shown as the source gives it, in its own language.
    title: { text: s.title, lang: lang(s.language), isFallback: false },
    summary: null,
    context: s.publisher ? { text: s.publisher, lang: langOf(s.publisher), isFallback: false } : null,
    date: dated(s.publishedOn),
    badges: [{ key: `sourceKind.${s.kind}`, tone: "neutral" }],
    trust: s.trust,
    names: [s.title],
  }));
};

const READERS: Record<SearchKind, Reader> = {
  agreement: readAgreements,
  plan: readPlans,
  item: readItems,
  dialogue: readDialogues,
  meeting: readMeetings,
  event: readEvents,
  ministry: readMinistries,
  person: readPeople,
  source: readSources,
};

/** What the results page shows of the records `ids` of `kind`, in the order of `ids`. */
export async function readResults(
  db: Client,
  kind: SearchKind,
  ids: string[],
  locale: Locale,
  terms: readonly string[],
): Promise<SearchResult[]> {
  if (ids.length === 0) return [];
  const rows = new Map((await READERS[kind](db, ids, locale)).map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const row = rows.get(id);
    return row ? [{ ...row, kind, matchedName: matchedName(row.title, row.names, terms) }] : [];
  });
}

/**
 * The records of `kind` that are not shown anywhere: archived, or (items, meetings)
 * under an archived plan or dialogue. Few, so read whole rather than the hits looked
 * up, and kept until the data changes (lib/server/cache/kept.ts): the test of every
 * item against its plan costs 16–30 ms on the scale database (50,000 items), which
 * /search paid on every query.
 */
export function hiddenIds(db: Client, kind: SearchKind): Promise<Set<string>> {
  return keptByStamp(db, `hidden-${kind}`, () => readHiddenIds(db, kind));
}

async function readHiddenIds(db: Client, kind: SearchKind): Promise<Set<string>> {
  const archived = { archivedAt: { not: null } };
  const select = { id: true } as const;
  const rows: { id: string }[] = await {
    agreement: () => db.agreement.findMany({ where: archived, select }),
    plan: () => db.actionPlan.findMany({ where: archived, select }),
    item: () => db.planItem.findMany({ where: { OR: [archived, { plan: archived }] }, select }),
    dialogue: () => db.dialogue.findMany({ where: archived, select }),
    meeting: () => db.meeting.findMany({ where: { OR: [archived, { dialogue: archived }] }, select }),
    event: () => db.event.findMany({ where: archived, select }),
    ministry: () => db.ministry.findMany({ where: archived, select }),
    person: () => db.person.findMany({ where: archived, select }),
    source: () => db.source.findMany({ where: archived, select }),
  }[kind]();
  return new Set(rows.map((r) => r.id));
}
