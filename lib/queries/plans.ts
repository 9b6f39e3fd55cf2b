import type { Db } from "@/lib/prisma";
import { citationsInclude } from "./citations";

const nameSelect = { slug: true, nameEn: true, nameKo: true, nameZh: true } as const;
const titleSelect = { slug: true, titleEn: true, titleKo: true, titleZh: true } as const;

/** Every plan with its period, bodies and item statuses. Rounds are listed under their plan. */
export async function listPlans(db: Db) {
  return db.actionPlan.findMany({
    where: { archivedAt: null },
    orderBy: [{ startOn: { sort: "desc", nulls: "last" } }, { titleEn: "asc" }],
    select: {
      ...titleSelect,
      startOn: true,
      startInferred: true,
      startReasoning: true,
      endOn: true,
      endInferred: true,
      endReasoning: true,
      sector: { select: nameSelect },
      implementingBody: { select: { ...nameSelect, side: true, abbreviation: true } },
      agreement: { select: titleSelect },
      parent: { select: titleSelect },
      items: { where: { archivedAt: null }, select: { status: true } },
    },
  });
}

export type PlanListItem = Awaited<ReturnType<typeof listPlans>>[number];

/** Everything /plans/[slug] shows; null when there is no such plan. */
export async function getPlan(db: Db, slug: string) {
  return db.actionPlan.findFirst({
    where: { slug, archivedAt: null },
    select: {
      id: true,
      ...titleSelect,
      summaryEn: true,
      summaryKo: true,
      summaryZh: true,
      startOn: true,
      startInferred: true,
      startReasoning: true,
      endOn: true,
      endInferred: true,
      endReasoning: true,
      sector: { select: nameSelect },
      implementingBody: { select: { ...nameSelect, side: true, abbreviation: true } },
      agreement: { select: { ...titleSelect, signedOn: true, signedInferred: true, signedReasoning: true } },
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
              heldOn: true,
              heldInferred: true,
              heldReasoning: true,
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
          titleEn: true,
          titleKo: true,
          titleZh: true,
          status: true,
          progress: true,
          statusAssessedOn: true,
          version: true,
          dueOn: true,
          dueInferred: true,
          dueReasoning: true,
          createdAt: true,
          responsibleBody: { select: { ...nameSelect, side: true, abbreviation: true } },
          citations: citationsInclude,
          statusUpdates: {
            orderBy: [{ assessedOn: "desc" }, { createdAt: "desc" }],
            select: {
              id: true,
              status: true,
              progress: true,
              assessedOn: true,
              basis: true,
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
