import "server-only";
import { db } from "@/lib/server/db/client";
import { handleFeed } from "./atom";
import { handleCalendar } from "./calendar";

// The app's routes read the app's database; tests call the handlers with their own.

/** GET /calendar.ics. */
export function calendarResponse(request: Request): Promise<Response> {
  return handleCalendar(db, request);
}

/** GET /feed.xml. */
export function feedResponse(request: Request): Promise<Response> {
  return handleFeed(db, request);
}
