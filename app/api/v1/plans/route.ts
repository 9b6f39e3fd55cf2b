import { handleList } from "@/lib/api/handlers";
import { plans } from "@/lib/api/resources";
import { preflight } from "@/lib/api/respond";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return handleList(plans, db, request);
}

export const HEAD = GET;
export const OPTIONS = preflight;
