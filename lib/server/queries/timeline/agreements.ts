import "server-only";
import { datedFields, ministrySide, titledLink } from "@/lib/server/db/fragments";
import {
  agreementSectors,
  byDate,
  citations,
  datedEntries,
  earliestByDate,
  noRefs,
  type TimelineContext,
  type TimelineEntry,
  titleOf,
  uniq,
} from "./context";

const agreementSelect = {
  ...titledLink,
  status: true,
  ...datedFields("signed"),
  ...datedFields("effective"),
  ...datedFields("expires"),
  signatories: { select: { ministry: { select: ministrySide } } },
  ...agreementSectors,
  citations,
} as const;

export function agreementWhere({ agreementScope, ministryScope, sector, side }: TimelineContext) {
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
  const agreements = await earliestByDate(["signedOn", "effectiveOn", "expiresOn"] as const, (field) =>
    ctx.db.agreement.findMany({ ...byDate(ctx, where, field), select: agreementSelect }),
  );
  return agreements.flatMap((a) =>
    datedEntries(
      ctx,
      {
        kind: "agreement",
        title: titleOf(a),
        href: `/agreements/${a.slug}`,
        sectors: uniq(a.topics.map((t) => t.topic.sector.slug)),
        sides: uniq(a.signatories.map((s) => s.ministry.side)),
        status: a.status,
        place: null,
        refs: { ...noRefs(), agreements: [a.slug], ministries: a.signatories.map((s) => s.ministry.slug) },
      },
      a.citations,
      [
        [`agreement-signed-${a.slug}`, "signed", a.signedOn, a.signedInferred, a.signedReasoning, "signedOn"],
        [
          `agreement-effective-${a.slug}`,
          "effective",
          a.effectiveOn,
          a.effectiveInferred,
          a.effectiveReasoning,
          "effectiveOn",
        ],
        [`agreement-expires-${a.slug}`, "expires", a.expiresOn, a.expiresInferred, a.expiresReasoning, "expiresOn"],
      ],
    ),
  );
}
