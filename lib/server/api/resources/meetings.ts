import "server-only";
import type { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { MeetingDetailSchema, MeetingSchema } from "@/lib/schemas/api";
import { MeetingListParamsSchema } from "@/lib/schemas/api-filters";
import {
  datedFields,
  meetingTextFields,
  namedRefSelect,
  placeFields,
  titledRefSelect,
} from "@/lib/server/db/fragments";
import type { KeySpec } from "../pagination";
import { citation, citationsArgs } from "./citations";
import { defineResource, getRecord } from "./define";
import { COUNT_AND_NEWEST, ID, sqlList, yearRange } from "./paging";
import { dated, maybe, namedRef, stamps, titledRef, tri } from "./shape";

export const meetingSelect = {
  id: true,
  slug: true,
  number: true,
  status: true,
  ...datedFields("held"),
  ...placeFields,
  ...meetingTextFields,
  createdAt: true,
  updatedAt: true,
  dialogue: { select: namedRefSelect },
} satisfies Prisma.MeetingSelect;
type MeetingRow = Prisma.MeetingGetPayload<{ select: typeof meetingSelect }>;

export const meetingShape = (m: MeetingRow): z.input<typeof MeetingSchema> => ({
  id: m.id,
  slug: m.slug,
  dialogue: namedRef(m.dialogue),
  number: m.number,
  status: m.status,
  held: dated(m.heldOn, m.heldInferred, m.heldReasoning),
  place: tri(m.placeEn, m.placeKo, m.placeZh),
  agenda: tri(m.agendaEn, m.agendaKo, m.agendaZh),
  outcomes: tri(m.outcomesEn, m.outcomesKo, m.outcomesZh),
  ...stamps(m),
});

const MEETING_KEYS: KeySpec = [{ path: ["heldOn"], dir: -1, type: "string", nullable: true }, ID];

const detailSelect = {
  ...meetingSelect,
  participants: { orderBy: { person: { slug: "asc" } }, select: { role: true, person: { select: namedRefSelect } } },
  reviews: {
    orderBy: { id: "asc" },
    select: { noteEn: true, agreement: { select: titledRefSelect }, plan: { select: titledRefSelect } },
  },
  citations: citationsArgs,
} satisfies Prisma.MeetingSelect;

export const meetings = defineResource({
  name: "meetings",
  keyName: "slug",
  summary: "Meetings of the dialogues",
  params: MeetingListParamsSchema,
  item: MeetingSchema,
  detail: MeetingDetailSchema,
  keys: MEETING_KEYS,
  order: "Newest first (undated last), ties by id",
  list: sqlList({
    model: "meeting",
    where: (f: z.infer<typeof MeetingListParamsSchema>): Prisma.MeetingWhereInput => ({
      archivedAt: null,
      dialogue: { archivedAt: null, ...(f.dialogue ? { slug: f.dialogue } : {}) },
      ...(f.status ? { status: f.status } : {}),
      AND: yearRange("heldOn", f),
    }),
    rows: (db, page) => db.meeting.findMany({ ...page, select: meetingSelect }),
    stats: (db, where) => db.meeting.aggregate({ where, ...COUNT_AND_NEWEST }),
    shape: meetingShape,
  }),
  get: getRecord(
    (db, slug) => db.meeting.findFirst({ where: { slug, archivedAt: null }, select: detailSelect }),
    (m) => ({
      ...meetingShape(m),
      participants: m.participants.map((p) => ({ person: namedRef(p.person), role: p.role })),
      reviewed: m.reviews.map((r) => ({
        agreement: maybe(r.agreement, titledRef),
        plan: maybe(r.plan, titledRef),
        note: r.noteEn,
      })),
      citations: m.citations.map(citation),
    }),
  ),
});
