import "server-only";
import type { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PlanDetailSchema, PlanSchema } from "@/lib/schemas/api";
import { PlanListParamsSchema } from "@/lib/schemas/api-filters";
import { datedFields, ministryRefSelect, summaryFields, titledRefSelect } from "@/lib/server/db/fragments";
import { citation, citationsArgs } from "./citations";
import { defineResource, getRecord } from "./define";
import { itemSelect, itemShape } from "./items";
import { COUNT_AND_NEWEST, SLUG, sqlList } from "./paging";
import { dated, maybe, ministryRef, stamps, titledRef, tri } from "./shape";

const planSelect = {
  ...titledRefSelect,
  ...summaryFields,
  ...datedFields("start"),
  ...datedFields("end"),
  createdAt: true,
  updatedAt: true,
  sector: { select: { slug: true } },
  implementingBody: { select: ministryRefSelect },
  agreement: { select: titledRefSelect },
  parent: { select: titledRefSelect },
} satisfies Prisma.ActionPlanSelect;
type PlanRow = Prisma.ActionPlanGetPayload<{ select: typeof planSelect }>;

const planShape = (p: PlanRow): z.input<typeof PlanSchema> => ({
  ...titledRef(p),
  summary: tri(p.summaryEn, p.summaryKo, p.summaryZh),
  start: dated(p.startOn, p.startInferred, p.startReasoning),
  end: dated(p.endOn, p.endInferred, p.endReasoning),
  sector: p.sector.slug,
  implementingBody: maybe(p.implementingBody, ministryRef),
  agreement: maybe(p.agreement, titledRef),
  parent: maybe(p.parent, titledRef),
  ...stamps(p),
});

const detailSelect = {
  ...planSelect,
  rounds: { where: { archivedAt: null }, orderBy: { slug: "asc" }, select: titledRefSelect },
  items: { where: { archivedAt: null }, orderBy: { number: "asc" }, select: itemSelect },
  citations: citationsArgs,
} satisfies Prisma.ActionPlanSelect;

export const plans = defineResource({
  name: "plans",
  keyName: "slug",
  summary: "Action plans that carry agreements out, and their yearly rounds",
  params: PlanListParamsSchema,
  item: PlanSchema,
  detail: PlanDetailSchema,
  keys: [SLUG],
  order: "By slug",
  list: sqlList({
    model: "actionPlan",
    where: (f: z.infer<typeof PlanListParamsSchema>): Prisma.ActionPlanWhereInput => ({
      archivedAt: null,
      ...(f.sector ? { sector: { slug: f.sector } } : {}),
      ...(f.agreement ? { agreement: { slug: f.agreement } } : {}),
      ...(f.ministry ? { implementingBody: { slug: f.ministry } } : {}),
    }),
    rows: (db, page) => db.actionPlan.findMany({ ...page, select: planSelect }),
    stats: (db, where) => db.actionPlan.aggregate({ where, ...COUNT_AND_NEWEST }),
    shape: planShape,
  }),
  get: getRecord(
    (db, slug) => db.actionPlan.findFirst({ where: { slug, archivedAt: null }, select: detailSelect }),
    (p) => ({
      ...planShape(p),
      rounds: p.rounds.map(titledRef),
      items: p.items.map(itemShape),
      citations: p.citations.map(citation),
    }),
  ),
});
