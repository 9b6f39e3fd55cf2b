import { getStatusFormResponse } from "@/lib/server/queries/staff-api";

export const dynamic = "force-dynamic";

/** The sources and messages an editor's status forms read, for cached plan pages (lib/server/api/staff.ts). */
export async function GET(request: Request) {
  return getStatusFormResponse(request);
}
