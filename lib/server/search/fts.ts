import "server-only";
import { readRows, readRowsAside, readRowsBeside } from "@/lib/server/db/direct";
import type { Db, Tx } from "@/lib/server/db/prisma";
import { documentsOf, type SearchKind } from "./documents";
import { clausesOf, parseQuery } from "./tokenize";

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
 * they always had, and plan items (fifty thousand on the scale database) have one of
 * their own; every other kind shares a third, where a kind is a token of its own
 * column (`kind : "event"`), so that FTS5's index, not a row-by-row filter, picks a
 * kind's matches. A prefix term's doclist is merged whole for every query, whatever
 * kind it asks for: while items shared the third table, each of the other kinds'
 * queries merged the items' entries too (1–2.5 ms a kind for "carbon market", 0.04–0.13
 * apart; docs/search-profile.md), and /search asks all nine kinds.
 * prisma.config.ts lists the three as external tables.
 */
const AGREEMENTS_TABLE = "search_fts";
const ITEMS_TABLE = "search_fts_items";
const RECORDS_TABLE = "search_fts_records";
const OWN_TABLES: Partial<Record<SearchKind, string>> = { agreement: AGREEMENTS_TABLE, item: ITEMS_TABLE };

/**
 * Each table's columns and options. Every term a reader types is searched as a prefix
 * (`"no"*`), and FTS5 answers a prefix by merging the doclists of every word it
 * begins; with an index of one- and two-character prefixes, a short one (“no”, 碳, a
 * Korean or Chinese bigram) is read as one doclist instead: “no 4321” 0.88 → 0.27 ms,
 * 碳 1.81 → 1.18, 협력 1.79 → 1.45 on the scale database's agreements, for an index of
 * 25 MB instead of 11 (docs/search-profile.md).
 */
const TABLES: readonly [table: string, kind: string][] = [
  [AGREEMENTS_TABLE, "kind UNINDEXED"],
  [ITEMS_TABLE, "kind UNINDEXED"],
  [RECORDS_TABLE, "kind"],
];
const OPTIONS = "tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2'";
const definition = (table: string, kind: string) =>
  `CREATE VIRTUAL TABLE ${table} USING fts5(${kind}, record_id UNINDEXED, title, body, ${OPTIONS})`;

export async function ensureSearchIndex(db: Client): Promise<void> {
  const made = await db.$queryRawUnsafe<{ name: string; sql: string }[]>(
    `SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name IN (${TABLES.map(([t]) => `'${t}'`).join(", ")})`,
  );
  for (const [table, kind] of TABLES) {
    const sql = made.find((m) => m.name === table)?.sql;
    if (sql === undefined) await db.$executeRawUnsafe(definition(table, kind));
    else if (!sql.includes(OPTIONS)) await rebuild(db, table, kind);
  }
  await moveItemsToTheirTable(db);
}

/** Runs `work` in a transaction of its own, or in the caller's. */
function atomically(db: Client, work: (tx: Client) => Promise<void>): Promise<void> {
  return "$transaction" in db ? db.$transaction(work, { timeout: 60_000 }) : work(db);
}

/**
 * A table made with other options (before the prefix indexes) made again with
 * today's, its rows copied with their rowids (the order of indexing, which the
 * ranking calls newest), in one transaction: about 17 seconds for the scale
 * database's three tables, once, on its first search or indexing.
 */
function rebuild(db: Client, table: string, kind: string): Promise<void> {
  const next = `${table}_rebuilt`;
  return atomically(db, async (tx) => {
    await tx.$executeRawUnsafe(definition(next, kind));
    await tx.$executeRawUnsafe(
      `INSERT INTO ${next} (rowid, kind, record_id, title, body)
         SELECT rowid, kind, record_id, title, body FROM ${table} ORDER BY rowid`,
    );
    await tx.$executeRawUnsafe(`INSERT INTO ${next} (${next}) VALUES ('optimize')`);
    await tx.$executeRawUnsafe(`DROP TABLE ${table}`);
    await tx.$executeRawUnsafe(`ALTER TABLE ${next} RENAME TO ${table}`);
  });
}

/**
 * Items indexed before they had a table of their own move there, in their order of
 * indexing (the order the ranking calls newest), in one transaction (about a second
 * for the scale database's 50,000). Asked by FTS5's index, so that once they have
 * moved the check costs next to nothing.
 */
async function moveItemsToTheirTable(db: Client): Promise<void> {
  const items = `${RECORDS_TABLE} MATCH 'kind : "item"'`;
  const [left] = await db.$queryRawUnsafe<{ n: bigint | number }[]>(
    `SELECT count(*) AS n FROM ${RECORDS_TABLE} WHERE ${items}`,
  );
  if (Number(left?.n ?? 0) === 0) return;
  const move = async (tx: Client) => {
    await tx.$executeRawUnsafe(
      `INSERT INTO ${ITEMS_TABLE} (kind, record_id, title, body)
         SELECT kind, record_id, title, body FROM ${RECORDS_TABLE} WHERE ${items} ORDER BY rowid`,
    );
    await tx.$executeRawUnsafe(`DELETE FROM ${RECORDS_TABLE} WHERE ${items}`);
    // The deleted entries stay in the shared table's doclists until its segments are
    // merged, and every query would still read past them.
    for (const table of [RECORDS_TABLE, ITEMS_TABLE]) {
      await tx.$executeRawUnsafe(`INSERT INTO ${table} (${table}) VALUES ('optimize')`);
    }
  };
  await atomically(db, move);
}

/** The text indexed for each agreement; lib/server/search/pg.ts indexes the same. */
export const agreementDocuments = (db: Client, ids?: readonly string[]) => documentsOf(db, "agreement", ids);

const tableOf = (kind: SearchKind) => OWN_TABLES[kind] ?? RECORDS_TABLE;

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
 * How one database ranks a query's parts. `rank` ranks a part (title matches, or
 * matches anywhere) over its newest `RANKED_CANDIDATES` matches. `few` answers the
 * common case of a rare term in one go: the matches anywhere, ranked, when fewer than
 * `MAX_SEARCH_HITS` records match at all, else null (many: rank the parts).
 */
export type Ranker = {
  rank: (part: "title" | "all") => Promise<RankedPart>;
  few?: () => Promise<RankedPart | null>;
};

/**
 * A search's hits from its ranked parts, as both databases choose them: exact up to
 * `RANKED_CANDIDATES` matches unless `MAX_SEARCH_HITS` of them match in the title
 * (then those are the hits: a body-only match would rank below them). Beyond, the
 * title matches come first (ranked among themselves), then the newest matches
 * anywhere, each part ranked over its newest candidates.
 *
 * Fewer than `MAX_SEARCH_HITS` matches anywhere (a rare term) are the hits whatever
 * the title matches are (those are among them, fewer still, and nothing is capped),
 * so `few` is asked first and the title part is not ranked at all
 * (docs/search-profile.md: ranking it was half of a rare term's time).
 */
export async function chooseHits({ rank, few }: Ranker): Promise<SearchHit[]> {
  const rare = few ? await few() : null;
  if (rare) return rare.hits.map(({ id, rank }) => ({ id, rank }));
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

/** A ranked part as one row: its hits as a JSON array of [record id, score, rowid], best first. */
type RankedRow = { hits: string; capped: bigint | number };

/**
 * The newest `RANKED_CANDIDATES` matches of `match`, ranked: the best
 * `MAX_SEARCH_HITS` of them, best first, ties newest first, and whether older matches
 * were left out (more than `RANKED_CANDIDATES` matched, as on PostgreSQL). One
 * statement: FTS5 walks the matches newest first and stops one past the candidates, so
 * BM25 runs on those only and a prefix term's doclist is merged once; only the
 * survivors' record ids are read, from the FTS5 table's content table (its `c1`
 * column; reading it through the FTS5 table costs twice as much). Counting the
 * candidates in a statement of its own first cost a second merge: 0.15–0.4 ms a part
 * (docs/search-profile.md). The hits come back as one row, a JSON array: 500 rows
 * cost the statement about 0.4 ms more to hand over, and the worker's copy of them
 * more again.
 *
 * `few`: the caller knows fewer than `MAX_SEARCH_HITS` match, so all of them are
 * ranked as FTS5 walks them, without the newest-first walk ("no 4321": 0.72 ms against
 * 0.80; an unbounded walk would be read twice, for the ranking and for the count).
 * `beside`: the caller has other statements to run meanwhile, so a common term's
 * ranking goes to the read worker even when no other request waits (readRowsBeside).
 *
 * While the server answers other requests too, a common term's ranking (1.5–2.5 ms on
 * the scale database) runs on the read worker (`readRowsAside`) and the server renders
 * those meanwhile: a never-asked search took 2.1 ms less of the server's thread at 10
 * connections. A rare term's (well under a millisecond) always stays in this thread,
 * where it costs less than the worker's round trip.
 */
async function ranked(
  db: Client,
  table: string,
  match: string,
  { few = false, beside = false }: { few?: boolean; beside?: boolean } = {},
): Promise<RankedPart> {
  const scored = `SELECT rowid AS rid, ${BM25(table)} AS score FROM ${table} WHERE ${table} MATCH ?`;
  const best = (candidates: string) =>
    `SELECT rid, score FROM ${candidates} ORDER BY score, rid DESC LIMIT ${MAX_SEARCH_HITS}`;
  const [top, capped] = few
    ? [`top AS (${best(`(${scored})`)})`, "0"]
    : [
        `matches AS (${scored} ORDER BY rowid DESC LIMIT ${RANKED_CANDIDATES + 1}),
         top AS (${best(`(SELECT rid, score FROM matches ORDER BY rid DESC LIMIT ${RANKED_CANDIDATES})`)})`,
        `(SELECT count(*) FROM matches) > ${RANKED_CANDIDATES}`,
      ];
  const [row] = await (few ? readRows : beside ? readRowsBeside : readRowsAside)<RankedRow>(
    db,
    `WITH ${top}
     SELECT json_group_array(json_array(c.c1, top.score, top.rid) ORDER BY top.score, top.rid DESC) AS hits,
            ${capped} AS capped
       FROM top JOIN ${table}_content c ON c.id = top.rid`,
    match,
  );
  const hits = JSON.parse(row?.hits ?? "[]") as [string, number, number][];
  return {
    hits: hits.map(([id, rank, entry]) => ({ id, rank, entry })),
    capped: Number(row?.capped ?? 0) === 1,
  };
}

/**
 * A reader's query answered by either database: parsed once (null when it has
 * nothing searchable), then its hits chosen by chooseHits over `rankerFor(match)`.
 */
export async function answerQuery(
  query: string,
  rankerFor: (match: string, clauses: readonly string[]) => Ranker,
): Promise<{ hits: SearchHit[]; terms: string[] } | null> {
  const parsed = parseQuery(query);
  if (!parsed) return null;
  return { hits: await chooseHits(rankerFor(parsed.match, clausesOf(parsed.match))), terms: parsed.terms };
}

/** Whether fewer than `limit` records match `match`: a walk that stops at the `limit`th. */
async function fewerThan(db: Client, table: string, match: string, limit: number): Promise<boolean> {
  const [row] = await readRows<{ n: bigint | number }>(
    db,
    `SELECT count(*) AS n FROM (SELECT 1 FROM ${table} WHERE ${table} MATCH ? LIMIT ${limit})`,
    match,
  );
  return Number(row?.n ?? 0) < limit;
}

/**
 * The clause of a query to count first: the query's matches are among each clause's,
 * and the longest clause is the likeliest to be rare. Counting it alone costs less
 * than counting the query's matches when another clause is a common prefix
 * ("no 4321": "no"* is merged from its whole doclist every time).
 */
const longestOf = (clauses: readonly string[], match: string) =>
  clauses.reduce((a, b) => (b.length > a.length ? b : a), clauses[0] ?? match);

async function ensureOnce(db: Client): Promise<void> {
  if (ensured.has(db)) return;
  await ensureSearchIndex(db);
  ensured.add(db);
}

/**
 * The records of `kind` matching a reader's query, best first (BM25 over title and
 * body, a title match weighing five times a body match), at most `MAX_SEARCH_HITS`,
 * chosen by chooseHits. Null when the query has nothing searchable. `beside`: the
 * caller searches other kinds meanwhile (`ranked`).
 */
export async function searchRecords(db: Client, kind: SearchKind, query: string, { beside = false } = {}) {
  await ensureOnce(db);
  const table = tableOf(kind);
  // The reader's terms are kept to the text columns; in the shared table the kind is a term of its own.
  const own = OWN_TABLES[kind] !== undefined;
  const scoped = (columns: string, match: string) =>
    own ? `${columns} : (${match})` : `kind : "${kind}" AND ${columns} : (${match})`;
  const everywhere = (match: string) => (kind === "agreement" ? match : scoped("{title body}", match));
  return answerQuery(query, (match, clauses) => ({
    // A rare clause makes a rare query: counted up to MAX_SEARCH_HITS, past which the
    // parts are ranked.
    few: async () => {
      if (!(await fewerThan(db, table, everywhere(`(${longestOf(clauses, match)})`), MAX_SEARCH_HITS))) return null;
      return ranked(db, table, everywhere(match), { few: true });
    },
    rank: (part) => ranked(db, table, part === "title" ? scoped("{title}", match) : everywhere(match), { beside }),
  }));
}

/** Each kind's hits in one row: the kind, and its hits as `ranked` gives them. */
type KindRow = { kind: string; hits: string };

/**
 * The hits of every kind sharing RECORDS_TABLE, when fewer than `MAX_SEARCH_HITS` of
 * its records match the query's longest clause (else null, and each kind is searched
 * on its own). Each kind then has fewer matches still, so each is on `few`'s path
 * (every match ranked, chooseHits), and one walk of the table ranks them all: a
 * kind's own query differs only by its `kind : "…"` term, which BM25 weighs 0, so
 * every record gets the same score and the same place. /search asks the seven kinds
 * together: "carbon market" cost 1.78 ms in seven counts and four rankings, 0.95 in
 * one of each (docs/search-profile.md).
 */
async function sharedKindsFew(db: Client, match: string): Promise<Map<string, SearchHit[]> | null> {
  const everywhere = (terms: string) => `{title body} : (${terms})`;
  const longest = longestOf(clausesOf(match), match);
  if (!(await fewerThan(db, RECORDS_TABLE, everywhere(`(${longest})`), MAX_SEARCH_HITS))) return null;
  const table = RECORDS_TABLE;
  const rows = await readRows<KindRow>(
    db,
    `WITH scored AS MATERIALIZED (
       SELECT rowid AS rid, ${BM25(table)} AS score FROM ${table} WHERE ${table} MATCH ?)
     SELECT c.c0 AS kind,
            json_group_array(json_array(c.c1, s.score) ORDER BY s.score, s.rid DESC) AS hits
       FROM scored s JOIN ${table}_content c ON c.id = s.rid
      GROUP BY c.c0`,
    everywhere(match),
  );
  return new Map(
    rows.map((row) => [row.kind, (JSON.parse(row.hits) as [string, number][]).map(([id, rank]) => ({ id, rank }))]),
  );
}

/**
 * The records of each of `kinds` matching a reader's query, each kind best first,
 * as searchRecords finds them; null when the query has nothing searchable. The kinds
 * sharing RECORDS_TABLE are answered together when few records match
 * (`sharedKindsFew`), the others each on its own, begun first so that their rankings
 * run on the read worker meanwhile. Even for a single reader, the second own-table
 * kind's rankings run there (`beside`): at one connection /search waited for the
 * agreements' and the items' rankings one after the other, 4-5 ms on the scale database.
 */
export async function searchKinds(
  db: Client,
  query: string,
  kinds: readonly SearchKind[],
): Promise<{ hits: Map<SearchKind, SearchHit[]>; terms: string[] } | null> {
  const parsed = parseQuery(query);
  if (!parsed) return null;
  await ensureOnce(db);
  const own = kinds.filter((kind) => OWN_TABLES[kind] !== undefined);
  const shared = kinds.filter((kind) => OWN_TABLES[kind] === undefined);
  const alone = (kind: SearchKind, beside = false) =>
    searchRecords(db, kind, query, { beside }).then((found) => found?.hits ?? []);
  const [ownList, sharedList] = await Promise.all([
    // The first own-table kind's rankings run here, the others' on the read worker.
    Promise.all(own.map((kind, i) => alone(kind, i > 0))),
    (async () => {
      const together = shared.length > 1 ? await sharedKindsFew(db, parsed.match) : null;
      return Promise.all(shared.map((kind) => (together ? (together.get(kind) ?? []) : alone(kind))));
    })(),
  ]);
  const found = new Map<SearchKind, SearchHit[]>([
    ...own.map((kind, i) => [kind, ownList[i] ?? []] as const),
    ...shared.map((kind, i) => [kind, sharedList[i] ?? []] as const),
  ]);
  return { hits: new Map(kinds.map((kind) => [kind, found.get(kind) ?? []])), terms: parsed.terms };
}
