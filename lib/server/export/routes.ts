import "server-only";
import { db } from "@/lib/server/db/client";
import { handleAuditExport } from "./audit";
import { handleExport } from "./handler";

// The app's routes read the app's database; tests call the handlers with their own.

/** GET /export/<file> for the public views (agreements.csv, timeline.json…). */
export function exportResponse(request: Request, file: string): Promise<Response> {
  return handleExport(db, request, file);
}

/** GET /export/audit.csv, .xlsx or .json, once the route has checked that the reader is an administrator. */
export function auditExportResponse(request: Request, format: "csv" | "xlsx" | "json"): Promise<Response> {
  return handleAuditExport(db, request, format);
}
