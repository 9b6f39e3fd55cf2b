import { preflight } from "@/lib/server/api/respond";
import { feedResponse } from "@/lib/server/feeds/routes";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return feedResponse(request);
}

export const HEAD = GET;
export const OPTIONS = preflight;
