import "server-only";
import { db } from "@/lib/server/db/client";
import { countMissing, countTranslated, listMissingTranslations } from "./translations";

/** What /admin/translations shows: text missing in some language or still the tracker's translation, with counts. */
export async function getTranslationsPage() {
  const rows = await listMissingTranslations(db);
  return { rows, counts: countMissing(rows), translatedCounts: countTranslated(rows) };
}
