import "server-only";
import pg from "pg";
import { poolConfig, postgresSchema } from "@/lib/server/db/postgres";
import { type Db, postgresUrlOf, type Tx } from "@/lib/server/db/prisma";
import { documentsOf } from "./documents";
import { answerQuery, MAX_SEARCH_HITS, RANKED_CANDIDATES, type RankedPart, SEARCH_KINDS, type SearchKind } from "./fts";
import { PG_SEARCH_TABLE } from "./pg-tables";

/**
 * Search on PostgreSQL, behind the same interface as SQLite's FTS5 (lib/server/search/index.ts
 * chooses). The text is split by the same tokenizer (lib/server/search/tokenize.ts: words,
 * and Han/Hangul characters with their bigrams) and stored as a tsvector whose
 * lexemes are those tokens verbatim, title weighted A and body B, behind a GIN index
 * (the table comes from the PostgreSQL migrations). Queries are the same parsed
 * query written as a tsquery, so both databases find the same records; PostgreSQL's
 * own parser and dictionaries are not used, since they split neither Korean nor
 * Chinese into words.
 */

type Client = Db | Tx;

/** A tsvector or tsquery lexeme literal: single-quoted, quotes and backslashes escaped. */
function lexeme(token: string): string {
  return `'${token.replaceAll("\\", "\\\\").replaceAll("'", "''")}'`;
}

/** PostgreSQL keeps positions up to 16,383; later tokens share the last one. */
const MAX_POSITION = 16_383;

/** A tsvector literal for a token stream, each token at its position, with `weight`. */
export function tsvectorLiteral(tokens: string, weight: "A" | "B", offset = 0): string {
  return tokens
    .split(" ")
    .filter(Boolean)
    .map((token, i) => `${lexeme(token)}:${Math.min(MAX_POSITION, offset + i + 1)}${weight}`)
    .join(" ");
}

/**
 * The tsquery for an FTS5 match expression from parseQuery, whose grammar is small:
 * quoted tokens (a phrase when it holds spaces), an optional `*` for a prefix, AND,
 * and parentheses.
 */
export function tsqueryFromMatch(match: string): string {
  return match.replace(/"((?:[^"]|"")*)"(\*?)|\bAND\b/g, (whole, quoted: string | undefined, star: string) => {
    if (quoted === undefined) return "&";
    const words = quoted.replaceAll('""', '"').split(" ").filter(Boolean);
    const terms = words.map((w, i) => lexeme(w) + (star && i === words.length - 1 ? ":*" : ""));
    return terms.length > 1 ? `(${terms.join(" <-> ")})` : (terms[0] ?? whole);
  });
}

/** Adds an agreement's document; its title's lexemes (weight A) are kept apart too, for title-only matches. */
export const insertDocument = `INSERT INTO "${PG_SEARCH_TABLE}" (kind, record_id, document, title)
  VALUES ('agreement', $1, $2::tsvector, ts_filter($2::tsvector, '{a}'))`;

/** Many records of one kind ($3) at once: their ids ($1) and tsvectors ($2), in step. */
const insertKindDocuments = `INSERT INTO "${PG_SEARCH_TABLE}" (kind, record_id, document, title)
  SELECT $3, d.record_id, d.document::tsvector, ts_filter(d.document::tsvector, '{a}')
    FROM unnest($1::text[], $2::text[]) AS d(record_id, document)`;

/** Rows per insert: a seed's hundreds in one round trip, a scale database's thousands in a few. */
const INSERT_BATCH = 500;

/** A document's tsvector: the title's tokens weighted A, then the body's weighted B. */
export function documentVector(doc: { title: string; body: string }): string {
  const titleLength = doc.title.split(" ").filter(Boolean).length;
  return [tsvectorLiteral(doc.title, "A"), tsvectorLiteral(doc.body, "B", titleLength)].filter(Boolean).join(" ");
}

/** Re-indexes the given records of `kind` (all of them when `ids` is omitted). */
export async function indexRecords(db: Client, kind: SearchKind, ids?: readonly string[]): Promise<number> {
  const docs = await documentsOf(db, kind, ids);
  if (ids) {
    await db.$executeRawUnsafe(
      `DELETE FROM "${PG_SEARCH_TABLE}" WHERE kind = $2 AND record_id = ANY($1::text[])`,
      [...ids],
      kind,
    );
  } else {
    await db.$executeRawUnsafe(`DELETE FROM "${PG_SEARCH_TABLE}" WHERE kind = $1`, kind);
  }
  for (let i = 0; i < docs.length; i += INSERT_BATCH) {
    const batch = docs.slice(i, i + INSERT_BATCH);
    await db.$executeRawUnsafe(
      insertKindDocuments,
      batch.map((d) => d.id),
      batch.map(documentVector),
      kind,
    );
  }
  return docs.length;
}

export function indexAgreements(db: Client, ids?: readonly string[]): Promise<number> {
  return indexRecords(db, "agreement", ids);
}

/**
 * Pools of the search's own, by database URL, as SQLite's search reads through a
 * connection of its own (lib/server/db/direct.ts). Through Prisma's query engine
 * every statement costs about 0.2 ms more than through pg (measured on the scale
 * database, docs/search-profile.md), and is parsed and planned again each time; here
 * each statement is prepared once per connection (pg's named statements). Few
 * connections: a search holds one for a statement at a time. What they read is what
 * is committed; inside a transaction (whose uncommitted writes only its own
 * connection sees) Prisma is used.
 */
const pools = new Map<string, pg.Pool>();
const SEARCH_POOL_SIZE = 4;

function poolFor(db: Client): pg.Pool | null {
  const url = postgresUrlOf(db);
  if (!url) return null;
  let pool = pools.get(url);
  if (!pool) {
    const schema = postgresSchema(url);
    pool = new pg.Pool({
      ...poolConfig(url),
      max: SEARCH_POOL_SIZE,
      // Never keeps a script or a test from exiting.
      allowExitOnIdle: true,
      // A search's statements name their kind in their text, so that a plan made once
      // for no terms in particular can use the kind's partial GIN indexes, and is
      // used for every query: planning each query for its terms cost 0.3–0.45 ms a
      // statement (a rare term's whole statement runs in 0.45) and chose the same
      // plans on the scale database (docs/search-profile.md).
      options: [
        "-c plan_cache_mode=force_generic_plan",
        ...(schema === "public" ? [] : [`-c search_path=${schema.replace(/[\\ ]/g, "\\$&")}`]),
      ].join(" "),
    });
    // An idle connection's error (the server restarted, a test dropped its database)
    // is not a search's: the pool drops that connection and opens another when asked.
    pool.on("error", () => {});
    pools.set(url, pool);
  }
  return pool;
}

/** The names of the statements prepared on the search's connections, by text. */
const statementNames = new Map<string, string>();

/** Runs a read-only statement on the search's own pool when there is one, else through Prisma. */
async function read<T>(db: Client, sql: string, ...args: unknown[]): Promise<T[]> {
  const pool = poolFor(db);
  if (!pool) return db.$queryRawUnsafe<T[]>(sql, ...args);
  let name = statementNames.get(sql);
  if (!name) {
    name = `search_${statementNames.size + 1}`;
    statementNames.set(sql, name);
  }
  return (await pool.query({ name, text: sql, values: args })).rows as T[];
}

type RankedRow = { record_id: string; rank: number; seq: string | number | bigint; capped: boolean };

const rankedPart = (rows: RankedRow[]): RankedPart => ({
  // Negated so that, as with BM25, a lower rank is a better match.
  hits: rows.map((r) => ({ id: r.record_id, rank: -Number(r.rank), entry: Number(r.seq) })),
  capped: rows.some((r) => r.capped),
});

/**
 * The best `MAX_SEARCH_HITS` of the newest `RANKED_CANDIDATES` matches of `tsquery`
 * in `column`, best first, ties newest first (lib/server/search/fts.ts's `ranked`, on a
 * tsvector), as a query's named part: the GIN index of `column` (the whole document,
 * or the title's lexemes alone) finds the matches, their order of indexing (`seq`)
 * picks the newest, and only those are ranked, since ts_rank reads each document.
 * The matches carry their `column` as they are read from the table (a document stored
 * out of line is carried as its TOAST pointer and read only when ranked): looking each
 * candidate up again by its key cost 2 ms of a common term's 10 on the scale database
 * (docs/search-profile.md). `capped` says whether older matches were left out. `$1`
 * is the tsquery; the kind is written in the text (one of SEARCH_KINDS), as each
 * kind's partial indexes need for a plan made once.
 */
const rankedPartSql = (kind: SearchKind, name: string, column: "document" | "title", when = "true") => `
     ${name}_matches AS (
       SELECT seq, record_id, ${column} AS indexed FROM "${PG_SEARCH_TABLE}"
        WHERE kind = '${kindLiteral(kind)}' AND ${column} @@ CAST($1 AS tsquery)
        ORDER BY seq DESC LIMIT ${RANKED_CANDIDATES + 1}),
     ${name}_candidates AS (SELECT seq, record_id, indexed FROM ${name}_matches ORDER BY seq DESC LIMIT ${RANKED_CANDIDATES}),
     ${name} AS (
       SELECT '${name}' AS part, c.record_id,
              ts_rank('{0, 0, 0.2, 1.0}'::float4[], c.indexed, CAST($1 AS tsquery)) AS rank, c.seq,
              (SELECT count(*) FROM ${name}_matches) > ${RANKED_CANDIDATES} AS capped
         FROM ${name}_candidates c
        WHERE ${when}
        ORDER BY rank DESC, c.seq DESC
        LIMIT ${MAX_SEARCH_HITS})`;

/**
 * Both parts of a search in one statement (one round trip, one plan): the title
 * matches ranked, and the matches anywhere ranked only when fewer than
 * `MAX_SEARCH_HITS` match in the title (otherwise the title matches are the hits and
 * PostgreSQL skips the second part: its condition is evaluated once, first).
 */
const bothParts = (kind: SearchKind) => `WITH ${rankedPartSql(kind, "title", "title")},
  ${rankedPartSql(kind, "anywhere", "document", `(SELECT count(*) FROM title_matches) < ${MAX_SEARCH_HITS}`)}
  SELECT * FROM title UNION ALL SELECT * FROM anywhere
  ORDER BY part, rank DESC, seq DESC`;

/** The matches anywhere alone, ranked. */
const anywhereOnly = (kind: SearchKind) =>
  `WITH ${rankedPartSql(kind, "anywhere", "document")} SELECT * FROM anywhere ORDER BY rank DESC, seq DESC`;

/** A kind as it is written into a statement: one of SEARCH_KINDS, never a reader's text. */
function kindLiteral(kind: SearchKind): string {
  if (!SEARCH_KINDS.includes(kind)) throw new Error(`not a search kind: ${JSON.stringify(kind)}`);
  return kind;
}

/**
 * The records of `kind` matching a reader's query, best first: ts_rank with a title
 * match weighing five times one in the body (FTS5's BM25 weights there are 10 and 2),
 * chosen as on SQLite (chooseHits in lib/server/search/fts.ts). Both parts come from
 * one statement; the title part is asked for first.
 */
export function searchRecords(db: Client, kind: SearchKind, query: string) {
  return answerQuery(query, (match) => {
    const tsquery = tsqueryFromMatch(match);
    let anywhere: RankedPart | undefined;
    return {
      rank: async (part) => {
        if (part === "all") {
          return anywhere ?? rankedPart(await read<RankedRow>(db, anywhereOnly(kind), tsquery));
        }
        const rows = await read<RankedRow & { part: string }>(db, bothParts(kind), tsquery);
        const title = rows.filter((r) => r.part === "title");
        // Fewer title matches than MAX_SEARCH_HITS: the statement ranked the matches anywhere too.
        if (title.length < MAX_SEARCH_HITS) anywhere = rankedPart(rows.filter((r) => r.part === "anywhere"));
        return rankedPart(title);
      },
    };
  });
}
