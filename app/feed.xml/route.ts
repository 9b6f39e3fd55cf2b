import { preflight } from "@/lib/server/api/respond";
import { db } from "@/lib/server/db/client";
import { handleFeed } from "@/lib/server/feeds/atom";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return handleFeed(db, request);
}

export const HEAD = GET;
export const OPTIONS = preflight;
