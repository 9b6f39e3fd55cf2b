import "server-only";
import { AgreementFiltersSchema } from "@/lib/schemas/agreement-filters";
import { parseSearchParams, type RawSearchParams } from "@/lib/schemas/search-params";
import { type Locale, SlugSchema } from "@/lib/schemas/vocab";
import { db } from "@/lib/server/db/client";
import { getAgreement, listAgreementFacets, listAgreements } from "./agreements";

/** What the agreements list shows for a query: the filters read from it, their errors, one page of results and the facets. */
export async function getAgreementsPage(locale: Locale, searchParams: RawSearchParams) {
  const { values: filters, errors } = parseSearchParams(AgreementFiltersSchema, searchParams);
  const [result, facets] = await Promise.all([listAgreements(db, filters, locale), listAgreementFacets(db)]);
  return { filters, errors, result, facets };
}

export type AgreementsPageData = Awaited<ReturnType<typeof getAgreementsPage>>;

/** Everything /agreements/[slug] shows; null when the slug has not the shape of one or names no live agreement. */
export async function getAgreementPage(slug: string) {
  return SlugSchema.safeParse(slug).success ? getAgreement(db, slug) : null;
}
