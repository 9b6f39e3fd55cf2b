import "server-only";
import { auditNamesResponse, citableSourcesResponse, lookupResponse, statusFormResponse } from "@/lib/server/api/staff";
import { getCurrentUser } from "@/lib/server/auth";
import { db } from "@/lib/server/db/client";

// The staff routes (app/api/staff/*) answer from the app's database for whoever is signed in;
// tests call lib/server/api/staff.ts with their own database and user.

/** GET /api/staff/audit-names?ids=…: editor names for a history's entries. */
export async function getAuditNamesResponse(request: Request): Promise<Response> {
  return auditNamesResponse(db, await getCurrentUser(), new URL(request.url));
}

/** GET /api/staff/lookup?kind=…&q=…: records whose names contain what an editor typed. */
export async function getLookupResponse(request: Request): Promise<Response> {
  return lookupResponse(db, await getCurrentUser(), new URL(request.url));
}

/** GET /api/staff/sources: the sources a status update may cite. */
export async function getCitableSourcesResponse(): Promise<Response> {
  return citableSourcesResponse(db, await getCurrentUser());
}

/** GET /api/staff/status-form?lang=…: what an editor's status forms read. */
export async function getStatusFormResponse(request: Request): Promise<Response> {
  return statusFormResponse(db, await getCurrentUser(), new URL(request.url));
}
