import { z } from "zod";
import { param } from "./search-params";
import { AGREEMENT_KINDS, AGREEMENT_STATUSES, SIDES } from "./vocab";

export const AGREEMENT_SORTS = ["relevance", "date", "title"] as const;

/** Every piece of /agreements state, as it lives in the URL. */
export const AgreementFiltersSchema = z.object({
  q: param.text(200),
  sector: param.slug(),
  topic: param.slug(),
  ministry: param.slugs(),
  side: param.oneOf(SIDES),
  kind: param.oneOf(AGREEMENT_KINDS),
  status: param.oneOf(AGREEMENT_STATUSES),
  from: param.year(),
  to: param.year(),
  sort: param.oneOf(AGREEMENT_SORTS),
  page: param.page(),
});

export type AgreementFilters = z.infer<typeof AgreementFiltersSchema>;

export const AGREEMENTS_PER_PAGE = 20;
