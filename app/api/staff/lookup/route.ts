import { lookupResponse } from "@/lib/server/api/staff";
import { getCurrentUser } from "@/lib/server/auth";
import { db } from "@/lib/server/db/client";

export const dynamic = "force-dynamic";

/** Records whose names contain what an editor typed, for the relation fields of record forms (lib/server/search/lookup.ts). */
export async function GET(request: Request) {
  return lookupResponse(db, await getCurrentUser(), new URL(request.url));
}
