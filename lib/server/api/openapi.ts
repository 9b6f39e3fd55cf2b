import "server-only";
import { z } from "zod";
import {
  apiRegistry,
  ConflictSchema,
  ErrorSchema,
  ItemStatusRecordSchema,
  listSchema,
  recordSchema,
  StatusSavedSchema,
} from "@/lib/schemas/api";
import { STATUS_BODY_MAX_BYTES, StatusUpdateInputSchema } from "@/lib/schemas/status-update";
import { PaginationSchema } from "./pagination";
import { RESOURCES } from "./resources";

/**
 * The OpenAPI 3.1 document of /api/v1, generated from the zod schemas the handlers
 * parse their parameters and output with (zod 4's own JSON Schema conversion, whose
 * draft 2020-12 output is OpenAPI 3.1's schema dialect). Nothing here is written by
 * hand except the prose.
 */

type JsonSchema = Record<string, unknown>;

const pascal = (name: string) => name.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase());
const singular = (name: string) => pascal(name.replace(/ies$/, "y").replace(/s$/, ""));

// The list and record envelopes of each resource, registered once so they become components.
const envelopes = new Map(
  RESOURCES.map((r) => [
    r.name,
    {
      list: listSchema(r.item, `${singular(r.name)}List`),
      record: recordSchema(r.detail, `${singular(r.name)}Record`),
    },
  ]),
);

function stripMeta(schema: JsonSchema): JsonSchema {
  const { $schema: _s, $id: _i, ...rest } = schema;
  return rest;
}

function parameterSchema(field: z.ZodType): JsonSchema {
  return stripMeta(z.toJSONSchema(field, { io: "input", unrepresentable: "any" }) as JsonSchema);
}

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const idOf = (schema: z.ZodType) => {
  const meta = apiRegistry.get(schema);
  if (!meta) throw new Error("Schema missing from the API registry");
  return meta.id;
};

const json = (schema: z.ZodType) => ({ "application/json": { schema: ref(idOf(schema)) } });

const cacheHeaders = {
  ETag: { description: "A hash of the body; send it back in If-None-Match", schema: { type: "string" } },
  "Last-Modified": { description: "When the newest record in the response changed", schema: { type: "string" } },
  "Cache-Control": { schema: { type: "string" } },
};

const errors = {
  "304": { description: "Not modified: the If-None-Match or If-Modified-Since validator matches" },
};

let cached: JsonSchema | null = null;

export function openApiDocument(): JsonSchema {
  if (cached) return cached;
  const { schemas } = z.toJSONSchema(apiRegistry, {
    io: "output",
    uri: (id) => `#/components/schemas/${id}`,
  }) as { schemas: Record<string, JsonSchema> };
  const components = Object.fromEntries(Object.entries(schemas).map(([id, s]) => [id, stripMeta(s)]));

  const paths: Record<string, unknown> = {};
  for (const r of RESOURCES) {
    const env = envelopes.get(r.name);
    if (!env) continue;
    const tag = pascal(r.name);
    const listParams = Object.entries({ ...r.params.shape, ...PaginationSchema.shape }).map(([name, field]) => {
      const schema = parameterSchema(field as z.ZodType);
      return {
        name,
        in: "query",
        required: false,
        schema,
        ...(schema.type === "array" ? { style: "form", explode: true } : {}),
        description:
          name === "cursor"
            ? "The `page.next` of the previous page"
            : name === "limit"
              ? "Records per page"
              : name === "q"
                ? "Full-text search (English, Korean, Chinese)"
                : `Filter by ${name}`,
      };
    });
    paths[`/${r.name}`] = {
      get: {
        operationId: `list${pascal(r.name)}`,
        tags: [tag],
        summary: r.summary,
        description: `Order: ${r.order}. Unknown or bad parameters are a 400 naming each one.`,
        parameters: listParams,
        responses: {
          "200": { description: "One page", headers: cacheHeaders, content: json(env.list) },
          ...errors,
          "400": { description: "Bad parameters, each named", content: json(ErrorSchema) },
        },
      },
    };
    paths[`/${r.name}/{${r.keyName}}`] = {
      get: {
        operationId: `get${singular(r.name)}`,
        tags: [tag],
        summary: `One of: ${r.summary.toLowerCase()}, with its relations`,
        parameters: [{ name: r.keyName, in: "path", required: true, schema: { type: "string", maxLength: 200 } }],
        responses: {
          "200": { description: "The record", headers: cacheHeaders, content: json(env.record) },
          ...errors,
          "400": { description: "Bad parameters", content: json(ErrorSchema) },
          "404": { description: "No such record", content: json(ErrorSchema) },
        },
      },
    };
  }

  paths["/items/{slug}/status"] = itemStatusPath();

  cached = {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "Korea–China Cooperation Tracker open data API",
      version: "1.0.0",
      description:
        "JSON for the agreements, ministries, dialogues, meetings, action plans and their items, status updates, events, sources and citations. Every response carries an ETag and Last-Modified and answers conditional requests with 304; CORS is open for GET, HEAD and OPTIONS. Lists use cursor pagination: follow `page.next` until it is null. Texts come in English, Korean and Chinese (null where no source gives one); dates are ISO strings of their own precision. One write: staff with the editor role save a plan item's status with POST /items/{slug}/status (see there).",
    },
    servers: [{ url: "/api/v1" }],
    paths,
    components: { schemas: components },
  };
  return cached;
}

/** The one write path: read an item's status and version, and save a status update. */
function itemStatusPath() {
  const body = stripMeta(
    z.toJSONSchema(StatusUpdateInputSchema, { io: "input", unrepresentable: "any" }) as JsonSchema,
  );
  const described: Record<string, string> = {
    expectedVersion: "The item's version last read (GET this path)",
    status: "The implementation status now",
    progress: "Per cent done; 100 (or none) when completed",
    assessedOn: "When it was assessed: 2026, 2026-06 or 2026-06-30",
    basis: "What the assessment rests on",
    note: "At most 2000 characters",
    evidenceUrl: "A web address (http or https)",
    evidenceSourceId: "A source's id, as in /sources",
  };
  const properties: Record<string, JsonSchema> = {};
  for (const [name, field] of Object.entries(body.properties as Record<string, JsonSchema>)) {
    if (name === "planItemId") continue;
    const { maximum, ...rest } = field;
    // zod's .int() bounds integers by Number.MAX_SAFE_INTEGER: no bound worth printing.
    properties[name] = {
      ...rest,
      ...(maximum === Number.MAX_SAFE_INTEGER ? {} : maximum === undefined ? {} : { maximum }),
      ...(described[name] ? { description: described[name] } : {}),
    };
  }
  const required = ((body.required as string[] | undefined) ?? []).filter((f) => f !== "planItemId");
  const slug = { name: "slug", in: "path", required: true, schema: { type: "string", maxLength: 200 } };
  const error = (description: string) => ({ description, content: json(ErrorSchema) });
  return {
    get: {
      operationId: "getItemStatus",
      tags: ["Items"],
      summary: "An item's current status and version (uncached): the `expectedVersion` of the next save",
      parameters: [slug],
      responses: {
        "200": { description: "The current status", content: json(ItemStatusRecordSchema) },
        "404": error("No such item"),
      },
    },
    post: {
      operationId: "saveItemStatus",
      tags: ["Items"],
      summary: "Save a status update for an item (editors)",
      description: [
        "Authenticated by the session cookie of a signed-in editor or admin (sign in at /login).",
        "The body is the status form's fields as JSON, checked by the same rules; `expectedVersion` is the version last read (GET this path). A save based on an older one is merged onto the changes made since when they touch other fields (201, with `mergedFrom`); when both changed a field it is refused with 409 naming each such field, theirs and mine.",
        "Cross-site requests are refused: send `Content-Type: application/json`, and an `Origin` header, if any, must be this site's own; no CORS is granted.",
        "Every save writes one entry in the audit log, in the same transaction.",
      ].join(" "),
      parameters: [slug],
      requestBody: {
        required: true,
        content: {
          "application/json": {
            schema: { ...body, properties, required, additionalProperties: false, maxProperties: 8 },
          },
        },
      },
      responses: {
        "201": { description: "Saved", content: json(StatusSavedSchema) },
        "400": error("The body is not valid JSON"),
        "401": error("No valid session: sign in first"),
        "403": error("Not an editor, or a cross-site request"),
        "404": error("No such item"),
        "409": { description: "The item changed since `expectedVersion`", content: json(ConflictSchema) },
        "413": error(`The body is larger than ${STATUS_BODY_MAX_BYTES} bytes`),
        "415": error("The body is not application/json"),
        "422": error("Bad fields, each named with what is wrong"),
      },
    },
  };
}

/** Maps a path of the document to its resource and whether it is one record. */
export const RESOURCE_PATHS = RESOURCES.map((r) => ({
  resource: r,
  list: `/${r.name}`,
  record: `/${r.name}/{${r.keyName}}`,
}));
