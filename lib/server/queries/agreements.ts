import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AGREEMENTS_PER_PAGE, type AgreementFilters } from "@/lib/schemas/agreement-filters";
import type { Locale, Side } from "@/lib/schemas/vocab";
import { cachedByStamp, dataStamp } from "@/lib/server/cache/cache";
import {
  agreementHead,
  agreementPlans,
  datedFields,
  ministryBrief,
  namedLink,
  placeFields,
  titledLink,
  titleFields,
} from "@/lib/server/db/fragments";
import type { Db } from "@/lib/server/db/prisma";
import { searchRecords } from "@/lib/server/search";
import { citationsInclude } from "./citations";
import { descNullsLast } from "./order";

const agreementRow = {
  ...agreementHead,
  signatories: { select: { ministry: { select: ministryBrief } } },
  topics: {
    select: {
      topic: { select: { ...namedLink, sector: { select: { slug: true } } } },
    },
  },
} satisfies Prisma.AgreementSelect;

type AgreementRowData = Prisma.AgreementGetPayload<{ select: typeof agreementRow }>;

function toSummary({ signatories, topics, ...agreement }: AgreementRowData) {
  return {
    ...agreement,
    signatories: signatories.map((s) => ({ ...s.ministry, side: s.ministry.side as Side })),
    topics: topics.map((t) => ({ ...t.topic, sector: t.topic.sector.slug })),
  };
}

export type AgreementSummary = ReturnType<typeof toSummary>;

/** The latest agreements for the overview: newest first, undated last, with their signatories. */
export async function listAgreementSummaries(db: Db, take = 6) {
  const rows = await db.agreement.findMany({
    where: { archivedAt: null },
    orderBy: [{ signedOn: descNullsLast(db) }, { titleEn: "asc" }],
    take,
    select: agreementRow,
  });
  return rows.map(toSummary);
}

/**
 * The /agreements filters as a Prisma where; the JSON API and exports share it.
 * Tracks, topics, sides and ministries are first turned into the ids of the few rows
 * they name, so each agreement is tested against its own join rows by key rather
 * than through a join to the named table per agreement (a count over 10,000
 * agreements drops from about a hundred milliseconds to a few).
 */
export async function filtersToWhere(
  db: Db,
  filters: AgreementFilters,
  ids: string[] | null,
): Promise<Prisma.AgreementWhereInput> {
  const and: Prisma.AgreementWhereInput[] = [{ archivedAt: null }];
  if (ids) and.push({ id: { in: ids } });
  const topicIds = async (where: Prisma.TopicWhereInput) =>
    (await db.topic.findMany({ where, select: { id: true } })).map((t) => t.id);
  const ministryIds = async (where: Prisma.MinistryWhereInput) =>
    (await db.ministry.findMany({ where, select: { id: true } })).map((m) => m.id);
  if (filters.sector)
    and.push({ topics: { some: { topicId: { in: await topicIds({ sector: { slug: filters.sector } }) } } } });
  if (filters.topic) and.push({ topics: { some: { topicId: { in: await topicIds({ slug: filters.topic }) } } } });
  for (const slug of filters.ministry)
    and.push({ signatories: { some: { ministryId: { in: await ministryIds({ slug }) } } } });
  if (filters.side)
    and.push({ signatories: { some: { ministryId: { in: await ministryIds({ side: filters.side }) } } } });
  if (filters.kind) and.push({ kind: filters.kind });
  if (filters.status) and.push({ status: filters.status });
  // Dates are ISO strings of their own precision, so year bounds compare as strings.
  if (filters.from !== undefined) and.push({ signedOn: { gte: String(filters.from) } });
  if (filters.to !== undefined) and.push({ signedOn: { lt: String(filters.to + 1) } });
  return { AND: and };
}

/**
 * Which of a search's hits the filters allow. A search without filters only leaves
 * out archived agreements, so it reads those (a few) rather than naming every hit in
 * a query: Prisma spends about 5 ms turning 500 ids into parameters.
 */
async function allowedHits(db: Db, filters: AgreementFilters, where: Prisma.AgreementWhereInput, ids: string[]) {
  const { q, sort, page, ministry, ...narrowing } = filters;
  const filtered = ministry.length > 0 || Object.values(narrowing).some((v) => v !== undefined);
  if (filtered) return new Set((await db.agreement.findMany({ where, select: { id: true } })).map((r) => r.id));
  const archived = await db.agreement.findMany({ where: { archivedAt: { not: null } }, select: { id: true } });
  const left = new Set(archived.map((r) => r.id));
  return new Set(ids.filter((id) => !left.has(id)));
}

/**
 * One page of /agreements: filtered, searched and sorted as the URL says. Sorting
 * happens on the matching ids and dates only; full rows are read for one page.
 */
export async function listAgreements(db: Db, filters: AgreementFilters, locale: Locale) {
  const search = filters.q ? await searchRecords(db, "agreement", filters.q) : null;
  const ids = filters.q ? (search?.hits.map((h) => h.id) ?? []) : null;
  const sort = filters.sort ?? (search ? "relevance" : "date");
  const where = await filtersToWhere(db, filters, ids);

  // Ranked by the search: its (bounded) hits that the filters allow, which also counts them.
  const allowed = sort === "relevance" && search && ids ? await allowedHits(db, filters, where, ids) : null;
  const total = allowed ? allowed.size : await db.agreement.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / AGREEMENTS_PER_PAGE));
  const page = Math.min(filters.page, pageCount);
  const window = { skip: (page - 1) * AGREEMENTS_PER_PAGE, take: AGREEMENTS_PER_PAGE };

  let rows: AgreementRowData[];
  if (allowed && search) {
    const pageIds = search.hits
      .map((h) => h.id)
      .filter((id) => allowed.has(id))
      .slice(window.skip, window.skip + window.take);
    const found = await db.agreement.findMany({ where: { id: { in: pageIds } }, select: agreementRow });
    const byId = new Map(found.map((r) => [r.id, r]));
    rows = pageIds.map((id) => byId.get(id)).filter((r): r is AgreementRowData => r !== undefined);
  } else {
    // Sorting and paging happen in the database, so a list of any length costs one page.
    const byTitle: Prisma.AgreementOrderByWithRelationInput[] =
      locale === "en"
        ? [{ titleEn: "asc" }]
        : [{ [locale === "ko" ? "titleKo" : "titleZh"]: { sort: "asc", nulls: "last" } }, { titleEn: "asc" }];
    const orderBy: Prisma.AgreementOrderByWithRelationInput[] =
      sort === "title"
        ? [...byTitle, { id: "asc" }]
        : [{ signedOn: descNullsLast(db) }, { titleEn: "asc" }, { id: "asc" }];
    rows = await db.agreement.findMany({ where, orderBy, ...window, select: agreementRow });
  }

  return { rows: rows.map(toSummary), total, page, pageCount, sort, terms: search?.terms ?? [] };
}

/**
 * The choices the /agreements filter form offers: the same for every query, so
 * cached by the data stamp (lib/server/cache/cache.ts) and read again only after an edit.
 */
export async function listAgreementFacets(db: Db) {
  return cachedByStamp("agreement-facets", await dataStamp(db), [], () => readAgreementFacets(db));
}

async function readAgreementFacets(db: Db) {
  const [sectors, ministries, years] = await Promise.all([
    db.sector.findMany({
      orderBy: { sortOrder: "asc" },
      select: {
        ...namedLink,
        topics: { orderBy: { nameEn: "asc" }, select: namedLink },
      },
    }),
    db.ministry.findMany({
      where: { archivedAt: null, signatures: { some: {} } },
      orderBy: [{ side: "asc" }, { nameEn: "asc" }],
      select: ministryBrief,
    }),
    db.agreement.aggregate({ where: { archivedAt: null }, _min: { signedOn: true }, _max: { signedOn: true } }),
  ]);
  return {
    sectors,
    ministries,
    minYear: years._min.signedOn ? Number(years._min.signedOn.slice(0, 4)) : null,
    maxYear: years._max.signedOn ? Number(years._max.signedOn.slice(0, 4)) : null,
  };
}

const lineageSelect = {
  id: true,
  slug: true,
  kind: true,
  ...titleFields,
  signedOn: true,
  signedInferred: true,
  previousId: true,
  relation: true,
} satisfies Prisma.AgreementSelect;

export type LineageLink = Prisma.AgreementGetPayload<{ select: typeof lineageSelect }>;

/** At most this many agreements before and after the current one in a lineage. */
const LINEAGE_MAX = 50;

/**
 * The line an agreement belongs to, oldest first (1993 → 2014 → 2026): the chain
 * of agreements it follows, itself, and those that follow it.
 */
export async function getLineage(db: Db, agreementId: string): Promise<LineageLink[]> {
  const self = await db.agreement.findUnique({ where: { id: agreementId }, select: lineageSelect });
  if (!self) return [];
  const before: LineageLink[] = [];
  const seen = new Set([self.id]);
  let cursor = self.previousId;
  while (cursor && !seen.has(cursor) && before.length < LINEAGE_MAX) {
    seen.add(cursor);
    const prev = await db.agreement.findUnique({ where: { id: cursor }, select: lineageSelect });
    if (!prev) break;
    before.unshift(prev);
    cursor = prev.previousId;
  }
  const after: LineageLink[] = [];
  let frontier = [self.id];
  // A line is a handful of agreements; stop at a generous bound on a malformed or huge one.
  while (frontier.length > 0 && after.length < LINEAGE_MAX) {
    const next = await db.agreement.findMany({
      where: { previousId: { in: frontier }, archivedAt: null, id: { notIn: [...seen] } },
      orderBy: { signedOn: "asc" },
      select: lineageSelect,
    });
    for (const n of next) seen.add(n.id);
    after.push(...next);
    frontier = next.map((n) => n.id);
  }
  return [...before, self, ...after];
}

/** Everything /agreements/[slug] shows; null when there is no such agreement. */
export async function getAgreement(db: Db, slug: string) {
  const agreement = await db.agreement.findFirst({
    where: { slug, archivedAt: null },
    select: {
      ...agreementRow,
      ...datedFields("effective"),
      ...datedFields("expires"),
      relation: true,
      updatedAt: true,
      topics: {
        select: {
          topic: {
            select: {
              ...namedLink,
              sector: { select: namedLink },
            },
          },
        },
      },
      plans: agreementPlans,
      dialogues: {
        where: { archivedAt: null },
        select: { ...namedLink, cadence: true },
      },
      reviews: {
        select: {
          noteEn: true,
          meeting: {
            select: {
              slug: true,
              number: true,
              ...datedFields("held"),
              ...placeFields,
              dialogue: { select: namedLink },
            },
          },
        },
      },
      events: {
        where: { archivedAt: null },
        orderBy: { startOn: "asc" },
        select: { ...titledLink, startOn: true, startInferred: true },
      },
      citations: citationsInclude,
    },
  });
  if (!agreement) return null;
  const lineage = await getLineage(db, agreement.id);
  return { ...agreement, lineage };
}

export type AgreementDetail = NonNullable<Awaited<ReturnType<typeof getAgreement>>>;
