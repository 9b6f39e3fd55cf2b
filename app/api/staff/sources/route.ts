import { getCitableSourcesResponse } from "@/lib/server/queries/staff-api";

export const dynamic = "force-dynamic";

/** The sources a status update may cite, for editors' forms on cached plan pages. */
export async function GET() {
  return getCitableSourcesResponse();
}
