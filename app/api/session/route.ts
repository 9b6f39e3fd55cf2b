import { sessionResponse } from "@/lib/server/api/staff";
import { getCurrentUser } from "@/lib/server/auth";

export const dynamic = "force-dynamic";

/** Who is signed in, for the cached pages' header and staff controls (lib/server/api/staff.ts). */
export async function GET() {
  return sessionResponse(await getCurrentUser());
}
