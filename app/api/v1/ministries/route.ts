import { handleList } from "@/lib/server/api/handlers";
import { ministries } from "@/lib/server/api/resources";
import { preflight } from "@/lib/server/api/respond";
import { db } from "@/lib/server/db/client";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return handleList(ministries, db, request);
}

export const HEAD = GET;
export const OPTIONS = preflight;
