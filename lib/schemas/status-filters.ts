import { z } from "zod";
import { DEFAULT_STALE_DAYS } from "@/lib/status";
import { param } from "./search-params";
import { IMPLEMENTATION_STATUSES } from "./vocab";

/**
 * The /status page's URL state, for its export. Mirrors the page's own schema
 * (app/[locale]/status/page.tsx); the page can import this one instead.
 */
export const StatusFiltersSchema = z.object({
  status: param.oneOf(IMPLEMENTATION_STATUSES),
  staleDays: z.preprocess(
    (v) => (Array.isArray(v) ? v[0] : v === "" ? undefined : v),
    z.coerce
      .number({ error: "must be a number of days" })
      .int({ error: "must be a whole number of days" })
      .min(1, { error: "must be at least 1" })
      .max(3650, { error: "must be at most 3650" })
      .default(DEFAULT_STALE_DAYS),
  ),
});
