import "server-only";
import Database from "better-sqlite3";
import { BUSY_TIMEOUT_MS, type Db, sqliteFileOf, type Tx } from "@/lib/server/db/prisma";
import { documentsOf, type SearchKind } from "./documents";
import { parseQuery } from "./tokenize";

/**
 * Full-text search behind one interface. The index is an FTS5 table derived from
 * the records (never edited by hand), created outside Prisma's migrations because
 * Prisma does not model virtual tables; it is rebuilt after seeding and updated by
 * every write that changes what it holds.
 */

type Client = Db | Tx;

export { SEARCH_KINDS, type SearchKind } from "./documents";

export type SearchHit = { id: string; rank: number };

/** A search returns at most this many records, best first: enough to read, cheap to filter. */
export const MAX_SEARCH_HITS = 500;

/**
 * Agreements, searched by the list filters on ten thousand of them, keep the table
 * they always had; every other kind shares a second one, where a kind is a token of
 * its own column (`kind : "event"`), so that FTS5's index, not a row-by-row filter,
 * picks a kind's matches.
 */
const AGREEMENTS_TABLE = "search_fts";
const RECORDS_TABLE = "search_fts_records";

export async function ensureSearchIndex(db: Client): Promise<void> {
  await db.$executeRawUnsafe(
    `CREATE VIRTUAL TABLE IF NOT EXISTS ${AGREEMENTS_TABLE} USING fts5(
       kind UNINDEXED, record_id UNINDEXED, title, body,
       tokenize = 'unicode61 remove_diacritics 0'
     )`,
  );
  await db.$executeRawUnsafe(
    `CREATE VIRTUAL TABLE IF NOT EXISTS ${RECORDS_TABLE} USING fts5(
       kind, record_id UNINDEXED, title, body,
       tokenize = 'unicode61 remove_diacritics 0'
     )`,
  );
}

/** The text indexed for each agreement; lib/server/search/pg.ts indexes the same. */
export const agreementDocuments = (db: Client, ids?: readonly string[]) => documentsOf(db, "agreement", ids);

const tableOf = (kind: SearchKind) => (kind === "agreement" ? AGREEMENTS_TABLE : RECORDS_TABLE);

/** Re-indexes the given records of `kind` (all of them when `ids` is omitted). */
export async function indexRecords(db: Client, kind: SearchKind, ids?: readonly string[]): Promise<number> {
  await ensureSearchIndex(db);
  const table = tableOf(kind);
  const docs = await documentsOf(db, kind, ids);
  if (ids) {
    // One pass over the table for all of them: FTS5 finds rows by rowid or MATCH only.
    await db.$executeRawUnsafe(
      `DELETE FROM ${table} WHERE kind = ? AND record_id IN (SELECT value FROM json_each(?))`,
      kind,
      JSON.stringify(ids),
    );
  } else {
    await db.$executeRawUnsafe(`DELETE FROM ${table} WHERE kind = ?`, kind);
  }
  for (const doc of docs) {
    await db.$executeRawUnsafe(
      `INSERT INTO ${table} (kind, record_id, title, body) VALUES (?, ?, ?, ?)`,
      kind,
      doc.id,
      doc.title,
      doc.body,
    );
  }
  return docs.length;
}

/** Re-indexes the given agreements (all of them when `ids` is omitted). */
export function indexAgreements(db: Client, ids?: readonly string[]): Promise<number> {
  return indexRecords(db, "agreement", ids);
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
  const table = tableOf(kind);
  // In the shared table the reader's terms are kept to the text columns, and the kind is a term of its own.
  const scoped = (columns: string, match: string) =>
    kind === "agreement" ? `${columns} : (${match})` : `kind : "${kind}" AND ${columns} : (${match})`;
  return answerQuery(
    query,
    (match) => (part) =>
      ranked(
        db,
        table,
        part === "title" ? scoped("{title}", match) : kind === "agreement" ? match : scoped("{title body}", match),
      ),
  );
}
