import { getCurrentUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { citableSourcesResponse } from "@/lib/staff-api";

export const dynamic = "force-dynamic";

/** The sources a status update may cite, for editors' forms on cached plan pages. */
export async function GET() {
  return citableSourcesResponse(db, await getCurrentUser());
}
