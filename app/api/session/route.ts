import { getCurrentUser } from "@/lib/auth";
import { sessionResponse } from "@/lib/staff-api";

export const dynamic = "force-dynamic";

/** Who is signed in, for the cached pages' header and staff controls (lib/staff-api.ts). */
export async function GET() {
  return sessionResponse(await getCurrentUser());
}
