import "server-only";
import { z } from "zod";
import { hasNoNul, NUL_MESSAGE } from "@/lib/schemas/vocab";
import type { Db, Tx } from "@/lib/server/db/prisma";
import { type DatabaseProvider, databaseProvider } from "@/lib/server/db/provider";

/**
 * The staff forms' name lookup: the records of a kind whose names contain what the
 * editor typed, for a search-as-you-type relation field. A substring match ("contains",
 * ASCII letters in either case) over the names in English, Korean and Chinese, the
 * slug and, for ministries, the abbreviation; archived records are left out.
 *
 * Both databases evaluate the same expression: the names joined by U+001F (refused in
 * the text, so no match spans two names), lower-cased (ASCII letters only: SQLite's
 * lower(), and PostgreSQL's under the C collation), matched by LIKE with the editor's
 * wildcards escaped. SQLite scans (10,000 agreements take milliseconds); PostgreSQL
 * has a pg_trgm GIN index on exactly that expression (prisma/postgres/migrations/
 * *_lookup_trigram_indexes), which answers patterns of three characters or more and
 * leaves the result unchanged. The order is the same on both: records with a name
 * starting with the text first, then by English name (byte order, as SQLite's BINARY
 * and PostgreSQL's C collation sort), then by id.
 */

export const LOOKUP_KINDS = ["agreement", "plan", "item", "event", "ministry"] as const;
export type LookupKind = (typeof LOOKUP_KINDS)[number];

export const MAX_LOOKUP_TEXT = 100;
export const DEFAULT_LOOKUP_LIMIT = 20;
export const MAX_LOOKUP_LIMIT = 50;

/** Control characters: U+001F joins the names, and no name holds any of them. */
const hasNoControl = (value: string) => !/\p{Cc}/u.test(value);

export const LookupInputSchema = z.object({
  kind: z.enum(LOOKUP_KINDS, { error: `must be one of ${LOOKUP_KINDS.join(", ")}` }),
  text: z
    .string({ error: "is required" })
    .refine(hasNoNul, NUL_MESSAGE)
    .refine(hasNoControl, "must not contain control characters")
    .transform((s) => s.trim())
    .pipe(z.string().min(1, "is required").max(MAX_LOOKUP_TEXT, `must be at most ${MAX_LOOKUP_TEXT} characters`)),
  limit: z.coerce
    .number({ error: "must be a number" })
    .int("must be a whole number")
    .min(1, "must be 1 or more")
    .max(MAX_LOOKUP_LIMIT, `must be at most ${MAX_LOOKUP_LIMIT}`)
    .default(DEFAULT_LOOKUP_LIMIT),
});
export type LookupInput = z.input<typeof LookupInputSchema>;

export type LookupHit = {
  id: string;
  slug: string;
  en: string;
  ko: string | null;
  zh: string | null;
  abbreviation: string | null;
};

export type LookupResult =
  | { ok: true; hits: LookupHit[] }
  | { ok: false; field: "kind" | "text" | "limit"; message: string };

type KindSql = { table: string; names: [string, string, string]; abbreviation: boolean };

const KINDS: Record<LookupKind, KindSql> = {
  agreement: { table: "Agreement", names: ["titleEn", "titleKo", "titleZh"], abbreviation: false },
  plan: { table: "ActionPlan", names: ["titleEn", "titleKo", "titleZh"], abbreviation: false },
  item: { table: "PlanItem", names: ["titleEn", "titleKo", "titleZh"], abbreviation: false },
  event: { table: "Event", names: ["titleEn", "titleKo", "titleZh"], abbreviation: false },
  ministry: { table: "Ministry", names: ["nameEn", "nameKo", "nameZh"], abbreviation: true },
};

/** The separator between names: U+001F, which the text may not contain. */
const SEPARATOR = "\u001f";

/**
 * The text searched, as one SQL expression. On PostgreSQL it must stay exactly the
 * indexed expression of the migration, or the trigram index is not used (a test
 * checks the plan).
 */
export function lookupHaystack(kind: LookupKind, engine: DatabaseProvider): string {
  return haystack(KINDS[kind], engine);
}

function haystack(kind: KindSql, engine: DatabaseProvider): string {
  const sep = engine === "postgresql" ? "E'\\x1F'" : "char(31)";
  const optional = kind.abbreviation ? [...kind.names, "abbreviation"] : kind.names;
  const joined = [...optional.map((c) => `coalesce("${c}", '')`), `"slug"`].join(` || ${sep} || `);
  return engine === "postgresql" ? `lower((${joined}) COLLATE "C")` : `lower(${joined})`;
}

/** LIKE's wildcards and its escape character, taken literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Lower-cases ASCII letters only, as the databases' lower() does here. */
const lowerAscii = (text: string) => text.replace(/[A-Z]/g, (c) => c.toLowerCase());

/**
 * The lookup's statement for one kind on one engine; its parameters are the
 * contains pattern, the starts-a-name pattern and the limit.
 */
function lookupStatement(kind: LookupKind, engine: DatabaseProvider): string {
  const sql = KINDS[kind];
  const hay = haystack(sql, engine);
  const [en, ko, zh] = sql.names;
  const columns = `"id", "slug", "${en}" AS en, "${ko}" AS ko, "${zh}" AS zh, ${sql.abbreviation ? `"abbreviation"` : "NULL"} AS abbreviation`;
  if (engine === "postgresql") {
    return `SELECT ${columns} FROM "${sql.table}"
     WHERE "archivedAt" IS NULL AND ${hay} LIKE $1 ESCAPE '\\'
     ORDER BY CASE WHEN (E'\\x1F' || ${hay}) LIKE $2 ESCAPE '\\' THEN 0 ELSE 1 END, "${en}" COLLATE "C", "id" COLLATE "C"
     LIMIT $3`;
  }
  return `SELECT ${columns} FROM "${sql.table}"
   WHERE "archivedAt" IS NULL AND ${hay} LIKE ? ESCAPE '\\'
   ORDER BY CASE WHEN (char(31) || ${hay}) LIKE ? ESCAPE '\\' THEN 0 ELSE 1 END, "${en}", "id"
   LIMIT ?`;
}

/**
 * The non-archived records of `kind` whose names contain `text`, at most `limit`
 * (default 20, at most 50; a query string's digits are accepted), in the order
 * described above. Refuses bad input with the field it is wrong in, never by throwing.
 */
export async function lookupRecords(
  db: Db | Tx,
  kind: string,
  text: string,
  limit?: number | string,
): Promise<LookupResult> {
  const parsed = LookupInputSchema.safeParse({ kind, text, limit });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = (issue?.path[0] ?? "text") as "kind" | "text" | "limit";
    return { ok: false, field, message: `${field} ${issue?.message ?? "is invalid"}` };
  }
  const input = parsed.data;
  const engine = databaseProvider(db);
  const needle = escapeLike(lowerAscii(input.text));
  const rows = await db.$queryRawUnsafe<LookupHit[]>(
    lookupStatement(input.kind, engine),
    `%${needle}%`,
    `%${SEPARATOR}${needle}%`,
    input.limit,
  );
  return {
    ok: true,
    hits: rows.map((r) => ({
      id: r.id,
      slug: r.slug,
      en: r.en,
      ko: r.ko ?? null,
      zh: r.zh ?? null,
      abbreviation: r.abbreviation ?? null,
    })),
  };
}
