import type { Db } from "@/lib/prisma";
import { citationsInclude } from "./citations";

const nameSelect = { slug: true, nameEn: true, nameKo: true, nameZh: true } as const;

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

/** Which Korean ministry has signed with which Chinese ministry, and how often. */
export async function getCounterpartMatrix(db: Db): Promise<CounterpartMatrix> {
  const agreements = await db.agreement.findMany({
    where: { archivedAt: null },
    select: {
      signatories: {
        select: { ministry: { select: { ...nameSelect, side: true, abbreviation: true, archivedAt: true } } },
      },
    },
  });
  const korean = new Map<string, CounterpartMatrix["korean"][number]>();
  const chinese = new Map<string, CounterpartMatrix["chinese"][number]>();
  const counts: CounterpartMatrix["counts"] = {};
  for (const a of agreements) {
    const bodies = a.signatories.map((s) => s.ministry).filter((m) => m.archivedAt === null);
    const kr = bodies.filter((m) => m.side === "KR");
    const cn = bodies.filter((m) => m.side === "CN");
    for (const k of kr) {
      for (const c of cn) {
        const { side: _ks, archivedAt: _ka, ...kBrief } = k;
        const { side: _cs, archivedAt: _ca, ...cBrief } = c;
        korean.set(k.slug, kBrief);
        chinese.set(c.slug, cBrief);
        const row = counts[k.slug] ?? {};
        row[c.slug] = (row[c.slug] ?? 0) + 1;
        counts[k.slug] = row;
      }
    }
  }
  const byName = (a: { nameEn: string }, b: { nameEn: string }) => a.nameEn.localeCompare(b.nameEn);
  return { korean: [...korean.values()].sort(byName), chinese: [...chinese.values()].sort(byName), counts };
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
      establishedOn: true,
      establishedInferred: true,
      establishedReasoning: true,
      endedOn: true,
      summaryEn: true,
      summaryKo: true,
      summaryZh: true,
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
              titleEn: true,
              titleKo: true,
              titleZh: true,
              signedOn: true,
              signedInferred: true,
              signedReasoning: true,
              signatories: {
                select: { ministry: { select: { ...nameSelect, side: true, abbreviation: true } } },
              },
            },
          },
        },
      },
      dialogues: {
        where: { dialogue: { archivedAt: null } },
        select: { dialogue: { select: { ...nameSelect, cadence: true, format: true } } },
      },
      plans: { where: { archivedAt: null }, select: { slug: true, titleEn: true, titleKo: true, titleZh: true } },
      planItems: {
        where: { archivedAt: null },
        orderBy: [{ plan: { titleEn: "asc" } }, { number: "asc" }],
        select: {
          slug: true,
          number: true,
          titleEn: true,
          titleKo: true,
          titleZh: true,
          status: true,
          plan: { select: { slug: true, titleEn: true, titleKo: true, titleZh: true } },
        },
      },
      roles: {
        orderBy: { startOn: "desc" },
        select: {
          id: true,
          titleEn: true,
          titleKo: true,
          titleZh: true,
          startOn: true,
          endOn: true,
          asOf: true,
          person: { select: nameSelect },
        },
      },
      citations: citationsInclude,
    },
  });
}

export type MinistryDetail = NonNullable<Awaited<ReturnType<typeof getMinistry>>>;
