import { z } from "zod";
import { TIMELINE_KINDS } from "@/lib/timeline";
import { param } from "./search-params";
import { SIDES } from "./vocab";

/** Every piece of /timeline state, as it lives in the URL. */
export const TimelineFiltersSchema = z.object({
  sector: param.slug(),
  side: param.oneOf(SIDES),
  kind: param.oneOf(TIMELINE_KINDS),
  from: param.year(),
  to: param.year(),
});

export type TimelineFilters = z.infer<typeof TimelineFiltersSchema>;
