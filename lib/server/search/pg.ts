import "server-only";
import type { Db, Tx } from "@/lib/server/db/prisma";
import { documentsOf } from "./documents";
import { answerQuery, MAX_SEARCH_HITS, RANKED_CANDIDATES, type RankedPart, type SearchKind } from "./fts";
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
 * The best `MAX_SEARCH_HITS` of the newest `RANKED_CANDIDATES` matches of `tsquery`,
 * best first, ties newest first (lib/server/search/fts.ts's `ranked`, on a tsvector): the
 * GIN index of `column` (the whole document, or the title's lexemes alone) finds the
 * matches, their order of indexing (`seq`) picks the newest, and only those are
 * ranked, since ts_rank reads each document. `capped` says whether
 * older matches were left out.
 */
async function ranked(
  db: Client,
  kind: SearchKind,
  column: "document" | "title",
  tsquery: string,
): Promise<RankedPart> {
  const rows = await db.$queryRawUnsafe<{ record_id: string; rank: number; seq: bigint | number; capped: boolean }[]>(
    `WITH matches AS (
       SELECT seq, record_id FROM "${PG_SEARCH_TABLE}"
        WHERE kind = $2 AND ${column} @@ CAST($1 AS tsquery)
        ORDER BY seq DESC LIMIT ${RANKED_CANDIDATES + 1}),
     candidates AS (SELECT seq, record_id FROM matches ORDER BY seq DESC LIMIT ${RANKED_CANDIDATES})
     SELECT c.record_id, ts_rank('{0, 0, 0.2, 1.0}'::float4[], d.${column}, CAST($1 AS tsquery)) AS rank, c.seq,
            (SELECT count(*) FROM matches) > ${RANKED_CANDIDATES} AS capped
       FROM candidates c JOIN "${PG_SEARCH_TABLE}" d ON d.kind = $2 AND d.record_id = c.record_id
      ORDER BY rank DESC, c.seq DESC
      LIMIT $3`,
    tsquery,
    kind,
    MAX_SEARCH_HITS,
  );
  return {
    // Negated so that, as with BM25, a lower rank is a better match.
    hits: rows.map((r) => ({ id: r.record_id, rank: -Number(r.rank), entry: Number(r.seq) })),
    capped: rows.some((r) => r.capped),
  };
}

/**
 * The records of `kind` matching a reader's query, best first: ts_rank with a title
 * match weighing five times one in the body (FTS5's BM25 weights there are 10 and 2),
 * chosen as on SQLite (chooseHits in lib/server/search/fts.ts).
 */
export function searchRecords(db: Client, kind: SearchKind, query: string) {
  return answerQuery(query, (match) => {
    const tsquery = tsqueryFromMatch(match);
    return (part) => ranked(db, kind, part === "title" ? "title" : "document", tsquery);
  });
}
