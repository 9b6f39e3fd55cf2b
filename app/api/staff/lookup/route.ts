import { getCurrentUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { lookupResponse } from "@/lib/staff-api";

export const dynamic = "force-dynamic";

/** Records whose names contain what an editor typed, for the relation fields of record forms (lib/search/lookup.ts). */
export async function GET(request: Request) {
  return lookupResponse(db, await getCurrentUser(), new URL(request.url));
}
