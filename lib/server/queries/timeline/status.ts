import "server-only";
import { citations, dateFilter, type TimelineContext, type TimelineEntry } from "./context";
import { type ItemWhere, itemBase, itemBrief } from "./items";

/** Status changes: each assessment of an item in scope. */
export async function readStatusEntries(ctx: TimelineContext, where: ItemWhere): Promise<TimelineEntry[]> {
  const { agreementScope, ministryScope, planScope, years, since } = ctx;
  // For one record, name its items first: otherwise SQLite walks every status update
  // in date order (for the limit) testing each against the record.
  const scoped = agreementScope || ministryScope || planScope;
  const itemIds = scoped ? (await ctx.db.planItem.findMany({ where, select: { id: true } })).map((i) => i.id) : null;
  const updates = await ctx.db.statusUpdate.findMany({
    // assessedOn is never null, so only a year range or `since` restricts it.
    where: {
      ...(itemIds ? { planItemId: { in: itemIds } } : { planItem: where }),
      AND: years || since ? [dateFilter(ctx, "assessedOn")] : [],
    },
    orderBy: [{ assessedOn: "asc" }, { id: "asc" }],
    ...ctx.take,
    select: { id: true, status: true, assessedOn: true, citations, planItem: { select: itemBrief } },
  });
  return updates.map((u) => ({
    ...itemBase(u.planItem),
    key: `status-${u.id}`,
    kind: "status",
    what: "statusChanged",
    date: u.assessedOn,
    inferred: false,
    reasoning: null,
    status: u.status,
    citations: u.citations,
  }));
}
