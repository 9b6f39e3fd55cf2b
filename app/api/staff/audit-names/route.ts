import { auditNamesResponse } from "@/lib/server/api/staff";
import { getCurrentUser } from "@/lib/server/auth";
import { db } from "@/lib/server/db/client";

export const dynamic = "force-dynamic";

/** Editor names for a history's entries, to signed-in readers only (lib/server/api/staff.ts). */
export async function GET(request: Request) {
  return auditNamesResponse(db, await getCurrentUser(), new URL(request.url));
}
