import { handleList } from "@/lib/api/handlers";
import { ministries } from "@/lib/api/resources";
import { preflight } from "@/lib/api/respond";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return handleList(ministries, db, request);
}

export const HEAD = GET;
export const OPTIONS = preflight;
