import "server-only";
import { db } from "@/lib/server/db/client";
import { listChangesSince } from "./changes";

/** The records and status updates changed since a day, for /changes. */
export function getChangesPage(since: string) {
  return listChangesSince(db, since);
}
