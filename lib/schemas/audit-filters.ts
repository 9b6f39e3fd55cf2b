import { z } from "zod";
import { AUDIT_ACTIONS } from "@/lib/server/services/audit";
import { param } from "./search-params";

/** The kinds of record the audit log names (AuditEntry.entityType). */
export const AUDITED_ENTITIES = [
  "Agreement",
  "Ministry",
  "Dialogue",
  "Meeting",
  "ActionPlan",
  "PlanItem",
  "Event",
  "Person",
  "Source",
  "Citation",
  "User",
] as const;

const ACTIONS = Object.values(AUDIT_ACTIONS) as [string, ...string[]];

/** A calendar day in the URL (`2026-11-26`). */
const day = () =>
  z.preprocess(
    (v) => (Array.isArray(v) ? v[0] : v) || undefined,
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
  );

/** /admin/audit's filters: entity type, action, actor, date range, page. */
export const AuditFiltersSchema = z.object({
  entityType: param.oneOf(AUDITED_ENTITIES),
  action: param.oneOf(ACTIONS),
  actor: param.text(200),
  from: day(),
  to: day(),
  page: param.page(),
});

export type AuditFilters = z.infer<typeof AuditFiltersSchema>;
