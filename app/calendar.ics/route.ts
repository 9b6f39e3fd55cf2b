import { preflight } from "@/lib/server/api/respond";
import { db } from "@/lib/server/db/client";
import { handleCalendar } from "@/lib/server/feeds/calendar";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return handleCalendar(db, request);
}

export const HEAD = GET;
export const OPTIONS = preflight;
