import { getCurrentUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { auditNamesResponse } from "@/lib/staff-api";

export const dynamic = "force-dynamic";

/** Editor names for a history's entries, to signed-in readers only (lib/staff-api.ts). */
export async function GET(request: Request) {
  return auditNamesResponse(db, await getCurrentUser(), new URL(request.url));
}
