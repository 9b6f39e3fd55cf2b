import "server-only";
import { SlugSchema } from "@/lib/schemas/vocab";
import { db } from "@/lib/server/db/client";
import { getCounterpartMatrix, getMinistry, listMinistries } from "./ministries";

/** What /ministries shows: every live body and who counterparts whom. */
export async function getMinistriesPage() {
  const [ministries, matrix] = await Promise.all([listMinistries(db), getCounterpartMatrix(db)]);
  return { ministries, matrix };
}

/** Everything /ministries/[slug] shows; null when the slug has not the shape of one or names no live body. */
export async function getMinistryPage(slug: string) {
  return SlugSchema.safeParse(slug).success ? getMinistry(db, slug) : null;
}
