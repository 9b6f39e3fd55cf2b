import "server-only";
import type { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { StatusUpdateDetailSchema, StatusUpdateSchema } from "@/lib/schemas/api";
import { StatusUpdateListParamsSchema } from "@/lib/schemas/api-filters";
import { assessmentFields } from "@/lib/server/db/fragments";
import type { KeySpec } from "../pagination";
import { citation, citationsArgs } from "./citations";
import { defineResource, getRecord } from "./define";
import { COUNT_AND_NEWEST, ID, sqlList } from "./paging";
import { stamps, tri } from "./shape";

export function statusUpdateSelect() {
  return {
    ...assessmentFields,
    noteEn: true,
    noteKo: true,
    noteZh: true,
    evidenceUrl: true,
    createdAt: true,
    updatedAt: true,
    planItem: { select: { id: true, slug: true, number: true, plan: { select: { slug: true } } } },
    evidenceSource: { select: { id: true, title: true, trust: true } },
  } satisfies Prisma.StatusUpdateSelect;
}
type StatusUpdateRow = Prisma.StatusUpdateGetPayload<{ select: ReturnType<typeof statusUpdateSelect> }>;

export const statusUpdateShape = (u: StatusUpdateRow): z.input<typeof StatusUpdateSchema> => ({
  id: u.id,
  item: { id: u.planItem.id, slug: u.planItem.slug, number: u.planItem.number, plan: u.planItem.plan.slug },
  status: u.status,
  progress: u.progress,
  assessedOn: u.assessedOn,
  basis: u.basis,
  note: tri(u.noteEn, u.noteKo, u.noteZh),
  evidenceUrl: u.evidenceUrl,
  evidenceSource: u.evidenceSource,
  ...stamps(u),
});

const STATUS_UPDATE_KEYS: KeySpec = [
  { path: ["assessedOn"], dir: -1, type: "string" },
  { path: ["createdAt"], dir: -1, type: "date" },
  ID,
];

export const statusUpdates = defineResource({
  name: "status-updates",
  keyName: "id",
  summary: "Assessments of plan items, kept forever",
  params: StatusUpdateListParamsSchema,
  item: StatusUpdateSchema,
  detail: StatusUpdateDetailSchema,
  keys: STATUS_UPDATE_KEYS,
  order: "Newest assessment first, then newest recorded, ties by id",
  list: sqlList({
    model: "statusUpdate",
    where: (f: z.infer<typeof StatusUpdateListParamsSchema>): Prisma.StatusUpdateWhereInput => ({
      planItem: {
        archivedAt: null,
        ...(f.item ? { slug: f.item } : {}),
        plan: { archivedAt: null, ...(f.plan ? { slug: f.plan } : {}) },
      },
      ...(f.status ? { status: f.status } : {}),
      ...(f.basis ? { basis: f.basis } : {}),
      ...(f.since ? { assessedOn: { gte: f.since } } : {}),
    }),
    rows: (db, page) => db.statusUpdate.findMany({ ...page, select: statusUpdateSelect() }),
    stats: (db, where) => db.statusUpdate.aggregate({ where, ...COUNT_AND_NEWEST }),
    shape: statusUpdateShape,
  }),
  get: getRecord(
    (db, id) =>
      db.statusUpdate.findFirst({ where: { id }, select: { ...statusUpdateSelect(), citations: citationsArgs } }),
    (u) => ({ ...statusUpdateShape(u), citations: u.citations.map(citation) }),
  ),
});
