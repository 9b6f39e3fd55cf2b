import { preflight } from "@/lib/server/api/respond";
import { calendarResponse } from "@/lib/server/feeds/routes";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return calendarResponse(request);
}

export const HEAD = GET;
export const OPTIONS = preflight;
