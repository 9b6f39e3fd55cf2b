import "server-only";
import type { ApiError, Problem } from "@/lib/schemas/api";
import { STATUS_BODY_MAX_BYTES } from "@/lib/schemas/status-update";
import { SlugSchema } from "@/lib/schemas/vocab";
import { requireRoleFor } from "@/lib/server/auth";
import { revalidatePublicPages } from "@/lib/server/cache/revalidate";
import type { Db } from "@/lib/server/db/prisma";
import { recordStatusUpdate } from "@/lib/server/services/record-status-update";

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

/** The fields a save may send; anything else is refused by name rather than ignored. */
export const STATUS_BODY_FIELDS = [
  "expectedVersion",
  "status",
  "progress",
  "assessedOn",
  "basis",
  "note",
  "evidenceUrl",
  "evidenceSourceId",
] as const;

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
 * JSON types the form schema cannot see: it coerces numbers (a form sends text), and
 * `Number([])` is 0 and `Number(true)` is 1, so a JSON array or boolean must be
 * refused here rather than saved as a number.
 */
function wrongJsonTypes(body: Record<string, unknown>): Problem[] {
  const problems: Problem[] = [];
  for (const [field, value] of Object.entries(body)) {
    if (value === null) continue;
    const numeric = field === "expectedVersion" || field === "progress";
    if (numeric ? typeof value !== "number" && typeof value !== "string" : typeof value !== "string")
      problems.push({ field, message: numeric ? "must be a number" : "must be a string" });
  }
  return problems;
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
  const unknown = Object.keys(body).filter((k) => !(STATUS_BODY_FIELDS as readonly string[]).includes(k));
  if (unknown.length > 0) return invalid(unknown.map((field) => ({ field, message: "is not a known field" })));
  if (!("expectedVersion" in body)) return invalid([{ field: "expectedVersion", message: "is required" }]);
  const mistyped = wrongJsonTypes(body);
  if (mistyped.length > 0) return invalid(mistyped);

  const badSlug = slugProblem(key);
  if (badSlug) return badSlug;
  const item = await db.planItem.findFirst({ where: { slug: key, archivedAt: null }, select: { id: true } });
  if (!item) return apiError(404, "not_found", `No item with slug "${key}"`);

  // JSON null means "not given" for the optional texts (progress may be null itself).
  const input: Record<string, unknown> = { planItemId: item.id };
  for (const [k, v] of Object.entries(body)) {
    if (v === null && k !== "progress") continue;
    input[k] = v;
  }
  const result = await recordStatusUpdate(db, { userId: gate.user.id, label: gate.user.name }, input);
  if (result.ok) {
    revalidatePublicPages();
    return new Response(
      JSON.stringify({ data: { statusUpdateId: result.statusUpdateId, item: key, version: result.version } }),
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
  return apiError(
    409,
    "conflict",
    `The item changed since version ${String(body.expectedVersion)}: it is now at version ${result.current.version}`,
    [{ field: "expectedVersion", message: `is stale: the item is at version ${result.current.version}` }],
    {
      current: { item: key, ...result.current },
      changedBy: result.changedBy
        ? { label: result.changedBy.label, at: result.changedBy.at.toISOString(), note: result.changedBy.note }
        : null,
    },
  );
}
