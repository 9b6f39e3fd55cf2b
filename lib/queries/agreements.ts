import "server-only";
import { db } from "@/lib/db";
import type { Side } from "@/lib/schemas/vocab";

/** Agreements for the overview: newest first, undated last, with their signatories. */
export async function listAgreementSummaries() {
  const rows = await db.agreement.findMany({
    where: { archivedAt: null },
    orderBy: [{ signedOn: { sort: "desc", nulls: "last" } }, { titleEn: "asc" }],
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
        select: {
          ministry: {
            select: { slug: true, side: true, nameEn: true, nameKo: true, nameZh: true, abbreviation: true },
          },
        },
      },
    },
  });
  return rows.map(({ signatories, ...agreement }) => ({
    ...agreement,
    signatories: signatories.map((s) => ({ ...s.ministry, side: s.ministry.side as Side })),
  }));
}

export type AgreementSummary = Awaited<ReturnType<typeof listAgreementSummaries>>[number];
