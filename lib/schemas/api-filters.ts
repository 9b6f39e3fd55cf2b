import { z } from "zod";
import { PartialDateSchema } from "@/lib/dates";
import { AgreementFiltersSchema } from "./agreement-filters";
import { param } from "./search-params";
import {
  ASSESSMENT_BASES,
  BODY_KINDS,
  CITATION_STANCES,
  DIALOGUE_FORMATS,
  DIALOGUE_LEVELS,
  EVENT_KINDS,
  EVENT_STATUSES,
  IMPLEMENTATION_STATUSES,
  MEETING_STATUSES,
  SIDES,
  SOURCE_KINDS,
  TRUST_LEVELS,
} from "./vocab";

/**
 * The filters of each JSON API list. Agreements take exactly the /agreements page's
 * parameters (search included) except `page`, which the API replaces by a cursor.
 */
export const AgreementListParamsSchema = AgreementFiltersSchema.omit({ page: true });

export const MinistryListParamsSchema = z.object({
  q: param.text(200),
  side: param.oneOf(SIDES),
  kind: param.oneOf(BODY_KINDS),
});

export const DialogueListParamsSchema = z.object({
  sector: param.slug(),
  ministry: param.slug(),
  format: param.oneOf(DIALOGUE_FORMATS),
  level: param.oneOf(DIALOGUE_LEVELS),
});

export const MeetingListParamsSchema = z.object({
  dialogue: param.slug(),
  status: param.oneOf(MEETING_STATUSES),
  from: param.year(),
  to: param.year(),
});

export const PlanListParamsSchema = z.object({
  sector: param.slug(),
  agreement: param.slug(),
  ministry: param.slug(),
});

export const ItemListParamsSchema = z.object({
  plan: param.slug(),
  sector: param.slug(),
  ministry: param.slug(),
  status: param.oneOf(IMPLEMENTATION_STATUSES),
});

const firstValue = (v: unknown) => {
  const value = Array.isArray(v) ? v[0] : v;
  return typeof value === "string" && value.trim() === "" ? undefined : value;
};

/** A day, month or year date parameter such as `since=2026-10-01`. */
export const dateParam = () => z.preprocess(firstValue, PartialDateSchema.optional());

export const StatusUpdateListParamsSchema = z.object({
  plan: param.slug(),
  item: param.slug(),
  status: param.oneOf(IMPLEMENTATION_STATUSES),
  basis: param.oneOf(ASSESSMENT_BASES),
  since: dateParam(),
});

export const EventListParamsSchema = z.object({
  sector: param.slug(),
  kind: param.oneOf(EVENT_KINDS),
  status: param.oneOf(EVENT_STATUSES),
  from: param.year(),
  to: param.year(),
});

export const SourceListParamsSchema = z.object({
  kind: param.oneOf(SOURCE_KINDS),
  trust: param.oneOf(TRUST_LEVELS),
});

export const CitationListParamsSchema = z.object({
  source: param.text(80),
  stance: param.oneOf(CITATION_STANCES),
});
