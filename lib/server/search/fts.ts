import "server-only";
import Database from "better-sqlite3";
import { nameFields, summaryFields, titleFields } from "@/lib/server/db/fragments";
import { BUSY_TIMEOUT_MS, type Db, sqliteFileOf, type Tx } from "@/lib/server/db/prisma";
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

/** A record's aliases column: "|"-separated names (prisma/seed/apply.ts writes it). */
const splitAliases = (aliases: string) => aliases.split("|").filter(Boolean);

/** The text indexed for each agreement; lib/server/search/pg.ts indexes the same. */
export async function agreementDocuments(db: Client, ids?: readonly string[]) {
  const rows = await db.agreement.findMany({
    where: ids ? { id: { in: [...ids] } } : {},
    select: {
      id: true,
      ...titleFields,
      ...summaryFields,
      aliases: true,
      topics: { select: { topic: { select: nameFields } } },
      signatories: { select: { ministry: { select: { ...nameFields, abbreviation: true, aliases: true } } } },
      citations: { where: { archivedAt: null }, select: { quote: true, paraphrase: true } },
    },
  });
  return rows.map((a) => ({
    id: a.id,
    // Aliases (short names, former abbreviations) count as the title: MOTIE, 새만금, 商务部.
    title: tokensForIndex(compact([a.titleEn, a.titleKo, a.titleZh, ...splitAliases(a.aliases)])),
    body: tokensForIndex(
      compact([
        a.summaryEn,
        a.summaryKo,
        a.summaryZh,
        ...a.topics.flatMap(({ topic }) => [topic.nameEn, topic.nameKo, topic.nameZh]),
        ...a.signatories.flatMap(({ ministry: m }) => [
          m.nameEn,
          m.nameKo,
          m.nameZh,
          m.abbreviation,
          ...splitAliases(m.aliases),
        ]),
        ...a.citations.flatMap((c) => [c.quote, c.paraphrase]),
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
 * How many matches one query ranks at most. BM25 costs about a microsecond per match
 * and a term found in every record ("cooperation", 협력, 合作) matches them all, so
 * past this many matches only the newest RANKED_CANDIDATES are ranked ("newest" in
 * the order of indexing: a record created or edited lately is always a candidate).
 * Title matches are ranked on their own and come first: a title match weighs five
 * times a body match, so they are the ones exact ranking would put first anyway.
 */
export const RANKED_CANDIDATES = 1000;

/** One FTS5 table per kind of record, so a kind never has to be filtered match by match. */
const TABLES: Record<SearchKind, string> = { agreement: "search_fts" };

/** Column weights for bm25(): kind and record_id are not text; a title match weighs five times a body match. */
const BM25 = (table: string) => `bm25(${table}, 0.0, 0.0, 10.0, 2.0)`;

const ensured = new WeakSet<object>();

/**
 * One part of a search (title matches, or matches anywhere), ranked: hits best first,
 * each with its index entry's order (FTS5's rowid, PostgreSQL's search_doc.seq), and
 * whether older matches were left out (more than RANKED_CANDIDATES matched).
 */
export type RankedPart = { hits: { id: string; rank: number; entry: number }[]; capped: boolean };

/**
 * A search's hits from its ranked parts, as both databases choose them: exact up to
 * `RANKED_CANDIDATES` matches unless `MAX_SEARCH_HITS` of them match in the title
 * (then those are the hits: a body-only match would rank below them). Beyond, the
 * title matches come first (ranked among themselves), then the newest matches
 * anywhere, each part ranked over its newest candidates.
 */
export async function chooseHits(rank: (part: "title" | "all") => Promise<RankedPart>): Promise<SearchHit[]> {
  const titled = (await rank("title")).hits;
  if (titled.length >= MAX_SEARCH_HITS) return titled.map(({ id, rank }) => ({ id, rank }));
  const all = await rank("all");
  let hits = all.hits;
  if (all.capped) {
    const seen = new Set(titled.map((h) => h.entry));
    hits = [...titled, ...all.hits.filter((h) => !seen.has(h.entry))].slice(0, MAX_SEARCH_HITS);
  }
  return hits.map(({ id, rank }) => ({ id, rank }));
}

/**
 * Read-only connections of the search's own, by database file, with their prepared
 * statements. A search is read-only and returns up to a thousand rows; through
 * Prisma's query engine those rows cost more than the query (about 2.5 ms of a
 * common term's 7, measured on the scale database), so queries on a client made by
 * createPrismaClient read the file directly. SQLite in WAL mode lets them read
 * beside the app's connection; what they read is what is committed. Inside a
 * transaction (whose uncommitted writes only its own connection sees) Prisma is used.
 */
const readers = new Map<string, { db: Database.Database; statements: Map<string, Database.Statement> }>();

function readerFor(db: Client) {
  const file = sqliteFileOf(db);
  if (!file) return null;
  let reader = readers.get(file);
  if (!reader) {
    const connection = new Database(file, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
    reader = { db: connection, statements: new Map() };
    readers.set(file, reader);
  }
  return reader;
}

/** Runs a read-only statement on the search's own connection when there is one, else through Prisma. */
async function query<T>(db: Client, sql: string, ...args: unknown[]): Promise<T[]> {
  const reader = readerFor(db);
  if (!reader) return db.$queryRawUnsafe<T[]>(sql, ...args);
  let statement = reader.statements.get(sql);
  if (!statement) {
    statement = reader.db.prepare(sql);
    reader.statements.set(sql, statement);
  }
  return statement.all(...args) as T[];
}

/**
 * The best `MAX_SEARCH_HITS` of the newest `RANKED_CANDIDATES` matches of `match`,
 * best first, ties newest first, in one statement: the floor walks the matches'
 * rowids newest first (cheap, no ranking), BM25 runs only above it, and only the
 * survivors' record ids are read. `capped` says whether the floor left matches out.
 */
async function ranked(db: Client, table: string, match: string): Promise<RankedPart> {
  const rows = await query<{ record_id: string; score: number; rid: bigint | number; floor: bigint | number }>(
    db,
    `WITH f AS MATERIALIZED (
       SELECT coalesce((SELECT rowid FROM ${table} WHERE ${table} MATCH ?
                         ORDER BY rowid DESC LIMIT 1 OFFSET ${RANKED_CANDIDATES - 1}), 0) AS floor),
     top AS (
       SELECT rowid AS rid, ${BM25(table)} AS score FROM ${table}
        WHERE ${table} MATCH ? AND rowid >= (SELECT floor FROM f)
        ORDER BY score, rid DESC LIMIT ${MAX_SEARCH_HITS})
     SELECT r.record_id AS record_id, top.score AS score, top.rid AS rid, f.floor AS floor
       FROM top JOIN ${table} r ON r.rowid = top.rid CROSS JOIN f
      ORDER BY top.score, top.rid DESC`,
    match,
    match,
  );
  return {
    hits: rows.map((r) => ({ id: r.record_id, rank: Number(r.score), entry: Number(r.rid) })),
    capped: rows.some((r) => Number(r.floor) > 0),
  };
}

/**
 * A reader's query answered by either database: parsed once (null when it has
 * nothing searchable), then its parts ranked by `rankFor(match)` and the hits chosen
 * by chooseHits.
 */
export async function answerQuery(
  query: string,
  rankFor: (match: string) => (part: "title" | "all") => Promise<RankedPart>,
): Promise<{ hits: SearchHit[]; terms: string[] } | null> {
  const parsed = parseQuery(query);
  if (!parsed) return null;
  return { hits: await chooseHits(rankFor(parsed.match)), terms: parsed.terms };
}

/**
 * The records of `kind` matching a reader's query, best first (BM25 over title and
 * body, a title match weighing five times a body match), at most `MAX_SEARCH_HITS`,
 * chosen by chooseHits. Null when the query has nothing searchable.
 */
export async function searchRecords(db: Client, kind: SearchKind, query: string) {
  if (!ensured.has(db)) {
    await ensureSearchIndex(db);
    ensured.add(db);
  }
  const table = TABLES[kind];
  return answerQuery(query, (match) => (part) => ranked(db, table, part === "title" ? `{title} : (${match})` : match));
}
