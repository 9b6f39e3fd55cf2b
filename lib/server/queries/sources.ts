import "server-only";
import { citationFields, namedLink, sourceFields, titledLink, titleFields } from "@/lib/server/db/fragments";
import type { Db } from "@/lib/server/db/prisma";

/** Sources a page of /sources lists (documents first, then web sources; each most trusted first). */
export const SOURCES_PER_PAGE = 25;

/**
 * One page of the sources list: documents, then web sources, each most trusted and then newest
 * first; with how many there are of each. The order is decided on the sources' few sortable
 * columns, and only the page's rows are loaded in full.
 */
export async function listSourcesPage(db: Db, asked: number, perPage = SOURCES_PER_PAGE) {
  const keys = await db.source.findMany({
    where: { archivedAt: null },
    orderBy: [{ publishedOn: { sort: "desc", nulls: "last" } }, { id: "asc" }],
    select: { id: true, trust: true, fileName: true },
  });
  const order = { primary: 0, secondary: 1, low: 2 } as Record<string, number>;
  const rank = (s: { trust: string; fileName: string | null }) =>
    (s.fileName === null ? 10 : 0) + (order[s.trust] ?? 3);
  // Array.prototype.sort is stable: within a rank, newest first as the query gave them.
  const sorted = keys.sort((a, b) => rank(a) - rank(b));
  const documents = sorted.filter((s) => s.fileName !== null).length;
  const pageCount = Math.max(1, Math.ceil(sorted.length / perPage));
  // A page past the end shows the last one.
  const page = Math.min(Math.max(1, Math.floor(asked) || 1), pageCount);
  const ids = sorted.slice((page - 1) * perPage, page * perPage).map((s) => s.id);
  const rows = await db.source.findMany({
    where: { id: { in: ids } },
    select: { ...sourceFields, _count: { select: { citations: { where: { archivedAt: null } } } } },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return {
    sources: ids.flatMap((id) => byId.get(id) ?? []),
    page,
    pageCount,
    first: (page - 1) * perPage + 1,
    count: { documents, web: sorted.length - documents, all: sorted.length },
  };
}

/** What a source's id looks like (anything else is no source). */
export const SOURCE_ID = /^[A-Za-z0-9_-]{1,80}$/;

/** Citations a source's page lists at a time (the most cited has hundreds). */
export const CITATIONS_PER_PAGE = 15;

const titled = titledLink;
const named = namedLink;

/** A source and the records that cite it: a page of `take` citations (all when not given), and how many there are. */
export async function getSource(db: Db, id: string, window: { take?: number; skip?: number } = {}) {
  return db.source.findFirst({
    where: { id, archivedAt: null },
    select: {
      ...sourceFields,
      _count: { select: { citations: { where: { archivedAt: null } } } },
      citations: {
        where: { archivedAt: null },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        take: window.take,
        skip: window.skip,
        select: {
          ...citationFields,
          agreement: { select: titled },
          ministry: { select: named },
          dialogue: { select: named },
          meeting: { select: { slug: true, number: true, dialogue: { select: named } } },
          plan: { select: titled },
          planItem: { select: { ...titled, number: true, plan: { select: titled } } },
          event: { select: { ...titled, startOn: true } },
          person: { select: named },
          personRole: { select: { ...titleFields, person: { select: named } } },
          statusUpdate: { select: { planItem: { select: { ...titled, number: true, plan: { select: titled } } } } },
        },
      },
    },
  });
}

export type SourceDetail = NonNullable<Awaited<ReturnType<typeof getSource>>>;
export type SourceCitation = SourceDetail["citations"][number];
