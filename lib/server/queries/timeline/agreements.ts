import "server-only";
import { ministrySide, titledLink } from "@/lib/server/db/fragments";
import {
  agreementSectors,
  citations,
  dateFilter,
  forField,
  inYears,
  noRefs,
  type TimelineContext,
  type TimelineEntry,
  titleOf,
  uniq,
} from "./context";

const agreementSelect = {
  ...titledLink,
  status: true,
  signedOn: true,
  signedInferred: true,
  signedReasoning: true,
  effectiveOn: true,
  effectiveInferred: true,
  effectiveReasoning: true,
  expiresOn: true,
  expiresInferred: true,
  expiresReasoning: true,
  signatories: { select: { ministry: { select: ministrySide } } },
  ...agreementSectors,
  citations,
} as const;

function agreementWhere({ agreementScope, ministryScope, sector, side }: TimelineContext) {
  return {
    archivedAt: null,
    ...(agreementScope ? { slug: agreementScope } : {}),
    AND: [
      ...(ministryScope ? [{ signatories: { some: { ministry: { slug: ministryScope } } } }] : []),
      ...(sector ? [{ topics: { some: { topic: { sector: { slug: sector } } } } }] : []),
      ...(side ? [{ signatories: { some: { ministry: { side } } } }] : []),
    ],
  };
}

/** Agreements signed, taking effect and expiring. */
export async function readAgreementEntries(ctx: TimelineContext): Promise<TimelineEntry[]> {
  const where = agreementWhere(ctx);
  // One query per date field, each ordered by its date, so a limit keeps the earliest entries.
  const perField = await Promise.all(
    (["signedOn", "effectiveOn", "expiresOn"] as const).map((field) =>
      ctx.db.agreement.findMany({
        where: { ...where, AND: [...where.AND, dateFilter(ctx, field)] },
        orderBy: [{ [field]: "asc" }, { id: "asc" }],
        ...ctx.take,
        select: agreementSelect,
      }),
    ),
  );
  const agreements = [...new Map(perField.flat().map((a) => [a.slug, a] as const)).values()];
  const entries: TimelineEntry[] = [];
  for (const a of agreements) {
    const base = {
      kind: "agreement" as const,
      title: titleOf(a),
      href: `/agreements/${a.slug}`,
      sectors: uniq(a.topics.map((t) => t.topic.sector.slug)),
      sides: uniq(a.signatories.map((s) => s.ministry.side)),
      status: a.status,
      place: null,
      refs: { ...noRefs(), agreements: [a.slug], ministries: a.signatories.map((s) => s.ministry.slug) },
    };
    const dates = [
      ["signed", a.signedOn, a.signedInferred, a.signedReasoning, "signedOn"],
      ["effective", a.effectiveOn, a.effectiveInferred, a.effectiveReasoning, "effectiveOn"],
      ["expires", a.expiresOn, a.expiresInferred, a.expiresReasoning, "expiresOn"],
    ] as const;
    for (const [what, date, inferred, reasoning, field] of dates) {
      if (!date || !inYears(ctx, date)) continue;
      entries.push({
        ...base,
        key: `agreement-${what}-${a.slug}`,
        what,
        date,
        inferred,
        reasoning,
        citations: forField(a.citations, field),
      });
    }
  }
  return entries;
}
