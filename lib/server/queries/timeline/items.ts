import "server-only";
import { datedFields, ministrySide, titleFields } from "@/lib/server/db/fragments";
import { byDate, citations, forField, type TimelineContext, type TimelineEntry, titleOf, uniq } from "./context";
import { planBrief, planRefs, planWhere } from "./plans";

/**
 * The plan items in scope, for their due dates and their status changes. For one
 * agreement or plan, name its plans first: otherwise SQLite walks every item in
 * due-date order (for the limit) testing each one's plan against the record.
 */
export async function itemWhere(ctx: TimelineContext) {
  const { agreementScope, planScope, ministryScope, side } = ctx;
  const scopedPlanIds =
    agreementScope || planScope
      ? (await ctx.db.actionPlan.findMany({ where: planWhere(ctx), select: { id: true } })).map((p) => p.id)
      : null;
  return {
    archivedAt: null,
    ...(scopedPlanIds ? { planId: { in: scopedPlanIds } } : { plan: planWhere(ctx) }),
    AND: [
      ...(ministryScope
        ? [
            {
              OR: [
                { responsibleBody: { slug: ministryScope } },
                { plan: { implementingBody: { slug: ministryScope } } },
              ],
            },
          ]
        : []),
      ...(side
        ? [{ OR: [{ responsibleBody: { side } }, { responsibleBodyId: null, plan: { implementingBody: { side } } }] }]
        : []),
    ],
  };
}

export type ItemWhere = Awaited<ReturnType<typeof itemWhere>>;

/** What an item's entries, and its status updates', need of the item. */
export const itemBrief = {
  slug: true,
  number: true,
  ...titleFields,
  responsibleBody: { select: ministrySide },
  plan: { select: planBrief },
} as const;

/** The parts of an entry an item gives, whether it falls due or changes status. */
export const itemBase = (item: {
  slug: string;
  titleEn: string;
  titleKo: string | null;
  titleZh: string | null;
  responsibleBody: { slug: string; side: string } | null;
  plan: {
    slug: string;
    sector: { slug: string };
    agreement: { slug: string } | null;
    implementingBody: { slug: string; side: string } | null;
  };
}) => ({
  title: titleOf(item),
  href: `/plans/${item.plan.slug}#${item.slug}`,
  sectors: [item.plan.sector.slug],
  sides: uniq([item.responsibleBody?.side ?? item.plan.implementingBody?.side]),
  place: null,
  refs: { ...planRefs(item.plan), ministries: uniq([item.responsibleBody?.slug, item.plan.implementingBody?.slug]) },
});

/** Plan items falling due. */
export async function readItemEntries(ctx: TimelineContext, where: ItemWhere): Promise<TimelineEntry[]> {
  const items = await ctx.db.planItem.findMany({
    ...byDate(ctx, where, "dueOn"),
    select: { ...itemBrief, status: true, ...datedFields("due"), citations },
  });
  return items.flatMap((item): TimelineEntry[] =>
    item.dueOn
      ? [
          {
            ...itemBase(item),
            key: `item-due-${item.slug}`,
            kind: "item",
            what: "due",
            date: item.dueOn,
            inferred: item.dueInferred,
            reasoning: item.dueReasoning,
            status: item.status,
            citations: forField(item.citations, "dueOn"),
          },
        ]
      : [],
  );
}
