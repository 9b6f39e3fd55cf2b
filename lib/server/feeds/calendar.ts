import "server-only";
import ical, { ICalEventStatus } from "ical-generator";
import type { z } from "zod";
import { dateRange, precisionOf, todayIso } from "@/lib/dates";
import { param, parseSearchParams } from "@/lib/schemas/search-params";
import { TimelineFiltersSchema } from "@/lib/schemas/timeline-filters";
import { LOCALES } from "@/lib/schemas/vocab";
import { badRequest, cacheableResponse, rawParams } from "@/lib/server/api/respond";
import type { Db } from "@/lib/server/db/prisma";
import { filterTimeline, listTimelineEntries, type TimelineEntry } from "@/lib/server/queries/timeline";

/** The timeline's filters, plus the language of the titles. */
export const CalendarParamsSchema = TimelineFiltersSchema.extend({ lang: param.oneOf(LOCALES) });

const CALENDAR_KINDS = new Set(["meeting", "event"]);

/**
 * Upcoming meetings and events as iCalendar. A day-precision date is an all-day event
 * (tentative while the meeting or event is only planned, or its date inferred); an
 * entry dated only by month or year is left out rather than pinned to a day it may not
 * fall on. A dialogue merely due by its cadence is not on the calendar: nothing is
 * scheduled. UIDs come from the timeline's stable keys.
 */
export function calendarEntries(entries: readonly TimelineEntry[], today: string): TimelineEntry[] {
  return entries.filter(
    (e) =>
      CALENDAR_KINDS.has(e.kind) &&
      e.due === undefined &&
      precisionOf(e.date) === "day" &&
      dateRange(e.date).last >= today &&
      e.status !== "cancelled",
  );
}

export function buildCalendar(
  entries: readonly TimelineEntry[],
  origin: string,
  lang: (typeof LOCALES)[number],
  today: string,
): string {
  const calendar = ical({
    name: "Korea–China Cooperation Tracker",
    description: "Upcoming meetings and events between Korea and China",
    prodId: { company: "korea-china-tracker", product: "calendar", language: lang.toUpperCase() },
    url: `${origin}/calendar.ics`,
  });
  // DTSTAMP changes once a day, so the body (and its ETag) is stable within a day.
  const stamp = new Date(`${today}T00:00:00Z`);
  for (const e of entries) {
    const title = e.title[lang] ?? e.title.en;
    const place = e.place ? (e.place[lang] ?? e.place.en) : null;
    const tentative = e.inferred || e.status === "planned" || e.status === "unknown" || e.status === null;
    calendar.createEvent({
      id: `${e.key}@korea-china-tracker`,
      start: new Date(`${e.date}T00:00:00Z`),
      allDay: true,
      stamp,
      summary: title,
      location: place,
      url: `${origin}${lang === "en" ? "" : `/${lang}`}${e.href}`,
      description: [
        e.kind === "meeting" ? "Dialogue meeting" : "Event",
        e.inferred ? `Date inferred: ${e.reasoning ?? "no source states it outright"}` : null,
        e.citations[0] ? `Source: ${e.citations[0].source.title}` : null,
      ]
        .filter(Boolean)
        .join("\n"),
      status: tentative ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}

export async function handleCalendar(db: Db, request: Request): Promise<Response> {
  const { values, errors } = parseSearchParams(CalendarParamsSchema, rawParams(new URL(request.url)));
  if (errors.length > 0) return badRequest(errors);
  const today = todayIso();
  const entries = calendarEntries(filterTimeline(await listTimelineEntries(db, today), values), today).sort(
    (a, b) => a.date.localeCompare(b.date) || a.key.localeCompare(b.key),
  );
  const body = buildCalendar(entries, new URL(request.url).origin, values.lang ?? "en", today);
  return cacheableResponse(request, body, "text/calendar; charset=utf-8", null, {
    "Content-Disposition": 'inline; filename="korea-china-tracker.ics"',
  });
}

export type CalendarParams = z.infer<typeof CalendarParamsSchema>;
