import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { citationFields } from "@/lib/server/db/fragments";

/** What every page shows of a citation: its passage (quote, or locator and paraphrase), the field, the stance and its source. */
export const citationSelect = {
  ...citationFields,
  source: {
    select: { id: true, title: true, publisher: true, kind: true, trust: true, publishedOn: true, language: true },
  },
} satisfies Prisma.CitationSelect;

export type CitationView = Prisma.CitationGetPayload<{ select: typeof citationSelect }>;

/** Citations live ones only, supporting before competing, in a stable order. */
export const citationsInclude = {
  where: { archivedAt: null },
  orderBy: [{ stance: "desc" }, { createdAt: "asc" }, { id: "asc" }],
  select: citationSelect,
} satisfies Prisma.Agreement$citationsArgs;

/** Citation ids for one field, for the footnote marks beside a fact. */
export function citationsFor(citations: readonly CitationView[], field: string | null): CitationView[] {
  return citations.filter((c) => c.field === field);
}
