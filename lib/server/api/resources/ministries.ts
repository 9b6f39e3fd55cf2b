import "server-only";
import type { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { MinistryDetailSchema, MinistrySchema } from "@/lib/schemas/api";
import { MinistryListParamsSchema } from "@/lib/schemas/api-filters";
import {
  datedFields,
  ministryRefSelect,
  namedRefSelect,
  summaryFields,
  titledRefSelect,
} from "@/lib/server/db/fragments";
import type { Db } from "@/lib/server/db/prisma";
import { citation, citationsArgs } from "./citations";
import { defineResource, getRecord, type Window } from "./define";
import { memoryPage, SLUG } from "./paging";
import { dated, maybe, ministryRef, namedRef, stamps, titledRef, tri } from "./shape";

const ministrySelect = {
  ...ministryRefSelect,
  kind: true,
  ...summaryFields,
  ...datedFields("established"),
  endedOn: true,
  createdAt: true,
  updatedAt: true,
  predecessor: { select: namedRefSelect },
} satisfies Prisma.MinistrySelect;
type MinistryRow = Prisma.MinistryGetPayload<{ select: typeof ministrySelect }>;

const ministryShape = (m: MinistryRow): z.input<typeof MinistrySchema> => ({
  ...ministryRef(m),
  kind: m.kind,
  summary: tri(m.summaryEn, m.summaryKo, m.summaryZh),
  established: dated(m.establishedOn, m.establishedInferred, m.establishedReasoning),
  endedOn: m.endedOn,
  predecessor: maybe(m.predecessor, namedRef),
  ...stamps(m),
});

/** A few dozen bodies, searched in every language's name: read and cut here. */
async function listMinistries(db: Db, f: z.infer<typeof MinistryListParamsSchema>, window: Window) {
  const q = f.q?.toLowerCase();
  const rows = await db.ministry.findMany({
    where: { archivedAt: null, ...(f.side ? { side: f.side } : {}), ...(f.kind ? { kind: f.kind } : {}) },
    select: ministrySelect,
  });
  const matches = (m: MinistryRow) =>
    !q || [m.nameEn, m.nameKo, m.nameZh, m.abbreviation, m.slug].some((v) => v?.toLowerCase().includes(q) ?? false);
  const page = memoryPage(
    rows.filter(matches).map((m) => ({ key: [m.slug], value: m, updatedAt: m.updatedAt })),
    window,
  );
  return { ...page, rows: page.rows.map((r) => ({ key: r.key, value: ministryShape(r.value) })) };
}

const detailSelect = {
  ...ministrySelect,
  successors: { where: { archivedAt: null }, orderBy: { slug: "asc" }, select: namedRefSelect },
  signatures: {
    where: { agreement: { archivedAt: null } },
    orderBy: { agreement: { slug: "asc" } },
    select: { agreement: { select: titledRefSelect } },
  },
  dialogues: {
    where: { dialogue: { archivedAt: null } },
    orderBy: { dialogue: { slug: "asc" } },
    select: { dialogue: { select: namedRefSelect } },
  },
  citations: citationsArgs,
} satisfies Prisma.MinistrySelect;

export const ministries = defineResource({
  name: "ministries",
  keyName: "slug",
  summary: "Ministries and other bodies on every side",
  params: MinistryListParamsSchema,
  item: MinistrySchema,
  detail: MinistryDetailSchema,
  keys: [SLUG],
  order: "By slug",
  list: listMinistries,
  get: getRecord(
    (db, slug) => db.ministry.findFirst({ where: { slug, archivedAt: null }, select: detailSelect }),
    (m) => ({
      ...ministryShape(m),
      successors: m.successors.map(namedRef),
      agreements: m.signatures.map((s) => titledRef(s.agreement)),
      dialogues: m.dialogues.map((d) => namedRef(d.dialogue)),
      citations: m.citations.map(citation),
    }),
  ),
});
