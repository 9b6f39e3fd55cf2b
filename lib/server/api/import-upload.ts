import "server-only";
import { requireRoleFor } from "@/lib/server/auth";
import { db } from "@/lib/server/db/client";
import type { Db } from "@/lib/server/db/prisma";
import { dryRunImport, IMPORT_LIMITS, type ImportReport, refusedReport } from "@/lib/server/services/import";
import { type FileRefusal, refusal } from "@/lib/server/services/import/issues";
import { localeOf, wordMessage, wordReport } from "@/lib/server/services/import/messages";
import { crossOriginProblem } from "./status-write";

/**
 * POST /api/import?locale=ko&name=plan.csv, the file as the body: an import's dry run
 * (lib/server/services/import). A route handler rather than a server action so that
 * the body is read here, counted as it arrives and dropped at the limit: any
 * over-limit file gets this app's 413 in the reader's language, not Next.js's
 * "Body exceeded" 500. Answers `{ token, report }`, the report worded in `locale`;
 * the token (when the file is ready) confirms the import (importSheetAction).
 *
 * CSRF: as for the status API (./status-write.ts), a request another site's page
 * sends is refused by its Origin and Sec-Fetch-Site; the session cookie is SameSite=Lax.
 */

const HEADERS = {
  "Content-Type": "application/json; charset=utf-8",
  "Cache-Control": "private, no-store",
} as const;

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: HEADERS });

/** The HTTP status of a refused file: too much is 413, a sheet above the role 403, the rest 422. */
function statusOf(why: FileRefusal): number {
  if (why.code === "tooLarge" || why.code === "tooManyRows" || why.code === "inflatedTooLarge") return 413;
  if (why.code === "accountsAdminOnly") return 403;
  if (why.code === "noFile" || why.code === "empty") return 400;
  return 422;
}

/** The body, or null as soon as it passes `max` bytes (the rest is never held in memory). */
async function readCapped(body: ReadableStream<Uint8Array> | null, max: number): Promise<Uint8Array | null> {
  if (!body) return new Uint8Array();
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/** The file's name for the report and the audit note: no path, no control or format characters. */
const fileNameOf = (value: string | null) =>
  (value ?? "")
    .replace(/[\p{Cc}\p{Cf}]/gu, "")
    .split(/[\\/]/)
    .pop()
    ?.trim()
    .slice(0, 200) || "upload";

async function refused(locale: ReturnType<typeof localeOf>, why: FileRefusal, fileName: string) {
  const report: ImportReport = refusedReport(why, fileName);
  return json(statusOf(why), { token: null, report: await wordReport(locale, report) });
}

export async function postImportUpload(db: Db, request: Request): Promise<Response> {
  const url = new URL(request.url);
  const locale = localeOf(url.searchParams.get("locale"));
  if (crossOriginProblem(request))
    return json(403, { error: "forbidden", message: await wordMessage(locale, "crossSite") });
  const gate = await requireRoleFor(request, "editor");
  if (!gate.ok)
    return json(gate.kind === "unauthenticated" ? 401 : 403, {
      error: gate.kind,
      message: await wordMessage(locale, gate.kind),
    });
  const name = fileNameOf(url.searchParams.get("name"));
  const maxMb = Math.round(IMPORT_LIMITS.maxBytes / 1024 / 1024);
  // A declared length over the limit is refused before a byte is read.
  if (Number(request.headers.get("content-length") ?? 0) > IMPORT_LIMITS.maxBytes)
    return refused(locale, refusal("tooLarge", { maxMb }), name);
  const bytes = await readCapped(request.body, IMPORT_LIMITS.maxBytes);
  if (!bytes) return refused(locale, refusal("tooLarge", { maxMb }), name);
  if (bytes.byteLength === 0) return refused(locale, refusal("noFile", {}), name);
  const importer = { userId: gate.user.id, label: gate.user.name, role: gate.user.role };
  const { report, token } = await dryRunImport(db, importer, { name, bytes });
  if (report.refused) return refused(locale, report.refused, name);
  return json(200, { token, report: await wordReport(locale, report) });
}

/** The handler of /api/import, bound to the app's database for the route file. */
export const importUploadRoute = { POST: (request: Request) => postImportUpload(db, request) };
