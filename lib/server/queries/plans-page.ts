import "server-only";
import { z } from "zod";
import { param, parseSearchParams, type RawSearchParams } from "@/lib/schemas/search-params";
import { SlugSchema } from "@/lib/schemas/vocab";
import { db } from "@/lib/server/db/client";
import { getPlan, listPlans } from "./plans";

const PlansParamsSchema = z.object({ page: param.page() });

/** The page of plans a query asks for (?page=…). */
export async function getPlansPage(searchParams: RawSearchParams) {
  const { values } = parseSearchParams(PlansParamsSchema, searchParams);
  return listPlans(db, values.page);
}

export type PlansPageData = Awaited<ReturnType<typeof getPlansPage>>;

/** Everything /plans/[slug] shows; null when the slug has not the shape of one or names no live plan. */
export async function getPlanPage(slug: string) {
  return SlugSchema.safeParse(slug).success ? getPlan(db, slug) : null;
}
