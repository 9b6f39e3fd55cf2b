import { getAuditNamesResponse } from "@/lib/server/queries/staff-api";

export const dynamic = "force-dynamic";

/** Editor names for a history's entries, to signed-in readers only (lib/server/api/staff.ts). */
export async function GET(request: Request) {
  return getAuditNamesResponse(request);
}
