import "server-only";
import type { z } from "zod";
import { parseSearchParams } from "@/lib/schemas/search-params";
import type { Db } from "@/lib/server/db/prisma";
import { cursorKey, keysetPage, PaginationSchema } from "./pagination";
import type { Resource } from "./resources/define";
import { badRequest, jsonResponse, notFound, rawParams, unknownParams } from "./respond";

/**
 * The two handlers every resource has: a list (filters, cursor, 400 naming each bad
 * parameter) and one record (404 when there is none). Output goes through the
 * resource's zod schema, the same one the OpenAPI document describes.
 */

type AnyResource = Resource<z.ZodRawShape, z.ZodType, z.ZodType>;

export async function handleList<F extends z.ZodRawShape, L extends z.ZodType, D extends z.ZodType>(
  resource: Resource<F, L, D>,
  db: Db,
  request: Request,
): Promise<Response> {
  const raw = rawParams(new URL(request.url));
  const filters = parseSearchParams(resource.params, raw);
  const paging = parseSearchParams(PaginationSchema, raw);
  const problems = [
    ...unknownParams(raw, [...Object.keys(resource.params.shape), ...Object.keys(PaginationSchema.shape)]),
    ...filters.errors,
    ...paging.errors,
  ];
  if (problems.length > 0) return badRequest(problems);

  const spec = resource.keysFor?.(filters.values) ?? resource.keys;
  const cursor = cursorKey(spec, paging.values.cursor);
  if (!cursor.ok) return badRequest([cursor.problem]);
  const { limit } = paging.values;
  const found = await resource.list(db, filters.values, { keys: spec, after: cursor.after, limit });
  const page = keysetPage(found.rows, limit, found.total);
  const body = { data: page.data.map((v) => resource.item.parse(v)), page: page.page };
  return jsonResponse(request, body, found.lastModified);
}

export async function handleRecord<F extends z.ZodRawShape, L extends z.ZodType, D extends z.ZodType>(
  resource: Resource<F, L, D>,
  db: Db,
  request: Request,
  key: string,
): Promise<Response> {
  const raw = rawParams(new URL(request.url));
  const problems = unknownParams(raw, []);
  if (key.length > 200) problems.push({ field: resource.keyName, message: "is too long" });
  if (problems.length > 0) return badRequest(problems);
  const found = await resource.get(db, key);
  if (!found) return notFound(`${resource.name.replace(/s$/, "")} with ${resource.keyName} "${key}"`);
  return jsonResponse(request, { data: resource.detail.parse(found.value) }, found.updatedAt);
}

export type { AnyResource };
