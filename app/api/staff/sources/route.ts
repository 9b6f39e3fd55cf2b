import { citableSourcesResponse } from "@/lib/server/api/staff";
import { getCurrentUser } from "@/lib/server/auth";
import { db } from "@/lib/server/db/client";

export const dynamic = "force-dynamic";

/** The sources a status update may cite, for editors' forms on cached plan pages. */
export async function GET() {
  return citableSourcesResponse(db, await getCurrentUser());
}
