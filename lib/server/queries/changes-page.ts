import "server-only";
import { db } from "@/lib/server/db/client";
import { type ChangesWindow, listChangesSince } from "./changes";

/** The records and status updates changed since a day, for /changes: the newest of each kind, or a page of one. */
export function getChangesPage(since: string, window: ChangesWindow = {}) {
  return listChangesSince(db, since, window);
}
