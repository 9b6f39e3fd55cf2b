import type { z } from "zod";
import type { Db } from "@/lib/prisma";
import { parseSearchParams } from "@/lib/schemas/search-params";
import { PaginationSchema, paginate } from "./pagination";
import type { Resource } from "./resources";
import { badRequest, jsonResponse, newest, notFound, rawParams, unknownParams } from "./respond";

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

  const rows = await resource.list(db, filters.values);
  const directions = resource.directionsFor?.(filters.values) ?? resource.directions;
  const result = paginate(rows, directions, paging.values.limit, paging.values.cursor);
  if (!result.ok) return badRequest([result.problem]);
  const body = { data: result.page.data.map((v) => resource.item.parse(v)), page: result.page.page };
  return jsonResponse(request, body, newest(rows.map((r) => r.updatedAt)));
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
