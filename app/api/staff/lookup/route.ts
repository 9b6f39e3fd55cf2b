import { getLookupResponse } from "@/lib/server/queries/staff-api";

export const dynamic = "force-dynamic";

/** Records whose names contain what an editor typed, for the relation fields of record forms (lib/server/search/lookup.ts). */
export async function GET(request: Request) {
  return getLookupResponse(request);
}
