import { handleList } from "@/lib/api/handlers";
import { sources } from "@/lib/api/resources";
import { preflight } from "@/lib/api/respond";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return handleList(sources, db, request);
}

export const HEAD = GET;
export const OPTIONS = preflight;
