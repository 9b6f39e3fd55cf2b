import "server-only";
import type { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { EventDetailSchema, EventSchema } from "@/lib/schemas/api";
import { EventListParamsSchema } from "@/lib/schemas/api-filters";
import { datedFields, ministryRefSelect, placeFields, summaryFields, titledRefSelect } from "@/lib/server/db/fragments";
import type { KeySpec } from "../pagination";
import { citation, citationsArgs } from "./citations";
import { defineResource, getRecord } from "./define";
import { COUNT_AND_NEWEST, ID, sqlList, yearRange } from "./paging";
import { dated, maybe, ministryRef, stamps, titledRef, tri } from "./shape";

const eventSelect = {
  ...titledRefSelect,
  kind: true,
  status: true,
  ...summaryFields,
  ...datedFields("start"),
  endOn: true,
  ...placeFields,
  timeZone: true,
  createdAt: true,
  updatedAt: true,
  sector: { select: { slug: true } },
  agreement: { select: titledRefSelect },
  participants: { orderBy: { ministry: { slug: "asc" } }, select: { ministry: { select: ministryRefSelect } } },
} satisfies Prisma.EventSelect;
type EventRow = Prisma.EventGetPayload<{ select: typeof eventSelect }>;

const eventShape = (e: EventRow): z.input<typeof EventSchema> => ({
  ...titledRef(e),
  kind: e.kind,
  status: e.status,
  summary: tri(e.summaryEn, e.summaryKo, e.summaryZh),
  start: dated(e.startOn, e.startInferred, e.startReasoning),
  endOn: e.endOn,
  place: tri(e.placeEn, e.placeKo, e.placeZh),
  timeZone: e.timeZone,
  sector: e.sector?.slug ?? null,
  agreement: maybe(e.agreement, titledRef),
  participants: e.participants.map((p) => ministryRef(p.ministry)),
  ...stamps(e),
});

const EVENT_KEYS: KeySpec = [{ path: ["startOn"], dir: -1, type: "string", nullable: true }, ID];

export const events = defineResource({
  name: "events",
  keyName: "slug",
  summary: "Dated events that are not agreements, meetings or plans",
  params: EventListParamsSchema,
  item: EventSchema,
  detail: EventDetailSchema,
  keys: EVENT_KEYS,
  order: "Newest first (undated last), ties by id",
  list: sqlList({
    model: "event",
    where: (f: z.infer<typeof EventListParamsSchema>): Prisma.EventWhereInput => ({
      archivedAt: null,
      ...(f.sector ? { sector: { slug: f.sector } } : {}),
      ...(f.kind ? { kind: f.kind } : {}),
      ...(f.status ? { status: f.status } : {}),
      AND: yearRange("startOn", f),
    }),
    rows: (db, page) => db.event.findMany({ ...page, select: eventSelect }),
    stats: (db, where) => db.event.aggregate({ where, ...COUNT_AND_NEWEST }),
    shape: eventShape,
  }),
  get: getRecord(
    (db, slug) =>
      db.event.findFirst({ where: { slug, archivedAt: null }, select: { ...eventSelect, citations: citationsArgs } }),
    (e) => ({ ...eventShape(e), citations: e.citations.map(citation) }),
  ),
});
