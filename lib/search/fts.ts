import type { Db, Tx } from "@/lib/prisma";
import { parseQuery, tokensForIndex } from "./tokenize";

/**
 * Full-text search behind one interface. The index is an FTS5 table derived from
 * the records (never edited by hand), created outside Prisma's migrations because
 * Prisma does not model virtual tables; it is rebuilt after seeding and updated by
 * every write that changes what it holds.
 */

type Client = Db | Tx;

export type SearchKind = "agreement";

export type SearchHit = { id: string; rank: number };

/** A search returns at most this many records, best first: enough to read, cheap to filter. */
export const MAX_SEARCH_HITS = 500;

export async function ensureSearchIndex(db: Client): Promise<void> {
  await db.$executeRawUnsafe(
    `CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(
       kind UNINDEXED, record_id UNINDEXED, title, body,
       tokenize = 'unicode61 remove_diacritics 0'
     )`,
  );
}

const compact = (parts: (string | null | undefined)[]) => parts.filter(Boolean).join(" \n ");

/** The text indexed for each agreement; lib/search/pg.ts indexes the same. */
export async function agreementDocuments(db: Client, ids?: readonly string[]) {
  const rows = await db.agreement.findMany({
    where: ids ? { id: { in: [...ids] } } : {},
    select: {
      id: true,
      titleEn: true,
      titleKo: true,
      titleZh: true,
      summaryEn: true,
      summaryKo: true,
      summaryZh: true,
      topics: { select: { topic: { select: { nameEn: true, nameKo: true, nameZh: true } } } },
      signatories: {
        select: { ministry: { select: { nameEn: true, nameKo: true, nameZh: true, abbreviation: true } } },
      },
      citations: { where: { archivedAt: null }, select: { quote: true } },
    },
  });
  return rows.map((a) => ({
    id: a.id,
    title: tokensForIndex(compact([a.titleEn, a.titleKo, a.titleZh])),
    body: tokensForIndex(
      compact([
        a.summaryEn,
        a.summaryKo,
        a.summaryZh,
        ...a.topics.flatMap(({ topic }) => [topic.nameEn, topic.nameKo, topic.nameZh]),
        ...a.signatories.flatMap(({ ministry: m }) => [m.nameEn, m.nameKo, m.nameZh, m.abbreviation]),
        ...a.citations.map((c) => c.quote),
      ]),
    ),
  }));
}

/** Re-indexes the given agreements (all of them when `ids` is omitted). */
export async function indexAgreements(db: Client, ids?: readonly string[]): Promise<number> {
  await ensureSearchIndex(db);
  const docs = await agreementDocuments(db, ids);
  if (ids) {
    for (const id of ids) {
      await db.$executeRawUnsafe("DELETE FROM search_fts WHERE kind = 'agreement' AND record_id = ?", id);
    }
  } else {
    await db.$executeRawUnsafe("DELETE FROM search_fts WHERE kind = 'agreement'");
  }
  for (const doc of docs) {
    await db.$executeRawUnsafe(
      "INSERT INTO search_fts (kind, record_id, title, body) VALUES ('agreement', ?, ?, ?)",
      doc.id,
      doc.title,
      doc.body,
    );
  }
  return docs.length;
}

/**
 * The records of `kind` matching a reader's query, best first (BM25, a title match
 * weighing more than one in the body). Null when the query has nothing searchable.
 */
export async function searchRecords(
  db: Client,
  kind: SearchKind,
  query: string,
): Promise<{ hits: SearchHit[]; terms: string[] } | null> {
  const parsed = parseQuery(query);
  if (!parsed) return null;
  await ensureSearchIndex(db);
  const rows = await db.$queryRawUnsafe<{ record_id: string; rank: number }[]>(
    `SELECT record_id, bm25(search_fts, 0.0, 0.0, 10.0, 2.0) AS rank
       FROM search_fts
      WHERE search_fts MATCH ? AND kind = ?
      ORDER BY rank
      LIMIT ?`,
    parsed.match,
    kind,
    MAX_SEARCH_HITS,
  );
  return { hits: rows.map((r) => ({ id: r.record_id, rank: Number(r.rank) })), terms: parsed.terms };
}
