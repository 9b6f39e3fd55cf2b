import "server-only";
import type { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ItemDetailSchema, ItemSchema } from "@/lib/schemas/api";
import { ItemListParamsSchema } from "@/lib/schemas/api-filters";
import { datedFields, ministryRefSelect, titledRefSelect } from "@/lib/server/db/fragments";
import type { Db } from "@/lib/server/db/prisma";
import type { KeySpec } from "../pagination";
import { citation, citationsArgs } from "./citations";
import { defineResource, getRecord } from "./define";
import { COUNT_AND_NEWEST, ID, sqlList } from "./paging";
import { dated, maybe, ministryRef, stamps, titledRef } from "./shape";
import { statusUpdateSelect, statusUpdateShape } from "./status-updates";

type Filters = z.infer<typeof ItemListParamsSchema>;

export const itemSelect = {
  ...titledRefSelect,
  number: true,
  ...datedFields("due"),
  status: true,
  progress: true,
  statusAssessedOn: true,
  createdAt: true,
  updatedAt: true,
  plan: { select: titledRefSelect },
  responsibleBody: { select: ministryRefSelect },
} satisfies Prisma.PlanItemSelect;
type ItemRow = Prisma.PlanItemGetPayload<{ select: typeof itemSelect }>;

export const itemShape = (i: ItemRow): z.input<typeof ItemSchema> => ({
  ...titledRef(i),
  plan: titledRef(i.plan),
  number: i.number,
  responsibleBody: maybe(i.responsibleBody, ministryRef),
  due: dated(i.dueOn, i.dueInferred, i.dueReasoning),
  status: i.status,
  progress: i.progress,
  statusAssessedOn: i.statusAssessedOn,
  ...stamps(i),
});

const itemWhere = (f: Filters): Prisma.PlanItemWhereInput => ({
  archivedAt: null,
  plan: {
    archivedAt: null,
    ...(f.plan ? { slug: f.plan } : {}),
    ...(f.sector ? { sector: { slug: f.sector } } : {}),
  },
  ...(f.ministry ? { responsibleBody: { slug: f.ministry } } : {}),
  ...(f.status ? { status: f.status } : {}),
});

const ITEM_KEYS: KeySpec = [
  { path: ["plan", "slug"], dir: 1, type: "string" },
  { path: ["number"], dir: 1, type: "number" },
  ID,
];

/** Plan items matching the item filters, ordered by plan slug and number: every row, for exports. */
export async function listItemRows(db: Db, f: Filters) {
  return db.planItem.findMany({
    where: itemWhere(f),
    orderBy: [{ plan: { slug: "asc" } }, { number: "asc" }],
    select: itemSelect,
  });
}

const detailSelect = {
  ...itemSelect,
  statusUpdates: {
    orderBy: [{ assessedOn: "desc" }, { createdAt: "desc" }, { id: "asc" }],
    select: statusUpdateSelect(),
  },
  citations: citationsArgs,
} satisfies Prisma.PlanItemSelect;

export const items = defineResource({
  name: "items",
  keyName: "slug",
  summary: "Items of the action plans, with their current implementation status",
  params: ItemListParamsSchema,
  item: ItemSchema,
  detail: ItemDetailSchema,
  keys: ITEM_KEYS,
  order: "By plan slug, then item number",
  list: sqlList({
    model: "planItem",
    where: itemWhere,
    rows: (db, page) => db.planItem.findMany({ ...page, select: itemSelect }),
    stats: (db, where) => db.planItem.aggregate({ where, ...COUNT_AND_NEWEST }),
    shape: itemShape,
  }),
  get: getRecord(
    (db, slug) => db.planItem.findFirst({ where: { slug, archivedAt: null }, select: detailSelect }),
    (i) => ({
      ...itemShape(i),
      statusUpdates: i.statusUpdates.map(statusUpdateShape),
      citations: i.citations.map(citation),
    }),
  ),
});
