import "server-only";
import { todayIso } from "@/lib/dates";
import { AuditFiltersSchema } from "@/lib/schemas/audit-filters";
import { parseSearchParams } from "@/lib/schemas/search-params";
import { badRequest, CORS_HEADERS, etagOf, rawParams } from "@/lib/server/api/respond";
import type { Db } from "@/lib/server/db/prisma";
import { auditWhere } from "@/lib/server/queries/audit";
import { toCsv } from "./csv";
import { CONTENT_TYPES } from "./handler";
import { toXlsx } from "./xlsx";

export const AUDIT_COLUMNS = ["at", "actor", "action", "entity_type", "entity_id", "changes", "note"] as const;

/** The most entries one audit export holds; narrow the filters for more. */
export const AUDIT_EXPORT_LIMIT = 50_000;

/**
 * /export/audit.<csv|xlsx|json> for administrators: the audit log exactly as /admin/audit
 * filters it (same parameters, every page), newest first. The caller checks the role;
 * the response is private and never stored by a shared cache.
 */
export async function handleAuditExport(db: Db, request: Request, format: "csv" | "xlsx" | "json"): Promise<Response> {
  const { values: f, errors } = parseSearchParams(AuditFiltersSchema, rawParams(new URL(request.url)));
  if (errors.length > 0) return badRequest(errors);
  const where = auditWhere(f);
  const entries = await db.auditEntry.findMany({
    where,
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: AUDIT_EXPORT_LIMIT,
    select: { at: true, actorLabel: true, action: true, entityType: true, entityId: true, changes: true, note: true },
  });
  const rows = entries.map((e) => ({
    at: e.at.toISOString(),
    actor: e.actorLabel,
    action: e.action,
    entity_type: e.entityType,
    entity_id: e.entityId,
    changes: e.changes,
    note: e.note ?? "",
  }));
  const { page: _page, ...filters } = f;
  const body =
    format === "csv"
      ? toCsv(AUDIT_COLUMNS, rows)
      : format === "xlsx"
        ? await toXlsx("audit", AUDIT_COLUMNS, rows)
        : JSON.stringify({ view: "audit", filters, columns: AUDIT_COLUMNS, rows }, null, 1);
  return new Response(typeof body === "string" ? body : new Blob([body]), {
    headers: {
      ...CORS_HEADERS,
      "Access-Control-Allow-Origin": "null",
      "Cache-Control": "private, no-store",
      ETag: etagOf(body),
      "Content-Type": CONTENT_TYPES[format],
      "Content-Disposition": `attachment; filename="audit-${todayIso()}.${format}"`,
    },
  });
}
