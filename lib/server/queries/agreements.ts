import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AGREEMENTS_PER_PAGE, type AgreementFilters } from "@/lib/schemas/agreement-filters";
import type { Locale } from "@/lib/schemas/vocab";
import { keptByStamp } from "@/lib/server/cache/kept";
import { readRows } from "@/lib/server/db/direct";
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
import { type Db, sqliteFileOf } from "@/lib/server/db/prisma";
import { searchRecords } from "@/lib/server/search";
import {
  type AgreementIndex,
  agreementIndex,
  allowedHits,
  countMatching,
  filterIds,
  newestPage,
} from "./agreement-index";
import { citationsInclude } from "./citations";
import { descNullsLast } from "./order";

/**
 * A list row's own columns: its signatories and topics are the agreement index's
 * (./agreement-index.ts), so a page of rows is one query, not one per relation.
 */
const agreementRow = agreementHead satisfies Prisma.AgreementSelect;

type AgreementRowData = Prisma.AgreementGetPayload<{ select: typeof agreementRow }>;

function summaries(index: AgreementIndex, rows: AgreementRowData[]) {
  return rows.map((agreement) => {
    const entry = index.byId.get(agreement.id);
    return {
      ...agreement,
      signatories: entry?.ministries.flatMap((code) => index.ministryList[code] ?? []) ?? [],
      topics: entry?.topics.flatMap((code) => index.topicList[code] ?? []) ?? [],
    };
  });
}

export type AgreementSummary = ReturnType<typeof summaries>[number];

/** A list row's columns, for reading a page of rows in SQL (every one a plain column of Agreement). */
const ROW_COLUMNS = Object.keys(agreementRow)
  .map((column) => `"${column}"`)
  .join(", ");

/**
 * The live agreements of `ids`, in that order (one archived since the ids were chosen
 * is left out). On SQLite the page is read on our own connection (lib/server/db/direct.ts)
 * with one statement prepared once: through Prisma, 20 rows cost about 0.4 ms more.
 */
async function rowsById(db: Db, ids: string[]): Promise<AgreementRowData[]> {
  let found: AgreementRowData[];
  if (sqliteFileOf(db)) {
    // SQLite has no boolean: signedInferred comes as 0 or 1.
    type Raw = Omit<AgreementRowData, "signedInferred"> & { signedInferred: number };
    const raw = await readRows<Raw>(
      db,
      `SELECT ${ROW_COLUMNS} FROM "Agreement" WHERE "archivedAt" IS NULL AND "id" IN (SELECT value FROM json_each(?))`,
      JSON.stringify(ids),
    );
    found = raw.map((row) => ({ ...row, signedInferred: row.signedInferred === 1 }));
  } else {
    found = await db.agreement.findMany({ where: { id: { in: ids }, archivedAt: null }, select: agreementRow });
  }
  const byId = new Map(found.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** The latest agreements for the overview: newest first, undated last, with their signatories. */
export async function listAgreementSummaries(db: Db, take = 6) {
  const [index, rows] = await Promise.all([
    agreementIndex(db),
    db.agreement.findMany({
      where: { archivedAt: null },
      orderBy: [{ signedOn: descNullsLast(db) }, { titleEn: "asc" }],
      take,
      select: agreementRow,
    }),
  ]);
  return summaries(index, rows);
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
  index?: AgreementIndex,
): Promise<Prisma.AgreementWhereInput> {
  const named = filterIds(index ?? (await agreementIndex(db)), filters);
  const and: Prisma.AgreementWhereInput[] = [{ archivedAt: null }];
  if (ids) and.push({ id: { in: ids } });
  if (named.sector) and.push({ topics: { some: { topicId: { in: named.sector } } } });
  if (named.topic) and.push({ topics: { some: { topicId: { in: named.topic } } } });
  for (const ministryIds of named.ministries) and.push({ signatories: { some: { ministryId: { in: ministryIds } } } });
  if (named.side) and.push({ signatories: { some: { ministryId: { in: named.side } } } });
  if (filters.kind) and.push({ kind: filters.kind });
  if (filters.status) and.push({ status: filters.status });
  // Dates are ISO strings of their own precision, so year bounds compare as strings.
  if (filters.from !== undefined) and.push({ signedOn: { gte: String(filters.from) } });
  if (filters.to !== undefined) and.push({ signedOn: { lt: String(filters.to + 1) } });
  return { AND: and };
}

/**
 * One page of /agreements: filtered, searched and sorted as the URL says. Sorting
 * happens on the matching ids and dates only; full rows are read for one page.
 */
export async function listAgreements(db: Db, filters: AgreementFilters, locale: Locale) {
  const [search, index] = await Promise.all([
    filters.q ? searchRecords(db, "agreement", filters.q) : null,
    agreementIndex(db),
  ]);
  const ids = filters.q ? (search?.hits.map((h) => h.id) ?? []) : null;
  const sort = filters.sort ?? (search ? "relevance" : "date");
  // Counted in the index rather than by the database (lib/server/queries/agreement-index.ts).
  const hits = ids ? allowedHits(index, filters, ids) : null;
  const total = hits ? hits.length : countMatching(index, filters);
  const pageCount = Math.max(1, Math.ceil(total / AGREEMENTS_PER_PAGE));
  const page = Math.min(filters.page, pageCount);
  const window = { skip: (page - 1) * AGREEMENTS_PER_PAGE, take: AGREEMENTS_PER_PAGE };

  let rows: AgreementRowData[];
  if (hits?.length === 0) {
    // Nothing matched the search, or the filters allow none of its hits: no rows to read.
    rows = [];
  } else if (sort === "title") {
    // Sorted and paged by the database, in its collation of the titles in the reader's language.
    const where = await filtersToWhere(db, filters, hits, index);
    const byTitle: Prisma.AgreementOrderByWithRelationInput[] =
      locale === "en"
        ? [{ titleEn: "asc" }]
        : [{ [locale === "ko" ? "titleKo" : "titleZh"]: { sort: "asc", nulls: "last" } }, { titleEn: "asc" }];
    rows = await db.agreement.findMany({
      where,
      orderBy: [...byTitle, { id: "asc" }],
      ...window,
      select: agreementRow,
    });
  } else {
    // Ranked by the search (its bounded hits that the filters allow), or newest first
    // in the order the index holds: either way a page of ids, then their rows.
    const pageIds =
      sort === "relevance" && hits
        ? hits.slice(window.skip, window.skip + window.take)
        : newestPage(index, filters, window, hits ?? undefined);
    rows = await rowsById(db, pageIds);
  }

  return { rows: summaries(index, rows), total, page, pageCount, sort, terms: search?.terms ?? [] };
}

/**
 * The choices the /agreements filter form offers: the same for every query, so kept
 * in memory until the data changes (lib/server/cache/kept.ts) and read again only after an edit.
 */
export function listAgreementFacets(db: Db) {
  return keptByStamp(db, "agreement-facets", () => readAgreementFacets(db));
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
      ...agreementHead,
      signatories: { select: { ministry: { select: ministryBrief } } },
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
