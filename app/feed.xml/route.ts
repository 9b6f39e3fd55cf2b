import { preflight } from "@/lib/api/respond";
import { db } from "@/lib/db";
import { handleFeed } from "@/lib/feeds/atom";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return handleFeed(db, request);
}

export const HEAD = GET;
export const OPTIONS = preflight;
