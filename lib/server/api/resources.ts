import "server-only";
import type { z } from "zod";
import { precisionOf } from "@/lib/dates";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  AgreementDetailSchema,
  AgreementSchema,
  CitationSchema,
  DialogueDetailSchema,
  DialogueSchema,
  EventDetailSchema,
  EventSchema,
  ItemDetailSchema,
  ItemSchema,
  MeetingDetailSchema,
  MeetingSchema,
  MinistryDetailSchema,
  MinistrySchema,
  PlanDetailSchema,
  PlanSchema,
  RECORD_TYPES,
  SourceDetailSchema,
  SourceSchema,
  StatusUpdateDetailSchema,
  StatusUpdateSchema,
} from "@/lib/schemas/api";
import {
  AgreementListParamsSchema,
  CitationListParamsSchema,
  DialogueListParamsSchema,
  EventListParamsSchema,
  ItemListParamsSchema,
  MeetingListParamsSchema,
  MinistryListParamsSchema,
  PlanListParamsSchema,
  SourceListParamsSchema,
  StatusUpdateListParamsSchema,
} from "@/lib/schemas/api-filters";
import { cachedByStamp, dataStamp } from "@/lib/server/cache/cache";
import type { Db } from "@/lib/server/db/prisma";
import { filtersToWhere, getLineage } from "@/lib/server/queries/agreements";
import { searchRecords } from "@/lib/server/search";
import {
  compareKeys,
  type Directions,
  type KeySpec,
  keyOf,
  keysetAfter,
  keysetOrderBy,
  type SortKey,
} from "./pagination";

/**
 * The JSON API's resources: for each, its list filters, how a list is read and
 * ordered, and how one record is read with its relations. Everything is shaped by
 * the zod schemas in lib/schemas/api.ts, which the OpenAPI document is made from.
 */

type Row<T> = { key: SortKey; value: T };

/**
 * What a list reads for one page: up to `limit + 1` rows after the cursor, in order
 * (the extra row says whether there is a next page), how many match in all, and
 * the newest `updatedAt` among them.
 */
export type ListPage<T> = { rows: Row<T>[]; total: number; lastModified: Date | null };

/** Where the list starts (after this key, or from the top) and how many rows it wants. */
export type Window = { after: SortKey | null; limit: number };

export type Resource<F extends z.ZodRawShape, L extends z.ZodType, D extends z.ZodType> = {
  /** The path segment under /api/v1/. */
  name: string;
  /** How one record is addressed: by slug, or by id where records have none. */
  keyName: "slug" | "id";
  summary: string;
  params: z.ZodObject<F>;
  item: L;
  detail: D;
  /** The sort key: every key ends in a unique field, so the order is total. */
  keys: KeySpec;
  /** Where the order depends on the filters (agreements' `sort`). */
  keysFor?: (filters: z.infer<z.ZodObject<F>>) => KeySpec;
  /** The order, in words, for the documentation. */
  order: string;
  /** One page: keyset pagination in SQL, so a page costs the same wherever it is in a long list. */
  list(db: Db, filters: z.infer<z.ZodObject<F>>, window: Window): Promise<ListPage<z.input<L>>>;
  get(db: Db, key: string): Promise<{ value: z.input<D>; updatedAt: Date } | null>;
};

function resource<F extends z.ZodRawShape, L extends z.ZodType, D extends z.ZodType>(r: Resource<F, L, D>) {
  return r;
}

// ---------------------------------------------------------------- shaping helpers

const iso = (d: Date) => d.toISOString();
const stamps = (r: { createdAt: Date; updatedAt: Date }) => ({
  createdAt: iso(r.createdAt),
  updatedAt: iso(r.updatedAt),
});

function dated(value: string | null, inferred = false, reasoning: string | null = null) {
  if (!value) return null;
  return { value, precision: precisionOf(value) ?? "year", inferred, reasoning };
}

type Tri = { en: string | null; ko: string | null; zh: string | null };
const names = (r: { nameEn: string; nameKo: string | null; nameZh: string | null }) => ({
  en: r.nameEn,
  ko: r.nameKo,
  zh: r.nameZh,
});
const titles = (r: { titleEn: string; titleKo: string | null; titleZh: string | null }) => ({
  en: r.titleEn,
  ko: r.titleKo,
  zh: r.titleZh,
});
const tri = (en: string | null, ko: string | null, zh: string | null): Tri => ({ en, ko, zh });

const ministryRefSelect = {
  id: true,
  slug: true,
  side: true,
  nameEn: true,
  nameKo: true,
  nameZh: true,
  abbreviation: true,
} as const;
type MinistryRefRow = Prisma.MinistryGetPayload<{ select: typeof ministryRefSelect }>;
const ministryRef = (m: MinistryRefRow) => ({
  id: m.id,
  slug: m.slug,
  side: m.side,
  name: names(m),
  abbreviation: m.abbreviation,
});

const titledSelect = { id: true, slug: true, titleEn: true, titleKo: true, titleZh: true } as const;
const titledRef = (r: {
  id: string;
  slug: string;
  titleEn: string;
  titleKo: string | null;
  titleZh: string | null;
}) => ({
  id: r.id,
  slug: r.slug,
  title: titles(r),
});
const namedSelect = { id: true, slug: true, nameEn: true, nameKo: true, nameZh: true } as const;
const namedRef = (r: { id: string; slug: string; nameEn: string; nameKo: string | null; nameZh: string | null }) => ({
  id: r.id,
  slug: r.slug,
  name: names(r),
});
const maybe = <T, U>(v: T | null, f: (v: T) => U): U | null => (v === null ? null : f(v));

// ---------------------------------------------------------------- paging helpers

const ID: KeySpec[number] = { path: ["id"], dir: 1, type: "string" };
const SLUG: KeySpec[number] = { path: ["slug"], dir: 1, type: "string" };
const directionsOf = (spec: KeySpec): Directions => spec.map((f) => f.dir);

/** The Prisma arguments for one keyset page of `where` in the order of `spec`. */
function keyset<W>(db: Db, spec: KeySpec, where: W, { after, limit }: Window) {
  return {
    where: (after ? { AND: [where, keysetAfter(spec, after)] } : where) as W,
    orderBy: keysetOrderBy(db, spec) as never,
    take: limit + 1,
  };
}

type Stats = { _count: { _all: number }; _max: { updatedAt: Date | null } };
const COUNT_AND_NEWEST = { _count: { _all: true }, _max: { updatedAt: true } } as const;

/**
 * A list's count and newest `updatedAt`, cached by the data stamp (lib/server/cache/cache.ts): the
 * one part of a page that reads every matching row (a count over 200,000 status
 * updates filtered through their items and plans takes a couple of hundred ms).
 */
async function statsOf(db: Db, list: string, filters: unknown, read: () => Promise<Stats>): Promise<Stats> {
  const cached = await cachedByStamp(`api-stats-${list}`, await dataStamp(db), [filters], async () => {
    const s = await read();
    return { total: s._count._all, newest: s._max.updatedAt?.toISOString() ?? null };
  });
  return { _count: { _all: cached.total }, _max: { updatedAt: cached.newest ? new Date(cached.newest) : null } };
}

/** Shapes keyset rows into a ListPage. */
function sqlPage<R extends Record<string, unknown>, T>(
  spec: KeySpec,
  rows: R[],
  stats: Stats,
  shape: (r: R) => T,
): ListPage<T> {
  return {
    rows: rows.map((r) => ({ key: keyOf(spec, r), value: shape(r) })),
    total: stats._count._all,
    lastModified: stats._max.updatedAt,
  };
}

/** A page of a list held in memory (small lists, or keys that SQL cannot order by). */
function memoryPage<T>(
  spec: KeySpec,
  rows: readonly { key: SortKey; value: T; updatedAt?: Date }[],
  { after, limit }: Window,
): { rows: Row<T>[]; total: number; lastModified: Date | null } {
  const directions = directionsOf(spec);
  const sorted = [...rows].sort((a, b) => compareKeys(a.key, b.key, directions));
  const rest = after ? sorted.filter((r) => compareKeys(r.key, after, directions) > 0) : sorted;
  let lastModified: Date | null = null;
  for (const r of rows) if (r.updatedAt && (!lastModified || r.updatedAt > lastModified)) lastModified = r.updatedAt;
  return {
    rows: rest.slice(0, limit + 1).map(({ key, value }) => ({ key, value })),
    total: rows.length,
    lastModified,
  };
}

const citationSelect = {
  id: true,
  quote: true,
  locator: true,
  paraphrase: true,
  field: true,
  stance: true,
  claim: true,
  note: true,
  createdAt: true,
  updatedAt: true,
  source: { select: { id: true, title: true, trust: true } },
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
} satisfies Prisma.CitationSelect;
type CitationRow = Prisma.CitationGetPayload<{ select: typeof citationSelect }>;
const citationsArgs = {
  where: { archivedAt: null },
  orderBy: [{ stance: "desc" }, { createdAt: "asc" }, { id: "asc" }],
  select: citationSelect,
} satisfies Prisma.Agreement$citationsArgs;

const RECORD_COLUMNS: Record<(typeof RECORD_TYPES)[number], keyof CitationRow> = {
  agreement: "agreementId",
  ministry: "ministryId",
  dialogue: "dialogueId",
  meeting: "meetingId",
  plan: "planId",
  item: "planItemId",
  event: "eventId",
  person: "personId",
  personRole: "personRoleId",
  statusUpdate: "statusUpdateId",
};

function citation(c: CitationRow): z.input<typeof CitationSchema> {
  let record: { type: (typeof RECORD_TYPES)[number]; id: string } | null = null;
  for (const type of RECORD_TYPES) {
    const id = c[RECORD_COLUMNS[type]];
    if (typeof id === "string") {
      record = { type, id };
      break;
    }
  }
  return {
    id: c.id,
    source: c.source,
    quote: c.quote,
    locator: c.locator,
    paraphrase: c.paraphrase,
    field: c.field,
    stance: c.stance,
    claim: c.claim,
    note: c.note,
    record,
    ...stamps(c),
  };
}

// ---------------------------------------------------------------- agreements

const agreementSelect = {
  id: true,
  slug: true,
  kind: true,
  status: true,
  titleEn: true,
  titleKo: true,
  titleZh: true,
  summaryEn: true,
  summaryKo: true,
  summaryZh: true,
  signedOn: true,
  signedInferred: true,
  signedReasoning: true,
  effectiveOn: true,
  effectiveInferred: true,
  effectiveReasoning: true,
  expiresOn: true,
  expiresInferred: true,
  expiresReasoning: true,
  relation: true,
  createdAt: true,
  updatedAt: true,
  previous: { select: titledSelect },
  signatories: { orderBy: { ministry: { slug: "asc" } }, select: { ministry: { select: ministryRefSelect } } },
  topics: {
    orderBy: { topic: { slug: "asc" } },
    select: {
      topic: { select: { slug: true, nameEn: true, nameKo: true, nameZh: true, sector: { select: { slug: true } } } },
    },
  },
} satisfies Prisma.AgreementSelect;
type AgreementRow = Prisma.AgreementGetPayload<{ select: typeof agreementSelect }>;

export function agreementShape(a: AgreementRow): z.input<typeof AgreementSchema> {
  return {
    id: a.id,
    slug: a.slug,
    kind: a.kind,
    status: a.status,
    title: titles(a),
    summary: tri(a.summaryEn, a.summaryKo, a.summaryZh),
    signed: dated(a.signedOn, a.signedInferred, a.signedReasoning),
    effective: dated(a.effectiveOn, a.effectiveInferred, a.effectiveReasoning),
    expires: dated(a.expiresOn, a.expiresInferred, a.expiresReasoning),
    previous: maybe(a.previous, titledRef),
    relation: a.relation,
    signatories: a.signatories.map((s) => ministryRef(s.ministry)),
    topics: a.topics.map((t) => ({ slug: t.topic.slug, sector: t.topic.sector.slug, name: names(t.topic) })),
    ...stamps(a),
  };
}

/** The order an agreement list takes: its `sort`, relevance only when there is a search. */
function agreementSort(filters: z.infer<typeof AgreementListParamsSchema>) {
  const sort = filters.sort ?? (filters.q ? "relevance" : "date");
  return sort === "relevance" && !filters.q ? "date" : sort;
}

/** Keys by order: newest signed first (undated last); title (case-insensitive); search rank. */
const AGREEMENT_KEYS = {
  date: [{ path: ["signedOn"], dir: -1, type: "string", nullable: true }, ID],
  title: [{ path: ["title"], dir: 1, type: "string" }, ID],
  relevance: [{ path: ["rank"], dir: 1, type: "number" }, ID],
} as const satisfies Record<string, KeySpec>;

/** Agreements matching the /agreements filters, in the page's order, as [key, row]: every row, for exports. */
export async function listAgreementRows(db: Db, filters: z.infer<typeof AgreementListParamsSchema>) {
  const search = filters.q ? await searchRecords(db, "agreement", filters.q) : null;
  const ids = filters.q ? (search?.hits.map((h) => h.id) ?? []) : null;
  const sort = filters.sort ?? (search ? "relevance" : "date");
  const rows = await db.agreement.findMany({
    where: await filtersToWhere(db, { ...filters, page: 1 }, ids),
    select: agreementSelect,
  });
  const rank = new Map(search?.hits.map((h, i) => [h.id, i]) ?? []);
  // Every key ends in the id, so the order is total; the first part depends on the sort.
  const keyOfRow = (a: AgreementRow): SortKey =>
    sort === "relevance" && search
      ? [rank.get(a.id) ?? 0, a.id]
      : sort === "title"
        ? [a.titleEn.toLowerCase(), a.id]
        : [a.signedOn, a.id];
  const directions = directionsOf(AGREEMENT_KEYS[sort === "relevance" && !search ? "date" : sort]);
  return { rows: rows.map((a) => ({ key: keyOfRow(a), value: a, updatedAt: a.updatedAt })), directions };
}

export const agreements = resource({
  name: "agreements",
  keyName: "slug",
  summary: "Agreements, MOUs, signed plans and joint statements",
  params: AgreementListParamsSchema,
  item: AgreementSchema,
  detail: AgreementDetailSchema,
  // Newest first by default; `sort` changes the first key.
  keys: AGREEMENT_KEYS.date,
  keysFor: (f) => AGREEMENT_KEYS[agreementSort(f)],
  order: "As /agreements: newest signed first (undated last), or by `sort`; ties by id",
  async list(db, filters, window) {
    const search = filters.q ? await searchRecords(db, "agreement", filters.q) : null;
    const ids = filters.q ? (search?.hits.map((h) => h.id) ?? []) : null;
    const sort = agreementSort(filters);
    const where = await filtersToWhere(db, { ...filters, page: 1 }, ids);
    const stats = await statsOf(db, "agreement", filters, () => db.agreement.aggregate({ where, ...COUNT_AND_NEWEST }));
    if (sort === "date") {
      const rows = await db.agreement.findMany({
        ...keyset(db, AGREEMENT_KEYS.date, where, window),
        select: agreementSelect,
      });
      return sqlPage(AGREEMENT_KEYS.date, rows, stats, agreementShape);
    }
    // Title (case-insensitive) and rank are no column to order by in SQL: order the
    // matching ids by their narrow keys here, and read full rows for one page.
    const rank = new Map(search?.hits.map((h, i) => [h.id, i]) ?? []);
    const narrow = await db.agreement.findMany({ where, select: { id: true, titleEn: true } });
    const spec = AGREEMENT_KEYS[sort];
    const keyed = narrow.map((a) => ({
      key: [sort === "title" ? a.titleEn.toLowerCase() : (rank.get(a.id) ?? 0), a.id] as SortKey,
      value: a.id,
    }));
    const page = memoryPage(spec, keyed, window);
    const full = await db.agreement.findMany({
      where: { id: { in: page.rows.map((r) => r.value) } },
      select: agreementSelect,
    });
    const byId = new Map(full.map((a) => [a.id, a] as const));
    return {
      rows: page.rows.flatMap(({ key, value }) => {
        const a = byId.get(value);
        return a ? [{ key, value: agreementShape(a) }] : [];
      }),
      total: stats._count._all,
      lastModified: stats._max.updatedAt,
    };
  },
  async get(db, slug) {
    const a = await db.agreement.findFirst({
      where: { slug, archivedAt: null },
      select: {
        ...agreementSelect,
        plans: { where: { archivedAt: null }, orderBy: { slug: "asc" }, select: titledSelect },
        dialogues: { where: { archivedAt: null }, orderBy: { slug: "asc" }, select: namedSelect },
        events: { where: { archivedAt: null }, orderBy: { slug: "asc" }, select: titledSelect },
        citations: citationsArgs,
      },
    });
    if (!a) return null;
    const lineage = await getLineage(db, a.id);
    return {
      updatedAt: a.updatedAt,
      value: {
        ...agreementShape(a),
        lineage: lineage.map(titledRef),
        plans: a.plans.map(titledRef),
        dialogues: a.dialogues.map(namedRef),
        events: a.events.map(titledRef),
        citations: a.citations.map(citation),
      },
    };
  },
});

// ---------------------------------------------------------------- ministries

const ministrySelect = {
  ...ministryRefSelect,
  kind: true,
  summaryEn: true,
  summaryKo: true,
  summaryZh: true,
  establishedOn: true,
  establishedInferred: true,
  establishedReasoning: true,
  endedOn: true,
  createdAt: true,
  updatedAt: true,
  predecessor: { select: namedSelect },
} satisfies Prisma.MinistrySelect;
type MinistryRow = Prisma.MinistryGetPayload<{ select: typeof ministrySelect }>;

const ministryShape = (m: MinistryRow): z.input<typeof MinistrySchema> => ({
  ...ministryRef(m),
  kind: m.kind,
  summary: tri(m.summaryEn, m.summaryKo, m.summaryZh),
  established: dated(m.establishedOn, m.establishedInferred, m.establishedReasoning),
  endedOn: m.endedOn,
  predecessor: maybe(m.predecessor, namedRef),
  ...stamps(m),
});

export const ministries = resource({
  name: "ministries",
  keyName: "slug",
  summary: "Ministries and other bodies on every side",
  params: MinistryListParamsSchema,
  item: MinistrySchema,
  detail: MinistryDetailSchema,
  keys: [SLUG],
  order: "By slug",
  async list(db, f, window) {
    // A few dozen bodies, searched in every language's name: read and cut here.
    const q = f.q?.toLowerCase();
    const rows = await db.ministry.findMany({
      where: { archivedAt: null, ...(f.side ? { side: f.side } : {}), ...(f.kind ? { kind: f.kind } : {}) },
      select: ministrySelect,
    });
    const page = memoryPage(
      [SLUG],
      rows
        .filter(
          (m) =>
            !q ||
            [m.nameEn, m.nameKo, m.nameZh, m.abbreviation, m.slug].some((v) => v?.toLowerCase().includes(q) ?? false),
        )
        .map((m) => ({ key: [m.slug], value: m, updatedAt: m.updatedAt })),
      window,
    );
    return { ...page, rows: page.rows.map((r) => ({ key: r.key, value: ministryShape(r.value) })) };
  },
  async get(db, slug) {
    const m = await db.ministry.findFirst({
      where: { slug, archivedAt: null },
      select: {
        ...ministrySelect,
        successors: { where: { archivedAt: null }, orderBy: { slug: "asc" }, select: namedSelect },
        signatures: {
          where: { agreement: { archivedAt: null } },
          orderBy: { agreement: { slug: "asc" } },
          select: { agreement: { select: titledSelect } },
        },
        dialogues: {
          where: { dialogue: { archivedAt: null } },
          orderBy: { dialogue: { slug: "asc" } },
          select: { dialogue: { select: namedSelect } },
        },
        citations: citationsArgs,
      },
    });
    if (!m) return null;
    return {
      updatedAt: m.updatedAt,
      value: {
        ...ministryShape(m),
        successors: m.successors.map(namedRef),
        agreements: m.signatures.map((s) => titledRef(s.agreement)),
        dialogues: m.dialogues.map((d) => namedRef(d.dialogue)),
        citations: m.citations.map(citation),
      },
    };
  },
});

// ---------------------------------------------------------------- dialogues and meetings

const meetingSelect = {
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
  agendaEn: true,
  agendaKo: true,
  agendaZh: true,
  outcomesEn: true,
  outcomesKo: true,
  outcomesZh: true,
  createdAt: true,
  updatedAt: true,
  dialogue: { select: namedSelect },
} satisfies Prisma.MeetingSelect;
type MeetingRow = Prisma.MeetingGetPayload<{ select: typeof meetingSelect }>;

const meetingShape = (m: MeetingRow): z.input<typeof MeetingSchema> => ({
  id: m.id,
  slug: m.slug,
  dialogue: namedRef(m.dialogue),
  number: m.number,
  status: m.status,
  held: dated(m.heldOn, m.heldInferred, m.heldReasoning),
  place: tri(m.placeEn, m.placeKo, m.placeZh),
  agenda: tri(m.agendaEn, m.agendaKo, m.agendaZh),
  outcomes: tri(m.outcomesEn, m.outcomesKo, m.outcomesZh),
  ...stamps(m),
});

const dialogueSelect = {
  ...namedSelect,
  abbreviation: true,
  format: true,
  level: true,
  cadence: true,
  cadenceMonths: true,
  summaryEn: true,
  summaryKo: true,
  summaryZh: true,
  createdAt: true,
  updatedAt: true,
  sector: { select: { slug: true } },
  agreement: { select: titledSelect },
  participants: { orderBy: { ministry: { slug: "asc" } }, select: { ministry: { select: ministryRefSelect } } },
} satisfies Prisma.DialogueSelect;
type DialogueRow = Prisma.DialogueGetPayload<{ select: typeof dialogueSelect }>;

const dialogueShape = (d: DialogueRow): z.input<typeof DialogueSchema> => ({
  ...namedRef(d),
  abbreviation: d.abbreviation,
  format: d.format,
  level: d.level,
  cadence: d.cadence,
  cadenceMonths: d.cadenceMonths,
  sector: d.sector.slug,
  agreement: maybe(d.agreement, titledRef),
  summary: tri(d.summaryEn, d.summaryKo, d.summaryZh),
  participants: d.participants.map((p) => ministryRef(p.ministry)),
  ...stamps(d),
});

export const dialogues = resource({
  name: "dialogues",
  keyName: "slug",
  summary: "Recurring dialogues, with their cadence and participants",
  params: DialogueListParamsSchema,
  item: DialogueSchema,
  detail: DialogueDetailSchema,
  keys: [SLUG],
  order: "By slug",
  async list(db, f, window) {
    const where: Prisma.DialogueWhereInput = {
      archivedAt: null,
      ...(f.sector ? { sector: { slug: f.sector } } : {}),
      ...(f.ministry ? { participants: { some: { ministry: { slug: f.ministry } } } } : {}),
      ...(f.format ? { format: f.format } : {}),
      ...(f.level ? { level: f.level } : {}),
    };
    const [rows, stats] = await Promise.all([
      db.dialogue.findMany({ ...keyset(db, [SLUG], where, window), select: dialogueSelect }),
      statsOf(db, "dialogue", f, () => db.dialogue.aggregate({ where, ...COUNT_AND_NEWEST })),
    ]);
    return sqlPage([SLUG], rows, stats, dialogueShape);
  },
  async get(db, slug) {
    const d = await db.dialogue.findFirst({
      where: { slug, archivedAt: null },
      select: {
        ...dialogueSelect,
        meetings: { where: { archivedAt: null }, orderBy: [{ heldOn: "asc" }, { id: "asc" }], select: meetingSelect },
        citations: citationsArgs,
      },
    });
    if (!d) return null;
    return {
      updatedAt: d.updatedAt,
      value: { ...dialogueShape(d), meetings: d.meetings.map(meetingShape), citations: d.citations.map(citation) },
    };
  },
});

const MEETING_KEYS: KeySpec = [{ path: ["heldOn"], dir: -1, type: "string", nullable: true }, ID];

export const meetings = resource({
  name: "meetings",
  keyName: "slug",
  summary: "Meetings of the dialogues",
  params: MeetingListParamsSchema,
  item: MeetingSchema,
  detail: MeetingDetailSchema,
  keys: MEETING_KEYS,
  order: "Newest first (undated last), ties by id",
  async list(db, f, window) {
    const where: Prisma.MeetingWhereInput = {
      archivedAt: null,
      dialogue: { archivedAt: null, ...(f.dialogue ? { slug: f.dialogue } : {}) },
      ...(f.status ? { status: f.status } : {}),
      AND: [
        ...(f.from !== undefined ? [{ heldOn: { gte: String(f.from) } }] : []),
        ...(f.to !== undefined ? [{ heldOn: { lt: String(f.to + 1) } }] : []),
      ],
    };
    const [rows, stats] = await Promise.all([
      db.meeting.findMany({ ...keyset(db, MEETING_KEYS, where, window), select: meetingSelect }),
      statsOf(db, "meeting", f, () => db.meeting.aggregate({ where, ...COUNT_AND_NEWEST })),
    ]);
    return sqlPage(MEETING_KEYS, rows, stats, meetingShape);
  },
  async get(db, slug) {
    const m = await db.meeting.findFirst({
      where: { slug, archivedAt: null },
      select: {
        ...meetingSelect,
        participants: { orderBy: { person: { slug: "asc" } }, select: { role: true, person: { select: namedSelect } } },
        reviews: {
          orderBy: { id: "asc" },
          select: { noteEn: true, agreement: { select: titledSelect }, plan: { select: titledSelect } },
        },
        citations: citationsArgs,
      },
    });
    if (!m) return null;
    return {
      updatedAt: m.updatedAt,
      value: {
        ...meetingShape(m),
        participants: m.participants.map((p) => ({ person: namedRef(p.person), role: p.role })),
        reviewed: m.reviews.map((r) => ({
          agreement: maybe(r.agreement, titledRef),
          plan: maybe(r.plan, titledRef),
          note: r.noteEn,
        })),
        citations: m.citations.map(citation),
      },
    };
  },
});

// ---------------------------------------------------------------- plans, items, status updates

const planSelect = {
  ...titledSelect,
  summaryEn: true,
  summaryKo: true,
  summaryZh: true,
  startOn: true,
  startInferred: true,
  startReasoning: true,
  endOn: true,
  endInferred: true,
  endReasoning: true,
  createdAt: true,
  updatedAt: true,
  sector: { select: { slug: true } },
  implementingBody: { select: ministryRefSelect },
  agreement: { select: titledSelect },
  parent: { select: titledSelect },
} satisfies Prisma.ActionPlanSelect;
type PlanRow = Prisma.ActionPlanGetPayload<{ select: typeof planSelect }>;

const planShape = (p: PlanRow): z.input<typeof PlanSchema> => ({
  ...titledRef(p),
  summary: tri(p.summaryEn, p.summaryKo, p.summaryZh),
  start: dated(p.startOn, p.startInferred, p.startReasoning),
  end: dated(p.endOn, p.endInferred, p.endReasoning),
  sector: p.sector.slug,
  implementingBody: maybe(p.implementingBody, ministryRef),
  agreement: maybe(p.agreement, titledRef),
  parent: maybe(p.parent, titledRef),
  ...stamps(p),
});

export const itemSelect = {
  ...titledSelect,
  number: true,
  dueOn: true,
  dueInferred: true,
  dueReasoning: true,
  status: true,
  progress: true,
  statusAssessedOn: true,
  createdAt: true,
  updatedAt: true,
  plan: { select: titledSelect },
  responsibleBody: { select: ministryRefSelect },
} satisfies Prisma.PlanItemSelect;
type ItemRow = Prisma.PlanItemGetPayload<{ select: typeof itemSelect }>;

const itemShape = (i: ItemRow): z.input<typeof ItemSchema> => ({
  ...titledRef(i),
  plan: titledRef(i.plan),
  number: i.number,
  responsibleBody: maybe(i.responsibleBody, ministryRef),
  due: dated(i.dueOn, i.dueInferred, i.dueReasoning),
  status: i.status,
  progress: i.progress,
  statusAssessedOn: i.statusAssessedOn,
  ...stamps(i),
});

export const plans = resource({
  name: "plans",
  keyName: "slug",
  summary: "Action plans that carry agreements out, and their yearly rounds",
  params: PlanListParamsSchema,
  item: PlanSchema,
  detail: PlanDetailSchema,
  keys: [SLUG],
  order: "By slug",
  async list(db, f, window) {
    const where: Prisma.ActionPlanWhereInput = {
      archivedAt: null,
      ...(f.sector ? { sector: { slug: f.sector } } : {}),
      ...(f.agreement ? { agreement: { slug: f.agreement } } : {}),
      ...(f.ministry ? { implementingBody: { slug: f.ministry } } : {}),
    };
    const [rows, stats] = await Promise.all([
      db.actionPlan.findMany({ ...keyset(db, [SLUG], where, window), select: planSelect }),
      statsOf(db, "actionPlan", f, () => db.actionPlan.aggregate({ where, ...COUNT_AND_NEWEST })),
    ]);
    return sqlPage([SLUG], rows, stats, planShape);
  },
  async get(db, slug) {
    const p = await db.actionPlan.findFirst({
      where: { slug, archivedAt: null },
      select: {
        ...planSelect,
        rounds: { where: { archivedAt: null }, orderBy: { slug: "asc" }, select: titledSelect },
        items: { where: { archivedAt: null }, orderBy: { number: "asc" }, select: itemSelect },
        citations: citationsArgs,
      },
    });
    if (!p) return null;
    return {
      updatedAt: p.updatedAt,
      value: {
        ...planShape(p),
        rounds: p.rounds.map(titledRef),
        items: p.items.map(itemShape),
        citations: p.citations.map(citation),
      },
    };
  },
});

const itemWhere = (f: z.infer<typeof ItemListParamsSchema>): Prisma.PlanItemWhereInput => ({
  archivedAt: null,
  plan: {
    archivedAt: null,
    ...(f.plan ? { slug: f.plan } : {}),
    ...(f.sector ? { sector: { slug: f.sector } } : {}),
  },
  ...(f.ministry ? { responsibleBody: { slug: f.ministry } } : {}),
  ...(f.status ? { status: f.status } : {}),
});

const ITEM_KEYS: KeySpec = [
  { path: ["plan", "slug"], dir: 1, type: "string" },
  { path: ["number"], dir: 1, type: "number" },
  ID,
];

/** Plan items matching the item filters, ordered by plan slug and number: every row, for exports. */
export async function listItemRows(db: Db, f: z.infer<typeof ItemListParamsSchema>) {
  return db.planItem.findMany({
    where: itemWhere(f),
    orderBy: [{ plan: { slug: "asc" } }, { number: "asc" }],
    select: itemSelect,
  });
}

export const items = resource({
  name: "items",
  keyName: "slug",
  summary: "Items of the action plans, with their current implementation status",
  params: ItemListParamsSchema,
  item: ItemSchema,
  detail: ItemDetailSchema,
  keys: ITEM_KEYS,
  order: "By plan slug, then item number",
  async list(db, f, window) {
    const where = itemWhere(f);
    const [rows, stats] = await Promise.all([
      db.planItem.findMany({ ...keyset(db, ITEM_KEYS, where, window), select: itemSelect }),
      statsOf(db, "planItem", f, () => db.planItem.aggregate({ where, ...COUNT_AND_NEWEST })),
    ]);
    return sqlPage(ITEM_KEYS, rows, stats, itemShape);
  },
  async get(db, slug) {
    const i = await db.planItem.findFirst({
      where: { slug, archivedAt: null },
      select: {
        ...itemSelect,
        statusUpdates: {
          orderBy: [{ assessedOn: "desc" }, { createdAt: "desc" }, { id: "asc" }],
          select: statusUpdateSelect(),
        },
        citations: citationsArgs,
      },
    });
    if (!i) return null;
    return {
      updatedAt: i.updatedAt,
      value: {
        ...itemShape(i),
        statusUpdates: i.statusUpdates.map(statusUpdateShape),
        citations: i.citations.map(citation),
      },
    };
  },
});

function statusUpdateSelect() {
  return {
    id: true,
    status: true,
    progress: true,
    assessedOn: true,
    basis: true,
    noteEn: true,
    noteKo: true,
    noteZh: true,
    evidenceUrl: true,
    createdAt: true,
    updatedAt: true,
    planItem: { select: { id: true, slug: true, number: true, plan: { select: { slug: true } } } },
    evidenceSource: { select: { id: true, title: true, trust: true } },
  } satisfies Prisma.StatusUpdateSelect;
}
type StatusUpdateRow = Prisma.StatusUpdateGetPayload<{ select: ReturnType<typeof statusUpdateSelect> }>;

const statusUpdateShape = (u: StatusUpdateRow): z.input<typeof StatusUpdateSchema> => ({
  id: u.id,
  item: { id: u.planItem.id, slug: u.planItem.slug, number: u.planItem.number, plan: u.planItem.plan.slug },
  status: u.status,
  progress: u.progress,
  assessedOn: u.assessedOn,
  basis: u.basis,
  note: tri(u.noteEn, u.noteKo, u.noteZh),
  evidenceUrl: u.evidenceUrl,
  evidenceSource: u.evidenceSource,
  ...stamps(u),
});

const STATUS_UPDATE_KEYS: KeySpec = [
  { path: ["assessedOn"], dir: -1, type: "string" },
  { path: ["createdAt"], dir: -1, type: "date" },
  ID,
];

export const statusUpdates = resource({
  name: "status-updates",
  keyName: "id",
  summary: "Assessments of plan items, kept forever",
  params: StatusUpdateListParamsSchema,
  item: StatusUpdateSchema,
  detail: StatusUpdateDetailSchema,
  keys: STATUS_UPDATE_KEYS,
  order: "Newest assessment first, then newest recorded, ties by id",
  async list(db, f, window) {
    const where: Prisma.StatusUpdateWhereInput = {
      planItem: {
        archivedAt: null,
        ...(f.item ? { slug: f.item } : {}),
        plan: { archivedAt: null, ...(f.plan ? { slug: f.plan } : {}) },
      },
      ...(f.status ? { status: f.status } : {}),
      ...(f.basis ? { basis: f.basis } : {}),
      ...(f.since ? { assessedOn: { gte: f.since } } : {}),
    };
    const [rows, stats] = await Promise.all([
      db.statusUpdate.findMany({ ...keyset(db, STATUS_UPDATE_KEYS, where, window), select: statusUpdateSelect() }),
      statsOf(db, "statusUpdate", f, () => db.statusUpdate.aggregate({ where, ...COUNT_AND_NEWEST })),
    ]);
    return sqlPage(STATUS_UPDATE_KEYS, rows, stats, statusUpdateShape);
  },
  async get(db, id) {
    const u = await db.statusUpdate.findFirst({
      where: { id },
      select: { ...statusUpdateSelect(), citations: citationsArgs },
    });
    if (!u) return null;
    return { updatedAt: u.updatedAt, value: { ...statusUpdateShape(u), citations: u.citations.map(citation) } };
  },
});

// ---------------------------------------------------------------- events

const eventSelect = {
  ...titledSelect,
  kind: true,
  status: true,
  summaryEn: true,
  summaryKo: true,
  summaryZh: true,
  startOn: true,
  startInferred: true,
  startReasoning: true,
  endOn: true,
  placeEn: true,
  placeKo: true,
  placeZh: true,
  timeZone: true,
  createdAt: true,
  updatedAt: true,
  sector: { select: { slug: true } },
  agreement: { select: titledSelect },
  participants: { orderBy: { ministry: { slug: "asc" } }, select: { ministry: { select: ministryRefSelect } } },
} satisfies Prisma.EventSelect;
type EventRow = Prisma.EventGetPayload<{ select: typeof eventSelect }>;

const eventShape = (e: EventRow): z.input<typeof EventSchema> => ({
  ...titledRef(e),
  kind: e.kind,
  status: e.status,
  summary: tri(e.summaryEn, e.summaryKo, e.summaryZh),
  start: dated(e.startOn, e.startInferred, e.startReasoning),
  endOn: e.endOn,
  place: tri(e.placeEn, e.placeKo, e.placeZh),
  timeZone: e.timeZone,
  sector: e.sector?.slug ?? null,
  agreement: maybe(e.agreement, titledRef),
  participants: e.participants.map((p) => ministryRef(p.ministry)),
  ...stamps(e),
});

const EVENT_KEYS: KeySpec = [{ path: ["startOn"], dir: -1, type: "string", nullable: true }, ID];

export const events = resource({
  name: "events",
  keyName: "slug",
  summary: "Dated events that are not agreements, meetings or plans",
  params: EventListParamsSchema,
  item: EventSchema,
  detail: EventDetailSchema,
  keys: EVENT_KEYS,
  order: "Newest first (undated last), ties by id",
  async list(db, f, window) {
    const where: Prisma.EventWhereInput = {
      archivedAt: null,
      ...(f.sector ? { sector: { slug: f.sector } } : {}),
      ...(f.kind ? { kind: f.kind } : {}),
      ...(f.status ? { status: f.status } : {}),
      AND: [
        ...(f.from !== undefined ? [{ startOn: { gte: String(f.from) } }] : []),
        ...(f.to !== undefined ? [{ startOn: { lt: String(f.to + 1) } }] : []),
      ],
    };
    const [rows, stats] = await Promise.all([
      db.event.findMany({ ...keyset(db, EVENT_KEYS, where, window), select: eventSelect }),
      statsOf(db, "event", f, () => db.event.aggregate({ where, ...COUNT_AND_NEWEST })),
    ]);
    return sqlPage(EVENT_KEYS, rows, stats, eventShape);
  },
  async get(db, slug) {
    const e = await db.event.findFirst({
      where: { slug, archivedAt: null },
      select: { ...eventSelect, citations: citationsArgs },
    });
    if (!e) return null;
    return { updatedAt: e.updatedAt, value: { ...eventShape(e), citations: e.citations.map(citation) } };
  },
});

// ---------------------------------------------------------------- sources and citations

const sourceSelect = {
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
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.SourceSelect;
type SourceRow = Prisma.SourceGetPayload<{ select: typeof sourceSelect }>;
const sourceShape = ({ createdAt, updatedAt, ...s }: SourceRow): z.input<typeof SourceSchema> => ({
  ...s,
  ...stamps({ createdAt, updatedAt }),
});

export const sources = resource({
  name: "sources",
  keyName: "id",
  summary: "The documents the data comes from, with how far to trust each",
  params: SourceListParamsSchema,
  item: SourceSchema,
  detail: SourceDetailSchema,
  keys: [ID],
  order: "By id",
  async list(db, f, window) {
    const where: Prisma.SourceWhereInput = {
      archivedAt: null,
      ...(f.kind ? { kind: f.kind } : {}),
      ...(f.trust ? { trust: f.trust } : {}),
    };
    const [rows, stats] = await Promise.all([
      db.source.findMany({ ...keyset(db, [ID], where, window), select: sourceSelect }),
      statsOf(db, "source", f, () => db.source.aggregate({ where, ...COUNT_AND_NEWEST })),
    ]);
    return sqlPage([ID], rows, stats, sourceShape);
  },
  async get(db, id) {
    const s = await db.source.findFirst({
      where: { id, archivedAt: null },
      select: { ...sourceSelect, citations: citationsArgs },
    });
    if (!s) return null;
    const { citations: cs, ...rest } = s;
    return { updatedAt: s.updatedAt, value: { ...sourceShape(rest), citations: cs.map(citation) } };
  },
});

export const citations = resource({
  name: "citations",
  keyName: "id",
  summary: "Verbatim passages that tie records and fields to their sources",
  params: CitationListParamsSchema,
  item: CitationSchema,
  detail: CitationSchema,
  keys: [ID],
  order: "By id",
  async list(db, f, window) {
    const where: Prisma.CitationWhereInput = {
      archivedAt: null,
      ...(f.source ? { sourceId: f.source } : {}),
      ...(f.stance ? { stance: f.stance } : {}),
    };
    const [rows, stats] = await Promise.all([
      db.citation.findMany({ ...keyset(db, [ID], where, window), select: citationSelect }),
      statsOf(db, "citation", f, () => db.citation.aggregate({ where, ...COUNT_AND_NEWEST })),
    ]);
    return sqlPage([ID], rows, stats, citation);
  },
  async get(db, id) {
    const c = await db.citation.findFirst({ where: { id, archivedAt: null }, select: citationSelect });
    return c ? { updatedAt: c.updatedAt, value: citation(c) } : null;
  },
});

/** Every resource, in the order the documentation lists them. */
export const RESOURCES = [
  agreements,
  ministries,
  dialogues,
  meetings,
  plans,
  items,
  statusUpdates,
  events,
  sources,
  citations,
] as const;
