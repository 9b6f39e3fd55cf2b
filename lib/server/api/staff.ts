import "server-only";
import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";
import { catalogue, STATUS_FORM_NAMESPACES } from "@/lib/i18n/messages";
import type { CurrentUser } from "@/lib/server/auth/roles";
import { hasRole } from "@/lib/server/auth/roles";
import type { Db } from "@/lib/server/db/prisma";
import { listAuditActorLabels } from "@/lib/server/queries/audit";
import { lookupRecords } from "@/lib/server/search";

/**
 * The small per-user answers that let public pages be cached: the pages are the same
 * for everybody, and what depends on who is signed in (the header's sign-in state,
 * staff controls, editor names in histories) is asked for by the browser here.
 * Every answer is private and never stored by a cache.
 */

export const PRIVATE_HEADERS = {
  "Cache-Control": "private, no-store",
  Vary: "Cookie",
  "Content-Type": "application/json; charset=utf-8",
} as const;

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: PRIVATE_HEADERS });
}

function refused(user: CurrentUser | null): Response {
  return user
    ? json({ error: "forbidden", message: "your role may not read this" }, 403)
    : json({ error: "unauthenticated", message: "sign in to read this" }, 401);
}

/** Who is signed in: their name and role, or null. Never the email or id. */
export function sessionResponse(user: CurrentUser | null): Response {
  return json({ user: user ? { name: user.name, role: user.role } : null });
}

/** At most one history's worth of entries (histories show 100). */
export const MAX_AUDIT_IDS = 100;

const AuditIdsSchema = z
  .string()
  .max(MAX_AUDIT_IDS * 41, "is too long")
  .transform((s) => s.split(",").filter((id) => id !== ""))
  .pipe(
    z
      .array(z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, "must be audit entry ids separated by commas"))
      .min(1, "must name at least one audit entry")
      .max(MAX_AUDIT_IDS, `must name at most ${MAX_AUDIT_IDS} audit entries`),
  );

/** Editor names for some audit entries (`?ids=a,b`): signed-in readers only. */
export async function auditNamesResponse(db: Db, user: CurrentUser | null, url: URL): Promise<Response> {
  if (!user) return refused(user);
  const parsed = AuditIdsSchema.safeParse(url.searchParams.get("ids") ?? "");
  if (!parsed.success) {
    return json(
      { error: "invalid", field: "ids", message: `ids ${parsed.error.issues[0]?.message ?? "is invalid"}` },
      400,
    );
  }
  return json({ names: await listAuditActorLabels(db, parsed.data) });
}

/** The sources an editor may cite in a status update (live ones, by title). */
export async function citableSourcesResponse(db: Db, user: CurrentUser | null): Promise<Response> {
  if (!hasRole(user?.role, "editor")) return refused(user);
  return json({ sources: await citableSources(db) });
}

function citableSources(db: Db) {
  return db.source.findMany({
    where: { archivedAt: null },
    select: { id: true, title: true },
    orderBy: { title: "asc" },
  });
}

const LangSchema = z.enum(LOCALES, `must be one of ${LOCALES.join(", ")}`);

/**
 * What an editor's status forms on a plan page read (`?lang=ko`): the sources they may
 * cite and the forms' messages in that language. Asked for by the browser once an
 * editor is signed in, so plan pages do not send every reader the forms' words.
 */
export async function statusFormResponse(db: Db, user: CurrentUser | null, url: URL): Promise<Response> {
  if (!hasRole(user?.role, "editor")) return refused(user);
  const lang = LangSchema.safeParse(url.searchParams.get("lang") ?? "");
  if (!lang.success) {
    return json(
      { error: "invalid", field: "lang", message: `lang ${lang.error.issues[0]?.message ?? "is invalid"}` },
      400,
    );
  }
  const messages = await catalogue(lang.data);
  return json({
    sources: await citableSources(db),
    intl: {
      locale: lang.data,
      timeZone: "Asia/Seoul",
      messages: Object.fromEntries(STATUS_FORM_NAMESPACES.map((ns) => [ns, messages[ns] ?? {}])),
    },
  });
}

/** The query parameters of /api/staff/lookup, by the names lookupRecords gives its fields. */
const LOOKUP_PARAMS = { kind: "kind", text: "q", limit: "limit" } as const;

/**
 * Records of a kind whose names contain `q` (`?kind=agreement&q=carbon[&limit=20]`),
 * for the relation fields of editors' forms (lib/server/search/lookup.ts): editors only.
 */
export async function lookupResponse(db: Db, user: CurrentUser | null, url: URL): Promise<Response> {
  if (!hasRole(user?.role, "editor")) return refused(user);
  const params = url.searchParams;
  const known = new Set<string>(Object.values(LOOKUP_PARAMS));
  const unknown = [...params.keys()].find((k) => !known.has(k));
  if (unknown !== undefined) {
    return json({ error: "invalid", field: unknown, message: `${unknown} is not a parameter of this lookup` }, 400);
  }
  const limit = params.get("limit");
  const result = await lookupRecords(
    db,
    params.get("kind") ?? "",
    params.get("q") ?? "",
    // An empty limit means "not given", as a form sends it.
    limit === null || limit === "" ? undefined : limit,
  );
  if (!result.ok) {
    const field = LOOKUP_PARAMS[result.field];
    return json({ error: "invalid", field, message: `${field}${result.message.slice(result.field.length)}` }, 400);
  }
  return json({ records: result.hits });
}
