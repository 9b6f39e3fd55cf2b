import "server-only";
import { datedFields, ministrySide, titleFields } from "@/lib/server/db/fragments";
import {
  byDate,
  citations,
  datedEntries,
  earliestByDate,
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
  ...datedFields("start"),
  ...datedFields("end"),
  citations,
} as const;

/** The plans whose periods are on the timeline: those in scope, by their implementing body's side. */
export function planPeriodWhere(ctx: TimelineContext) {
  const { ministryScope, side } = ctx;
  return {
    ...planWhere(ctx),
    AND: [
      ...(ministryScope ? [{ implementingBody: { slug: ministryScope } }] : []),
      ...(side ? [{ implementingBody: { side } }] : []),
    ],
  };
}

/** Plan periods: where each plan starts and ends. */
export async function readPlanEntries(ctx: TimelineContext): Promise<TimelineEntry[]> {
  const where = planPeriodWhere(ctx);
  const plans = await earliestByDate(["startOn", "endOn"] as const, (field) =>
    ctx.db.actionPlan.findMany({ ...byDate(ctx, where, field), select: planSelect }),
  );
  return plans.flatMap((p) =>
    datedEntries(
      ctx,
      {
        kind: "plan",
        title: titleOf(p),
        href: `/plans/${p.slug}`,
        sectors: [p.sector.slug],
        sides: uniq([p.implementingBody?.side]),
        status: null,
        place: null,
        refs: planRefs(p),
      },
      p.citations,
      [
        [`plan-start-${p.slug}`, "starts", p.startOn, p.startInferred, p.startReasoning, "startOn"],
        [`plan-end-${p.slug}`, "ends", p.endOn, p.endInferred, p.endReasoning, "endOn"],
      ],
    ),
  );
}
