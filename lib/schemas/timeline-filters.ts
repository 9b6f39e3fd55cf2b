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

/** /timeline's own state: the filters and the order it draws them in (not the exports'). */
export const TimelinePageSchema = TimelineFiltersSchema.extend({ order: param.oneOf(TIMELINE_ORDERS) });
