import "server-only";
import type { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { SourceDetailSchema, SourceSchema } from "@/lib/schemas/api";
import { SourceListParamsSchema } from "@/lib/schemas/api-filters";
import { sourceFields } from "@/lib/server/db/fragments";
import { citation, citationsArgs } from "./citations";
import { defineResource, getRecord } from "./define";
import { COUNT_AND_NEWEST, ID, sqlList } from "./paging";
import { stamps } from "./shape";

// Spread into the output as it is, so its order is the output's order.
const sourceSelect = {
  ...sourceFields,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.SourceSelect;
type SourceRow = Prisma.SourceGetPayload<{ select: typeof sourceSelect }>;

const sourceShape = ({ createdAt, updatedAt, ...s }: SourceRow): z.input<typeof SourceSchema> => ({
  ...s,
  ...stamps({ createdAt, updatedAt }),
});

export const sources = defineResource({
  name: "sources",
  keyName: "id",
  summary: "The documents the data comes from, with how far to trust each",
  params: SourceListParamsSchema,
  item: SourceSchema,
  detail: SourceDetailSchema,
  keys: [ID],
  order: "By id",
  list: sqlList({
    model: "source",
    where: (f: z.infer<typeof SourceListParamsSchema>): Prisma.SourceWhereInput => ({
      archivedAt: null,
      ...(f.kind ? { kind: f.kind } : {}),
      ...(f.trust ? { trust: f.trust } : {}),
    }),
    rows: (db, page) => db.source.findMany({ ...page, select: sourceSelect }),
    stats: (db, where) => db.source.aggregate({ where, ...COUNT_AND_NEWEST }),
    shape: sourceShape,
  }),
  get: getRecord(
    (db, id) =>
      db.source.findFirst({ where: { id, archivedAt: null }, select: { ...sourceSelect, citations: citationsArgs } }),
    ({ citations: cs, ...rest }) => ({ ...sourceShape(rest), citations: cs.map(citation) }),
  ),
});
