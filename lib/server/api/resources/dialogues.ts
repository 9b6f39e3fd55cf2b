import "server-only";
import type { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DialogueDetailSchema, DialogueSchema } from "@/lib/schemas/api";
import { DialogueListParamsSchema } from "@/lib/schemas/api-filters";
import { ministryRefSelect, namedRefSelect, summaryFields, titledRefSelect } from "@/lib/server/db/fragments";
import { citation, citationsArgs } from "./citations";
import { defineResource, getRecord } from "./define";
import { meetingSelect, meetingShape } from "./meetings";
import { COUNT_AND_NEWEST, SLUG, sqlList } from "./paging";
import { maybe, ministryRef, namedRef, stamps, titledRef, tri } from "./shape";

const dialogueSelect = {
  ...namedRefSelect,
  abbreviation: true,
  format: true,
  level: true,
  cadence: true,
  cadenceMonths: true,
  ...summaryFields,
  createdAt: true,
  updatedAt: true,
  sector: { select: { slug: true } },
  agreement: { select: titledRefSelect },
  participants: { orderBy: { ministry: { slug: "asc" } }, select: { ministry: { select: ministryRefSelect } } },
} satisfies Prisma.DialogueSelect;
type DialogueRow = Prisma.DialogueGetPayload<{ select: typeof dialogueSelect }>;

const dialogueShape = (d: DialogueRow): z.input<typeof DialogueSchema> => ({
  ...namedRef(d),
  abbreviation: d.abbreviation,
  format: d.format,
  level: d.level,
  cadence: d.cadence,
  cadenceMonths: d.cadenceMonths,
  sector: d.sector.slug,
  agreement: maybe(d.agreement, titledRef),
  summary: tri(d.summaryEn, d.summaryKo, d.summaryZh),
  participants: d.participants.map((p) => ministryRef(p.ministry)),
  ...stamps(d),
});

const detailSelect = {
  ...dialogueSelect,
  meetings: { where: { archivedAt: null }, orderBy: [{ heldOn: "asc" }, { id: "asc" }], select: meetingSelect },
  citations: citationsArgs,
} satisfies Prisma.DialogueSelect;

export const dialogues = defineResource({
  name: "dialogues",
  keyName: "slug",
  summary: "Recurring dialogues, with their cadence and participants",
  params: DialogueListParamsSchema,
  item: DialogueSchema,
  detail: DialogueDetailSchema,
  keys: [SLUG],
  order: "By slug",
  list: sqlList({
    model: "dialogue",
    where: (f: z.infer<typeof DialogueListParamsSchema>): Prisma.DialogueWhereInput => ({
      archivedAt: null,
      ...(f.sector ? { sector: { slug: f.sector } } : {}),
      ...(f.ministry ? { participants: { some: { ministry: { slug: f.ministry } } } } : {}),
      ...(f.format ? { format: f.format } : {}),
      ...(f.level ? { level: f.level } : {}),
    }),
    rows: (db, page) => db.dialogue.findMany({ ...page, select: dialogueSelect }),
    stats: (db, where) => db.dialogue.aggregate({ where, ...COUNT_AND_NEWEST }),
    shape: dialogueShape,
  }),
  get: getRecord(
    (db, slug) => db.dialogue.findFirst({ where: { slug, archivedAt: null }, select: detailSelect }),
    (d) => ({ ...dialogueShape(d), meetings: d.meetings.map(meetingShape), citations: d.citations.map(citation) }),
  ),
});
