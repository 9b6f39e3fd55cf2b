import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  datedFields,
  ministryBrief,
  namedLink,
  summaryFields,
  titledLink,
  titleFields,
} from "@/lib/server/db/fragments";
import type { Db } from "@/lib/server/db/prisma";
import { citationsInclude } from "./citations";

const nameSelect = namedLink;

/** Every body, by side, with how many agreements it signed. */
export async function listMinistries(db: Db) {
  const rows = await db.ministry.findMany({
    where: { archivedAt: null },
    orderBy: [{ side: "asc" }, { nameEn: "asc" }],
    select: {
      ...nameSelect,
      side: true,
      kind: true,
      abbreviation: true,
      establishedOn: true,
      endedOn: true,
      predecessor: { select: nameSelect },
      successors: { where: { archivedAt: null }, select: nameSelect },
      _count: { select: { signatures: true, dialogues: true, planItems: true } },
    },
  });
  return rows;
}

export type CounterpartMatrix = {
  korean: { slug: string; nameEn: string; nameKo: string | null; nameZh: string | null; abbreviation: string | null }[];
  chinese: {
    slug: string;
    nameEn: string;
    nameKo: string | null;
    nameZh: string | null;
    abbreviation: string | null;
  }[];
  /** counts[krSlug][cnSlug]: agreements both signed. */
  counts: Record<string, Record<string, number>>;
};

/** Which Korean ministry has signed with which Chinese ministry, and how often (counted in the database). */
export async function getCounterpartMatrix(db: Db): Promise<CounterpartMatrix> {
  const pairs = await db.$queryRaw<{ kr: string; cn: string; n: bigint | number }[]>(Prisma.sql`
    SELECT k."slug" AS kr, c."slug" AS cn, COUNT(*) AS n
      FROM "Signatory" sk
      JOIN "Ministry" k ON k."id" = sk."ministryId" AND k."side" = 'KR' AND k."archivedAt" IS NULL
      JOIN "Signatory" sc ON sc."agreementId" = sk."agreementId"
      JOIN "Ministry" c ON c."id" = sc."ministryId" AND c."side" = 'CN' AND c."archivedAt" IS NULL
      JOIN "Agreement" a ON a."id" = sk."agreementId" AND a."archivedAt" IS NULL
     GROUP BY k."slug", c."slug"`);
  const counts: CounterpartMatrix["counts"] = {};
  for (const p of pairs) counts[p.kr] = { ...counts[p.kr], [p.cn]: Number(p.n) };
  const brief = { ...namedLink, abbreviation: true } as const;
  const [korean, chinese] = await Promise.all([
    db.ministry.findMany({
      where: { slug: { in: pairs.map((p) => p.kr) } },
      orderBy: { nameEn: "asc" },
      select: brief,
    }),
    db.ministry.findMany({
      where: { slug: { in: pairs.map((p) => p.cn) } },
      orderBy: { nameEn: "asc" },
      select: brief,
    }),
  ]);
  return { korean, chinese, counts };
}

/** Everything /ministries/[slug] shows; null when there is no such body. */
export async function getMinistry(db: Db, slug: string) {
  return db.ministry.findFirst({
    where: { slug, archivedAt: null },
    select: {
      id: true,
      ...nameSelect,
      side: true,
      kind: true,
      abbreviation: true,
      ...datedFields("established"),
      endedOn: true,
      ...summaryFields,
      predecessor: { select: { ...nameSelect, endedOn: true } },
      successors: { where: { archivedAt: null }, select: { ...nameSelect, establishedOn: true } },
      signatures: {
        where: { agreement: { archivedAt: null } },
        orderBy: { agreement: { signedOn: "desc" } },
        select: {
          agreement: {
            select: {
              slug: true,
              kind: true,
              status: true,
              ...titleFields,
              ...datedFields("signed"),
              signatories: {
                select: { ministry: { select: ministryBrief } },
              },
            },
          },
        },
      },
      dialogues: {
        where: { dialogue: { archivedAt: null } },
        select: { dialogue: { select: { ...nameSelect, cadence: true, format: true } } },
      },
      plans: { where: { archivedAt: null }, select: titledLink },
      planItems: {
        where: { archivedAt: null },
        orderBy: [{ plan: { titleEn: "asc" } }, { number: "asc" }],
        select: {
          slug: true,
          number: true,
          ...titleFields,
          status: true,
          plan: { select: titledLink },
        },
      },
      roles: {
        orderBy: { startOn: "desc" },
        select: {
          id: true,
          ...titleFields,
          startOn: true,
          endOn: true,
          asOf: true,
          person: { select: { id: true, ...nameSelect } },
        },
      },
      citations: citationsInclude,
    },
  });
}

export type MinistryDetail = NonNullable<Awaited<ReturnType<typeof getMinistry>>>;
