import "server-only";
import { db } from "@/lib/server/db/client";
import { getArchivedBySlug, listArchived } from "./archived";

/** Every archived record, newest first, for /admin/archived. */
export function getArchivedPage() {
  return listArchived(db);
}

/** The kinds of record with a public page that an archived record's URL may still name. */
export type ArchivedEntity = Parameters<typeof getArchivedBySlug>[1];

/**
 * The archived record a public URL names, for the notice its page shows instead;
 * null when the key (a slug, a source's id) is missing or names no archived record.
 */
export async function getArchivedRecord(entity: ArchivedEntity, key: string | null) {
  return key ? getArchivedBySlug(db, entity, key) : null;
}

export type ArchivedRecordData = Awaited<ReturnType<typeof getArchivedRecord>>;
