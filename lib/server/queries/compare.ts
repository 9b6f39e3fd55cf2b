import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { type CompareProblem, parseCompareSlugs } from "@/lib/schemas/compare";
import type { Side } from "@/lib/schemas/vocab";
import { agreementFacts, agreementPlans, ministryBrief, namedLink, titledLink } from "@/lib/server/db/fragments";
import type { Db } from "@/lib/server/db/prisma";

/**
 * Two to four agreements side by side (/compare and /export/compare.csv): for each,
 * what a reader weighs them by, the facts, the signatories and topics, the lineage,
 * the plans and how far their items have got, the dialogues and the sources.
 */

const lineageLink = { ...titledLink, signedOn: true, relation: true, archivedAt: true } as const;

const comparedSelect = {
  ...agreementFacts,
  previous: { select: lineageLink },
  followers: { where: { archivedAt: null }, orderBy: { signedOn: "asc" }, select: lineageLink },
  signatories: { orderBy: { ministry: { slug: "asc" } }, select: { ministry: { select: ministryBrief } } },
  topics: {
    orderBy: { topic: { slug: "asc" } },
    select: { topic: { select: { ...namedLink, sector: { select: { ...namedLink, sortOrder: true } } } } },
  },
  plans: agreementPlans,
  dialogues: { where: { archivedAt: null }, orderBy: { nameEn: "asc" }, select: namedLink },
  reviews: {
    select: { meeting: { select: { archivedAt: true, dialogue: { select: { ...namedLink, archivedAt: true } } } } },
  },
  citations: {
    where: { archivedAt: null, source: { archivedAt: null } },
    select: {
      source: {
        select: { id: true, title: true, publisher: true, language: true, publishedOn: true, url: true },
      },
    },
  },
} satisfies Prisma.AgreementSelect;

type ComparedRow = Prisma.AgreementGetPayload<{ select: typeof comparedSelect }>;

/** Each record once, in the order first met. */
function uniqueBy<T, K>(values: readonly T[], key: (v: T) => K): T[] {
  const seen = new Map<K, T>();
  for (const v of values) if (!seen.has(key(v))) seen.set(key(v), v);
  return [...seen.values()];
}

/** Sectors of the agreement's topics, in the tracker's sector order. */
function sectorsOf(topics: ComparedRow["topics"]) {
  const sectors = uniqueBy(
    topics.map((t) => t.topic.sector),
    (s) => s.slug,
  );
  return sectors.sort((a, b) => a.sortOrder - b.sortOrder);
}

/** The dialogues it set up, then those whose meetings reviewed it. */
function dialoguesOf(row: ComparedRow) {
  const established = row.dialogues.map((d) => ({ ...d, established: true }));
  const reviewing = row.reviews
    .filter((r) => r.meeting.archivedAt === null && r.meeting.dialogue.archivedAt === null)
    .map(({ meeting: { dialogue } }) => ({ ...dialogue, established: false }));
  return uniqueBy([...established, ...reviewing], (d) => d.slug);
}

function toCompared(row: ComparedRow) {
  const { signatories, topics, followers, previous, reviews: _reviews, citations, ...facts } = row;
  return {
    ...facts,
    signatories: signatories.map((s) => ({ ...s.ministry, side: s.ministry.side as Side })),
    topics: topics.map((t) => t.topic),
    sectors: sectorsOf(topics),
    // An archived predecessor still explains the line, but it has no page to link to.
    previous,
    followers,
    dialogues: dialoguesOf(row),
    sources: uniqueBy(
      citations.map((c) => c.source),
      (s) => s.id,
    ),
  };
}

export type ComparedAgreement = ReturnType<typeof toCompared>;

export type Comparison =
  | { ok: true; slugs: string[]; agreements: ComparedAgreement[] }
  | { ok: false; slugs: string[]; problems: CompareProblem[] };

/**
 * The agreements `a` names, in the order given, or what is wrong with the selection:
 * a value that is no slug, fewer than two or more than four, or a slug that names no
 * live agreement (each unknown one by name). Never throws on any input.
 */
export async function compareAgreements(db: Db, raw: unknown): Promise<Comparison> {
  const parsed = parseCompareSlugs(raw);
  if (!parsed.ok) return { ok: false, slugs: [], problems: parsed.problems };
  const rows = await db.agreement.findMany({
    where: { slug: { in: parsed.slugs }, archivedAt: null },
    select: comparedSelect,
  });
  const bySlug = new Map(rows.map((r) => [r.slug, r]));
  const unknown = parsed.slugs.filter((s) => !bySlug.has(s));
  if (unknown.length > 0) {
    return { ok: false, slugs: parsed.slugs, problems: unknown.map((slug) => ({ code: "unknown", values: { slug } })) };
  }
  const agreements = parsed.slugs.map((s) => toCompared(bySlug.get(s) as ComparedRow));
  return { ok: true, slugs: parsed.slugs, agreements };
}
