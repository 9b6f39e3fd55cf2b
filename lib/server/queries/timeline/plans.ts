import "server-only";
import { ministrySide, titleFields } from "@/lib/server/db/fragments";
import {
  citations,
  dateFilter,
  forField,
  inYears,
  noRefs,
  type TimelineContext,
  type TimelineEntry,
  titleOf,
  uniq,
} from "./context";

/** The plans in scope (one plan, an agreement's, a track's): their periods, and the items under them. */
export function planWhere({ planScope, byAgreement, sector }: TimelineContext) {
  return {
    archivedAt: null,
    ...(planScope ? { slug: planScope } : {}),
    ...byAgreement,
    ...(sector ? { sector: { slug: sector } } : {}),
  };
}

/** What a plan's entries, and its items', need of the plan. */
export const planBrief = {
  slug: true,
  sector: { select: { slug: true } },
  agreement: { select: { slug: true } },
  implementingBody: { select: ministrySide },
} as const;

export const planRefs = (p: {
  slug: string;
  agreement: { slug: string } | null;
  implementingBody: { slug: string } | null;
}) => ({
  ...noRefs(),
  plans: [p.slug],
  agreements: uniq([p.agreement?.slug]),
  ministries: uniq([p.implementingBody?.slug]),
});

const planSelect = {
  ...planBrief,
  ...titleFields,
  startOn: true,
  startInferred: true,
  startReasoning: true,
  endOn: true,
  endInferred: true,
  endReasoning: true,
  citations,
} as const;

/** Plan periods: where each plan starts and ends. */
export async function readPlanEntries(ctx: TimelineContext): Promise<TimelineEntry[]> {
  const { ministryScope, side } = ctx;
  const where = {
    ...planWhere(ctx),
    AND: [
      ...(ministryScope ? [{ implementingBody: { slug: ministryScope } }] : []),
      ...(side ? [{ implementingBody: { side } }] : []),
    ],
  };
  const perEnd = await Promise.all(
    (["startOn", "endOn"] as const).map((field) =>
      ctx.db.actionPlan.findMany({
        where: { ...where, AND: [...where.AND, dateFilter(ctx, field)] },
        orderBy: [{ [field]: "asc" }, { id: "asc" }],
        ...ctx.take,
        select: planSelect,
      }),
    ),
  );
  const plans = [...new Map(perEnd.flat().map((p) => [p.slug, p] as const)).values()];
  const entries: TimelineEntry[] = [];
  for (const p of plans) {
    const base = {
      kind: "plan" as const,
      title: titleOf(p),
      href: `/plans/${p.slug}`,
      sectors: [p.sector.slug],
      sides: uniq([p.implementingBody?.side]),
      status: null,
      place: null,
      refs: planRefs(p),
    };
    const ends = [
      ["start", "starts", p.startOn, p.startInferred, p.startReasoning, "startOn"],
      ["end", "ends", p.endOn, p.endInferred, p.endReasoning, "endOn"],
    ] as const;
    for (const [end, what, date, inferred, reasoning, field] of ends) {
      if (!date || !inYears(ctx, date)) continue;
      entries.push({
        ...base,
        key: `plan-${end}-${p.slug}`,
        what,
        date,
        inferred,
        reasoning,
        citations: forField(p.citations, field),
      });
    }
  }
  return entries;
}
