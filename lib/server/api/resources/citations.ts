import "server-only";
import type { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { CitationSchema, RECORD_TYPES } from "@/lib/schemas/api";
import { CitationListParamsSchema } from "@/lib/schemas/api-filters";
import { citationFields, citationRecordKeys } from "@/lib/server/db/fragments";
import { defineResource, getRecord } from "./define";
import { COUNT_AND_NEWEST, ID, sqlList } from "./paging";
import { stamps } from "./shape";

const citationSelect = {
  ...citationFields,
  createdAt: true,
  updatedAt: true,
  source: { select: { id: true, title: true, trust: true } },
  ...citationRecordKeys,
} satisfies Prisma.CitationSelect;
type CitationRow = Prisma.CitationGetPayload<{ select: typeof citationSelect }>;

/** A record's citations, as every detail lists them: live ones, supporting before competing. */
export const citationsArgs = {
  where: { archivedAt: null },
  orderBy: [{ stance: "desc" }, { createdAt: "asc" }, { id: "asc" }],
  select: citationSelect,
} satisfies Prisma.Agreement$citationsArgs;

const RECORD_COLUMNS: Record<(typeof RECORD_TYPES)[number], keyof CitationRow> = {
  agreement: "agreementId",
  ministry: "ministryId",
  dialogue: "dialogueId",
  meeting: "meetingId",
  plan: "planId",
  item: "planItemId",
  event: "eventId",
  person: "personId",
  personRole: "personRoleId",
  statusUpdate: "statusUpdateId",
};

export function citation(c: CitationRow): z.input<typeof CitationSchema> {
  let record: { type: (typeof RECORD_TYPES)[number]; id: string } | null = null;
  for (const type of RECORD_TYPES) {
    const id = c[RECORD_COLUMNS[type]];
    if (typeof id === "string") {
      record = { type, id };
      break;
    }
  }
  return {
    id: c.id,
    source: c.source,
    quote: c.quote,
    locator: c.locator,
    paraphrase: c.paraphrase,
    field: c.field,
    stance: c.stance,
    claim: c.claim,
    note: c.note,
    record,
    ...stamps(c),
  };
}

export const citations = defineResource({
  name: "citations",
  keyName: "id",
  summary: "Verbatim passages that tie records and fields to their sources",
  params: CitationListParamsSchema,
  item: CitationSchema,
  detail: CitationSchema,
  keys: [ID],
  order: "By id",
  list: sqlList({
    model: "citation",
    where: (f: z.infer<typeof CitationListParamsSchema>): Prisma.CitationWhereInput => ({
      archivedAt: null,
      ...(f.source ? { sourceId: f.source } : {}),
      ...(f.stance ? { stance: f.stance } : {}),
    }),
    rows: (db, page) => db.citation.findMany({ ...page, select: citationSelect }),
    stats: (db, where) => db.citation.aggregate({ where, ...COUNT_AND_NEWEST }),
    shape: citation,
  }),
  get: getRecord(
    (db, id) => db.citation.findFirst({ where: { id, archivedAt: null }, select: citationSelect }),
    citation,
  ),
});
