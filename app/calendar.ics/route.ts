import { preflight } from "@/lib/api/respond";
import { db } from "@/lib/db";
import { handleCalendar } from "@/lib/feeds/calendar";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return handleCalendar(db, request);
}

export const HEAD = GET;
export const OPTIONS = preflight;
