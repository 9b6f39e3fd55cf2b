import "server-only";
import { db } from "@/lib/server/db/client";
import { countMissing, listMissingTranslations } from "./translations";

/** What /admin/translations shows: the record text missing in some language, and how much is missing in each. */
export async function getTranslationsPage() {
  const rows = await listMissingTranslations(db);
  return { rows, counts: countMissing(rows) };
}
