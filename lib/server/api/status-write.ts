import "server-only";
import type { ApiError, Problem } from "@/lib/schemas/api";
import { STATUS_BODY_MAX_BYTES, StatusBodySchema } from "@/lib/schemas/status-update";
import { SlugSchema } from "@/lib/schemas/vocab";
import { requireRoleFor } from "@/lib/server/auth";
import { revalidatePublicPages } from "@/lib/server/cache/revalidate";
import type { Db } from "@/lib/server/db/prisma";
import { recordStatusUpdate, type StatusUpdateResult } from "@/lib/server/services/record-status-update";

type Conflict = Extract<StatusUpdateResult, { kind: "conflict" }>;

/**
 * The HTTP write path for plan item statuses (POST /api/v1/items/{slug}/status), for
 * staff scripts and the soak test: the same zod schema and service as the status
 * form, a session cookie for authentication and the editor role checked here.
 *
 * CSRF: a browser can only send `Content-Type: application/json` cross-site after a
 * CORS preflight, which this route never grants; an `Origin` header, when sent, must
 * be this site's own, and `Sec-Fetch-Site` must not say cross-site. The session
 * cookie is SameSite=Lax besides.
 */

const MAX_BODY_BYTES = STATUS_BODY_MAX_BYTES;

const NO_STORE = { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" } as const;

type Extra = Record<string, unknown>;

export function apiError(
  status: number,
  error: ApiError["error"],
  message: string,
  problems: Problem[] = [],
  extra: Extra = {},
) {
  return new Response(JSON.stringify({ error, message, problems, ...extra }), { status, headers: NO_STORE });
}

/** Why a request is not from this site, or null when it is (or says nothing, like curl). */
export function crossOriginProblem(request: Request): string | null {
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") return `Sec-Fetch-Site is ${site}`;
  const origin = request.headers.get("origin");
  if (origin === null) return null;
  const url = new URL(request.url);
  const allowed = new Set([url.origin]);
  const host = request.headers.get("host");
  if (host) allowed.add(`${url.protocol}//${host}`);
  for (const configured of [process.env.BETTER_AUTH_URL, process.env.SITE_URL]) {
    if (!configured) continue;
    try {
      allowed.add(new URL(configured).origin);
    } catch {
      // lib/server/env.ts reports a bad SITE_URL at start-up
    }
  }
  return allowed.has(origin) ? null : `Origin ${origin.slice(0, 100)} is not this site`;
}

/** The JSON object a request carries, or the 4xx response that says why there is none. */
async function readJsonObject(request: Request): Promise<{ ok: true; body: Record<string, unknown> } | Response> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\s*(;|$)/i.test(type))
    return apiError(415, "unsupported_media_type", "Send the body as Content-Type: application/json", [
      { field: "Content-Type", message: "must be application/json" },
    ]);
  const declared = Number(request.headers.get("content-length") ?? "0");
  const tooLarge = () =>
    apiError(413, "payload_too_large", `The body is larger than ${MAX_BODY_BYTES} bytes`, [
      { field: "body", message: `is too large: at most ${MAX_BODY_BYTES} bytes` },
    ]);
  if (declared > MAX_BODY_BYTES) return tooLarge();
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) return tooLarge();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return apiError(400, "invalid_body", "The body is not valid JSON", [
      { field: "body", message: "is not valid JSON" },
    ]);
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
    return apiError(422, "invalid_body", "The body must be a JSON object", [
      { field: "body", message: "must be a JSON object" },
    ]);
  return { ok: true, body: parsed as Record<string, unknown> };
}

/**
 * The service's input from a JSON body, or what is wrong with the body, field by
 * field in the order it sent them: an unknown field is named before anything else,
 * then a missing version, then each value of the wrong JSON type.
 */
export function readStatusBody(
  body: Record<string, unknown>,
): { ok: true; input: Record<string, unknown> } | { ok: false; problems: Problem[] } {
  const read = StatusBodySchema.safeParse(body, { reportInput: true });
  if (read.success) {
    // JSON null means "not given" for the optional texts (progress may be null itself).
    const input = Object.fromEntries(Object.entries(body).filter(([k, v]) => v !== null || k === "progress"));
    return { ok: true, input };
  }
  const { issues } = read.error;
  const unknown = issues.flatMap((issue) => (issue.code === "unrecognized_keys" ? issue.keys : []));
  if (unknown.length > 0)
    return { ok: false, problems: unknown.map((field) => ({ field, message: "is not a known field" })) };
  const missing = issues.filter((issue) => issue.input === undefined);
  const order = Object.keys(body);
  const problems = (missing.length > 0 ? missing : issues)
    .map((issue) => ({ field: String(issue.path[0]), message: issue.message }))
    .sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
  return { ok: false, problems };
}

function invalid(problems: Problem[]) {
  return apiError(
    422,
    "invalid_body",
    `Bad fields: ${problems.map((p) => `${p.field} ${p.message}`).join("; ")}`,
    problems,
  );
}

/**
 * A 400 naming the slug when the path's key cannot be one (too long, a control
 * character, markup…), before any query: PostgreSQL refuses a NUL in text outright.
 */
function slugProblem(key: string): Response | null {
  const slug = SlugSchema.safeParse(key);
  if (slug.success) return null;
  const message = slug.error.issues[0]?.message ?? "is not a slug";
  return apiError(400, "invalid_parameters", `Bad slug: ${message}`, [{ field: "slug", message }]);
}

/** GET: the item's current status and version (what a save's `expectedVersion` must be). */
export async function getItemStatus(db: Db, key: string): Promise<Response> {
  const badSlug = slugProblem(key);
  if (badSlug) return badSlug;
  const item = await db.planItem.findFirst({
    where: { slug: key, archivedAt: null },
    select: { slug: true, status: true, progress: true, statusAssessedOn: true, version: true },
  });
  if (!item) return apiError(404, "not_found", `No item with slug "${key.slice(0, 200)}"`);
  const { slug, ...rest } = item;
  return new Response(JSON.stringify({ data: { item: slug, ...rest } }), { status: 200, headers: NO_STORE });
}

/** POST: saves a status update as the signed-in editor. */
export async function postItemStatus(db: Db, request: Request, key: string): Promise<Response> {
  const cross = crossOriginProblem(request);
  if (cross) return apiError(403, "forbidden", `Cross-site request refused: ${cross}`);
  const gate = await requireRoleFor(request, "editor");
  if (!gate.ok)
    return gate.kind === "unauthenticated"
      ? apiError(401, "unauthenticated", "Sign in first: no valid session cookie was sent")
      : apiError(403, "forbidden", "Saving a status needs the editor role");

  const read = await readJsonObject(request);
  if (read instanceof Response) return read;
  const { body } = read;
  const checked = readStatusBody(body);
  if (!checked.ok) return invalid(checked.problems);

  const badSlug = slugProblem(key);
  if (badSlug) return badSlug;
  const item = await db.planItem.findFirst({ where: { slug: key, archivedAt: null }, select: { id: true } });
  if (!item) return apiError(404, "not_found", `No item with slug "${key}"`);

  const input = { planItemId: item.id, ...checked.input };
  const result = await recordStatusUpdate(db, { userId: gate.user.id, label: gate.user.name }, input);
  if (result.ok) {
    revalidatePublicPages();
    const merged = result.mergedFrom === undefined ? {} : { mergedFrom: result.mergedFrom };
    return new Response(
      JSON.stringify({
        data: {
          statusUpdateId: result.statusUpdateId,
          item: key,
          version: result.version,
          ...result.values,
          ...merged,
        },
      }),
      { status: 201, headers: NO_STORE },
    );
  }
  if (result.kind === "invalid")
    return invalid(
      Object.entries(result.fieldErrors).flatMap(([field, messages]) =>
        messages.map((message) => ({ field, message })),
      ),
    );
  if (result.kind === "not_found") return apiError(404, "not_found", `No item with slug "${key}"`);
  return conflictResponse(key, body, result);
}

/**
 * 409: the item moved on since `expectedVersion` and both saves changed a field (or,
 * when the history cannot say what the caller's version held, the caller's value
 * differs from the item's). `conflicts` names each field with theirs and mine; send
 * again with the current version and the values to keep.
 */
function conflictResponse(key: string, body: Record<string, unknown>, result: Conflict): Response {
  const { current, conflicts } = result;
  const names = conflicts.map((c) => c.field).join(", ");
  const message = conflicts.length
    ? `The item changed since version ${String(body.expectedVersion)} (now ${current.version}) and both saves changed: ${names}`
    : `The item changed since version ${String(body.expectedVersion)}: it is now at version ${current.version}`;
  return apiError(
    409,
    "conflict",
    message,
    [
      { field: "expectedVersion", message: `is stale: the item is at version ${current.version}` },
      ...conflicts.map((c) => ({ field: c.field, message: "was changed by another save since expectedVersion" })),
    ],
    {
      current: { item: key, ...current },
      changedBy: result.changedBy
        ? { label: result.changedBy.label, at: result.changedBy.at.toISOString(), note: result.changedBy.note }
        : null,
      conflicts: conflicts.map((c) => ({
        field: c.field,
        theirs: c.theirs,
        mine: c.mine,
        changedBy: c.changedBy ? { label: c.changedBy.label, at: c.changedBy.at.toISOString() } : null,
      })),
    },
  );
}
