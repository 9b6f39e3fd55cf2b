import "server-only";
import type { z } from "zod";
import { db } from "@/lib/server/db/client";
import type { Db } from "@/lib/server/db/prisma";
import { handleList, handleRecord } from "../handlers";
import type { KeySpec, SortKey } from "../pagination";

/**
 * What a JSON API resource is: its list filters, how a list is read and ordered, and
 * how one record is read with its relations. Everything is shaped by the zod schemas
 * in lib/schemas/api.ts, which the OpenAPI document is made from. Each resource lives
 * in its own file beside this one; ./index.ts lists them.
 */

export type Row<T> = { key: SortKey; value: T };

/**
 * What a list reads for one page: up to `limit + 1` rows after the cursor, in order
 * (the extra row says whether there is a next page), how many match in all, and
 * the newest `updatedAt` among them.
 */
export type ListPage<T> = { rows: Row<T>[]; total: number; lastModified: Date | null };

/** The order of the list (the spec the cursor was read against), where it starts (after this key, or from the top) and how many rows it wants. */
export type Window = { keys: KeySpec; after: SortKey | null; limit: number };

export type Resource<F extends z.ZodRawShape, L extends z.ZodType, D extends z.ZodType> = {
  /** The path segment under /api/v1/. */
  name: string;
  /** How one record is addressed: by slug, or by id where records have none. */
  keyName: "slug" | "id";
  summary: string;
  params: z.ZodObject<F>;
  item: L;
  detail: D;
  /** The sort key: every key ends in a unique field, so the order is total. */
  keys: KeySpec;
  /** Where the order depends on the filters (agreements' `sort`). */
  keysFor?: (filters: z.infer<z.ZodObject<F>>) => KeySpec;
  /** The order, in words, for the documentation. */
  order: string;
  /** One page: keyset pagination in SQL, so a page costs the same wherever it is in a long list. */
  list(db: Db, filters: z.infer<z.ZodObject<F>>, window: Window): Promise<ListPage<z.input<L>>>;
  get(db: Db, key: string): Promise<{ value: z.input<D>; updatedAt: Date } | null>;
};

type KeyParams = { params: Promise<{ key: string }> };

/**
 * A resource, with its two GET handlers bound to the app's database: the route files
 * under app/api/v1/ export these and never see the client.
 */
export function defineResource<F extends z.ZodRawShape, L extends z.ZodType, D extends z.ZodType>(
  r: Resource<F, L, D>,
) {
  return {
    ...r,
    listRoute: (request: Request) => handleList(r, db, request),
    recordRoute: async (request: Request, { params }: KeyParams) => handleRecord(r, db, request, (await params).key),
  };
}

/**
 * One record by its key, or null, shaped: `read` finds the row (with what the
 * detail adds), `shape` turns it into the detail schema's input.
 */
export function getRecord<R extends { updatedAt: Date }, T>(
  read: (db: Db, key: string) => Promise<R | null>,
  shape: (row: R, db: Db) => T | Promise<T>,
): (db: Db, key: string) => Promise<{ value: T; updatedAt: Date } | null> {
  return async (db, key) => {
    const row = await read(db, key);
    return row ? { updatedAt: row.updatedAt, value: await shape(row, db) } : null;
  };
}
