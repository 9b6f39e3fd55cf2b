import "server-only";
import type { ImplementationStatus } from "@/lib/schemas/vocab";
import {
  assessmentFields,
  datedFields,
  ministryBrief,
  namedLink,
  summaryFields,
  titledLink,
  titleFields,
} from "@/lib/server/db/fragments";
import type { Db } from "@/lib/server/db/prisma";
import { emptyCounts, type StatusCounts } from "@/lib/status";
import { citationsInclude } from "./citations";

const nameSelect = namedLink;
const titleSelect = titledLink;

/** How many plans /plans shows per page: twenty cards keep a page of the scale database under 100 KB of HTML (issue 19). */
export const PLANS_PER_PAGE = 20;

/** One page of plans with their period, bodies and item counts by status. */
export async function listPlans(db: Db, requestedPage = 1) {
  const where = { archivedAt: null };
  const total = await db.actionPlan.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / PLANS_PER_PAGE));
  const page = Math.min(Math.max(1, requestedPage), pageCount);
  const plans = await db.actionPlan.findMany({
    where,
    orderBy: [{ startOn: { sort: "desc", nulls: "last" } }, { titleEn: "asc" }, { id: "asc" }],
    skip: (page - 1) * PLANS_PER_PAGE,
    take: PLANS_PER_PAGE,
    select: {
      id: true,
      ...titleSelect,
      ...datedFields("start"),
      ...datedFields("end"),
      sector: { select: nameSelect },
      implementingBody: { select: ministryBrief },
      agreement: { select: titleSelect },
      parent: { select: titleSelect },
    },
  });
  const groups = await db.planItem.groupBy({
    by: ["planId", "status"],
    where: { archivedAt: null, planId: { in: plans.map((p) => p.id) } },
    _count: { _all: true },
  });
  const counts = new Map<string, StatusCounts>();
  for (const g of groups) {
    const c = counts.get(g.planId) ?? emptyCounts();
    if (g.status in c) c[g.status as ImplementationStatus] += g._count._all;
    counts.set(g.planId, c);
  }
  return {
    plans: plans.map((p) => ({ ...p, counts: counts.get(p.id) ?? emptyCounts() })),
    total,
    page,
    pageCount,
  };
}

export type PlanListItem = Awaited<ReturnType<typeof listPlans>>["plans"][number];

/** Everything /plans/[slug] shows; null when there is no such plan. */
export async function getPlan(db: Db, slug: string) {
  return db.actionPlan.findFirst({
    where: { slug, archivedAt: null },
    select: {
      id: true,
      ...titleSelect,
      ...summaryFields,
      ...datedFields("start"),
      ...datedFields("end"),
      sector: { select: nameSelect },
      implementingBody: { select: ministryBrief },
      agreement: { select: { ...titleSelect, ...datedFields("signed") } },
      parent: { select: titleSelect },
      rounds: { where: { archivedAt: null }, orderBy: { startOn: "asc" }, select: { ...titleSelect, startOn: true } },
      reviews: {
        select: {
          id: true,
          noteEn: true,
          meeting: {
            select: {
              slug: true,
              number: true,
              ...datedFields("held"),
              dialogue: { select: nameSelect },
            },
          },
        },
      },
      citations: citationsInclude,
      items: {
        where: { archivedAt: null },
        orderBy: { number: "asc" },
        select: {
          id: true,
          slug: true,
          number: true,
          ...titleFields,
          status: true,
          progress: true,
          statusAssessedOn: true,
          version: true,
          ...datedFields("due"),
          createdAt: true,
          responsibleBody: { select: ministryBrief },
          citations: citationsInclude,
          statusUpdates: {
            orderBy: [{ assessedOn: "desc" }, { createdAt: "desc" }],
            select: {
              ...assessmentFields,
              noteEn: true,
              noteKo: true,
              noteZh: true,
              evidenceUrl: true,
              evidenceSource: { select: { id: true, title: true, trust: true } },
              citations: citationsInclude,
            },
          },
        },
      },
    },
  });
}

export type PlanDetail = NonNullable<Awaited<ReturnType<typeof getPlan>>>;
