import "server-only";
import type { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AgreementDetailSchema, AgreementSchema } from "@/lib/schemas/api";
import { AgreementListParamsSchema } from "@/lib/schemas/api-filters";
import {
  agreementFacts,
  ministryRefSelect,
  namedLink,
  namedRefSelect,
  titledRefSelect,
} from "@/lib/server/db/fragments";
import type { Db } from "@/lib/server/db/prisma";
import { filtersToWhere, getLineage } from "@/lib/server/queries/agreements";
import { searchRecords } from "@/lib/server/search";
import type { KeySpec, SortKey } from "../pagination";
import { citation, citationsArgs } from "./citations";
import { defineResource, getRecord, type ListPage, type Window } from "./define";
import { COUNT_AND_NEWEST, directionsOf, ID, keyset, memoryPage, sqlPage, statsOf } from "./paging";
import { dated, maybe, ministryRef, namedRef, names, stamps, titledRef, titles, tri } from "./shape";

type Filters = z.infer<typeof AgreementListParamsSchema>;

const agreementSelect = {
  ...agreementFacts,
  createdAt: true,
  updatedAt: true,
  previous: { select: titledRefSelect },
  signatories: { orderBy: { ministry: { slug: "asc" } }, select: { ministry: { select: ministryRefSelect } } },
  topics: {
    orderBy: { topic: { slug: "asc" } },
    select: {
      topic: { select: { ...namedLink, sector: { select: { slug: true } } } },
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
function agreementSort(filters: Filters) {
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
export async function listAgreementRows(db: Db, filters: Filters) {
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

/** One page of agreements: by date in SQL; by title or rank, the matching ids ordered here. */
async function listAgreements(
  db: Db,
  filters: Filters,
  window: Window,
): Promise<ListPage<z.input<typeof AgreementSchema>>> {
  const search = filters.q ? await searchRecords(db, "agreement", filters.q) : null;
  const ids = filters.q ? (search?.hits.map((h) => h.id) ?? []) : null;
  const sort = agreementSort(filters);
  const where = await filtersToWhere(db, { ...filters, page: 1 }, ids);
  const stats = await statsOf(db, "agreement", filters, () => db.agreement.aggregate({ where, ...COUNT_AND_NEWEST }));
  if (sort === "date") {
    const rows = await db.agreement.findMany({
      ...keyset(db, where, window),
      select: agreementSelect,
    });
    return sqlPage(window.keys, rows, stats, agreementShape);
  }
  // Title (case-insensitive) and rank are no column to order by in SQL: order the
  // matching ids by their narrow keys here, and read full rows for one page.
  const rank = new Map(search?.hits.map((h, i) => [h.id, i]) ?? []);
  const narrow = await db.agreement.findMany({ where, select: { id: true, titleEn: true } });
  const keyed = narrow.map((a) => ({
    key: [sort === "title" ? a.titleEn.toLowerCase() : (rank.get(a.id) ?? 0), a.id] as SortKey,
    value: a.id,
  }));
  const page = memoryPage(keyed, window);
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
}

const detailSelect = {
  ...agreementSelect,
  plans: { where: { archivedAt: null }, orderBy: { slug: "asc" }, select: titledRefSelect },
  dialogues: { where: { archivedAt: null }, orderBy: { slug: "asc" }, select: namedRefSelect },
  events: { where: { archivedAt: null }, orderBy: { slug: "asc" }, select: titledRefSelect },
  citations: citationsArgs,
} satisfies Prisma.AgreementSelect;

export const agreements = defineResource({
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
  list: listAgreements,
  get: getRecord(
    (db, slug) => db.agreement.findFirst({ where: { slug, archivedAt: null }, select: detailSelect }),
    async (a, db) => ({
      ...agreementShape(a),
      lineage: (await getLineage(db, a.id)).map(titledRef),
      plans: a.plans.map(titledRef),
      dialogues: a.dialogues.map(namedRef),
      events: a.events.map(titledRef),
      citations: a.citations.map(citation),
    }),
  ),
});
