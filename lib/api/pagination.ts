import { z } from "zod";
import type { Problem } from "@/lib/schemas/api";

/**
 * Cursor pagination over a total order. Each record has a sort key (a tuple of
 * strings or numbers, nulls last) ending in its id, so no two records tie; the cursor
 * is the last key of a page, and the next page is everything strictly after it. A
 * record added or removed between requests therefore never shifts a page: no
 * duplicates and no gaps.
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

const CursorSchema = z.array(z.union([z.string(), z.number(), z.null()])).max(10);

export function decodeCursor(cursor: string): SortKey | null {
  try {
    const parsed = CursorSchema.safeParse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export type Page<T> = { data: T[]; page: { limit: number; total: number; next: string | null } };

/** One page of `rows` (any order) after `cursor`, in the order `directions` gives. */
export function paginate<T>(
  rows: readonly { key: SortKey; value: T }[],
  directions: Directions,
  limit: number,
  cursor: string | undefined,
): { ok: true; page: Page<T> } | { ok: false; problem: Problem } {
  const after = cursor === undefined ? null : decodeCursor(cursor);
  if (cursor !== undefined && after === null)
    return { ok: false, problem: { field: "cursor", message: "is not a cursor this API gave out" } };
  const sorted = [...rows].sort((a, b) => compareKeys(a.key, b.key, directions));
  const rest = after ? sorted.filter((r) => compareKeys(r.key, after, directions) > 0) : sorted;
  const slice = rest.slice(0, limit);
  const last = slice.at(-1);
  return {
    ok: true,
    page: {
      data: slice.map((r) => r.value),
      page: { limit, total: rows.length, next: rest.length > limit && last ? encodeCursor(last.key) : null },
    },
  };
}
