import "server-only";
import { citationFields, namedLink, sourceFields, titledLink, titleFields } from "@/lib/server/db/fragments";
import type { Db } from "@/lib/server/db/prisma";

/** Every source with how many citations rest on it, most trusted first. */
export async function listSources(db: Db) {
  const rows = await db.source.findMany({
    where: { archivedAt: null },
    orderBy: [{ publishedOn: { sort: "desc", nulls: "last" } }, { id: "asc" }],
    select: {
      ...sourceFields,
      _count: { select: { citations: { where: { archivedAt: null } } } },
    },
  });
  const order = { primary: 0, secondary: 1, low: 2 } as Record<string, number>;
  return rows.sort((a, b) => (order[a.trust] ?? 3) - (order[b.trust] ?? 3));
}

const titled = titledLink;
const named = namedLink;

/** A source and every record that cites it. */
export async function getSource(db: Db, id: string) {
  return db.source.findFirst({
    where: { id, archivedAt: null },
    select: {
      ...sourceFields,
      citations: {
        where: { archivedAt: null },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          ...citationFields,
          agreement: { select: titled },
          ministry: { select: named },
          dialogue: { select: named },
          meeting: { select: { slug: true, number: true, dialogue: { select: named } } },
          plan: { select: titled },
          planItem: { select: { ...titled, number: true, plan: { select: titled } } },
          event: { select: { ...titled, startOn: true } },
          person: { select: named },
          personRole: { select: { ...titleFields, person: { select: named } } },
          statusUpdate: { select: { planItem: { select: { ...titled, number: true, plan: { select: titled } } } } },
        },
      },
    },
  });
}

export type SourceDetail = NonNullable<Awaited<ReturnType<typeof getSource>>>;
export type SourceCitation = SourceDetail["citations"][number];
