import { z } from "zod";
import { TIMELINE_KINDS, TIMELINE_ORDERS } from "@/lib/timeline";
import { param } from "./search-params";
import { SIDES } from "./vocab";

/** What the timeline holds, as it lives in the URL (the page, its exports and the calendar). */
export const TimelineFiltersSchema = z.object({
  sector: param.slug(),
  side: param.oneOf(SIDES),
  kind: param.oneOf(TIMELINE_KINDS),
  from: param.year(),
  to: param.year(),
});

export type TimelineFilters = z.infer<typeof TimelineFiltersSchema>;

/**
 * /timeline's own state: the filters, the order it draws them in and the page within
 * the period (not the exports'). No page (0) is the page holding the entry `at`, or
 * today, or the first.
 */
export const TimelinePageSchema = TimelineFiltersSchema.extend({
  order: param.oneOf(TIMELINE_ORDERS),
  page: param.integer({ min: 0, max: 100_000, fallback: 0 }),
  /** An entry's key (an event's deep link): the page that holds it, when no page is given. */
  at: param.slug(),
});
