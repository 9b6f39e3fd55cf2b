import "server-only";
import { z } from "zod";
import type { Problem } from "@/lib/schemas/api";
import { textInput } from "@/lib/schemas/vocab";
import type { Db } from "@/lib/server/db/prisma";
import { descNullsLast } from "@/lib/server/queries/order";

/**
 * Cursor pagination over a total order. Each record has a sort key (a tuple of
 * strings or numbers, nulls last) ending in its id, so no two records tie; the cursor
 * is the last key of a page, and the next page is everything strictly after it. A
 * record added or removed between requests therefore never shifts a page: no
 * duplicates and no gaps. The comparison runs in SQL (keysetAfter), so a page costs
 * one indexed read wherever it lies in the list.
 */

export type KeyPart = string | number | null;
export type SortKey = readonly KeyPart[];
/** 1 sorts a key part ascending, -1 descending; nulls always come last. */
export type Directions = readonly (1 | -1)[];

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 200;

export const PaginationSchema = z.object({
  limit: z.preprocess(
    (v) => (Array.isArray(v) ? v[0] : v === "" ? undefined : v),
    z.coerce
      .number({ error: "must be a number" })
      .int({ error: "must be a whole number" })
      .min(1, { error: "must be 1 or more" })
      .max(MAX_LIMIT, { error: `must be at most ${MAX_LIMIT}` })
      .default(DEFAULT_LIMIT),
  ),
  cursor: z.preprocess(
    (v) => (Array.isArray(v) ? v[0] : v === "" ? undefined : v),
    z
      .string()
      .max(2000, { error: "is too long" })
      .regex(/^[A-Za-z0-9_-]+$/, { error: "is not a cursor this API gave out" })
      .optional(),
  ),
});

export function compareKeys(a: SortKey, b: SortKey, directions: Directions): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? null;
    const y = b[i] ?? null;
    if (x === y) continue;
    if (x === null) return 1;
    if (y === null) return -1;
    const dir = directions[i] ?? 1;
    if (typeof x === "number" && typeof y === "number") return (x - y) * dir;
    return (String(x) < String(y) ? -1 : 1) * dir;
  }
  return 0;
}

export function encodeCursor(key: SortKey): string {
  return Buffer.from(JSON.stringify(key), "utf8").toString("base64url");
}

const CursorSchema = z.array(z.union([textInput(), z.number(), z.null()])).max(10);

export function decodeCursor(cursor: string): SortKey | null {
  try {
    const parsed = CursorSchema.safeParse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export type Page<T> = { data: T[]; page: { limit: number; total: number; next: string | null } };

// ---------------------------------------------------------------- keyset pagination in SQL

/**
 * One part of a sort key as the database holds it: the field (a path through to-one
 * relations, e.g. ["plan", "slug"]), its direction, and its type. Nulls sort last in
 * either direction, as compareKeys has them.
 */
export type KeyField = {
  path: readonly string[];
  dir: 1 | -1;
  type: "string" | "number" | "date";
  nullable?: boolean;
};
export type KeySpec = readonly KeyField[];

/** Reads a key part from a row (a date as its ISO string, as cursors carry it). */
export function keyOf(spec: KeySpec, row: Record<string, unknown>): SortKey {
  return spec.map(({ path }) => {
    let v: unknown = row;
    for (const p of path) v = v === null || v === undefined ? null : (v as Record<string, unknown>)[p];
    if (v instanceof Date) return v.toISOString();
    return v === undefined ? null : (v as KeyPart);
  });
}

const nest = (path: readonly string[], leaf: unknown): Record<string, unknown> =>
  path.reduceRight<unknown>((inner, p) => ({ [p]: inner }), leaf) as Record<string, unknown>;

const dbValue = (field: KeyField, v: KeyPart) => (field.type === "date" && typeof v === "string" ? new Date(v) : v);

/** Prisma orderBy for a key: its fields in order, nulls last (see descNullsLast for descending ones). */
export function keysetOrderBy(db: Db, spec: KeySpec): Record<string, unknown>[] {
  return spec.map((f) => {
    if (f.dir === -1) return nest(f.path, f.nullable ? descNullsLast(db) : "desc");
    return nest(f.path, f.nullable ? { sort: "asc", nulls: "last" } : "asc");
  });
}

/**
 * A Prisma where for "strictly after `after` in the key's order": for each part, the
 * rows equal on the parts before it and after it on this one. Nothing comes after a
 * null part (nulls are last) except rows equal so far and after on a later part.
 */
export function keysetAfter(spec: KeySpec, after: SortKey): Record<string, unknown> {
  const branches: Record<string, unknown>[] = [];
  spec.forEach((field, i) => {
    const v = after[i] ?? null;
    if (v === null) return;
    const beyond = nest(field.path, { [field.dir === 1 ? "gt" : "lt"]: dbValue(field, v) });
    const step = field.nullable ? { OR: [beyond, nest(field.path, null)] } : beyond;
    const equal = spec.slice(0, i).map((f, j) => nest(f.path, dbValue(f, after[j] ?? null)));
    branches.push({ AND: [...equal, step] });
  });
  return { OR: branches };
}

/**
 * The cursor as a key of this spec, or a problem: a cursor must be one this API gave
 * out for this list and order (right length, each part of its field's type).
 */
export function cursorKey(
  spec: KeySpec,
  cursor: string | undefined,
): { ok: true; after: SortKey | null } | { ok: false; problem: Problem } {
  if (cursor === undefined) return { ok: true, after: null };
  const key = decodeCursor(cursor);
  const fits =
    key !== null &&
    key.length === spec.length &&
    spec.every((f, i) => {
      const v = key[i] ?? null;
      if (v === null) return f.nullable === true;
      if (f.type === "number") return typeof v === "number" && Number.isFinite(v);
      if (typeof v !== "string" || v.length > 500) return false;
      return f.type !== "date" || !Number.isNaN(Date.parse(v));
    });
  return fits
    ? { ok: true, after: key }
    : { ok: false, problem: { field: "cursor", message: "is not a cursor this API gave out" } };
}

/** Trims the limit+1 rows a keyset query read to one page, with the cursor for the next. */
export function keysetPage<T>(rows: readonly { key: SortKey; value: T }[], limit: number, total: number): Page<T> {
  const slice = rows.slice(0, limit);
  const last = slice.at(-1);
  return {
    data: slice.map((r) => r.value),
    page: { limit, total, next: rows.length > limit && last ? encodeCursor(last.key) : null },
  };
}
