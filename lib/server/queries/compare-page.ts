import "server-only";
import type { RawSearchParams } from "@/lib/schemas/search-params";
import { db } from "@/lib/server/db/client";
import { compareAgreements } from "./compare";

export type { ComparedAgreement, Comparison } from "./compare";

/** What /compare shows for its query: the agreements `a` names side by side, or what is wrong with `a`. */
export async function getComparePage(searchParams: RawSearchParams) {
  return compareAgreements(db, searchParams.a);
}
