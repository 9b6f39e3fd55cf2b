import "server-only";
import { db } from "@/lib/server/db/client";
import { getSource, listSources } from "./sources";

/** Every live source, for /sources. */
export function getSourcesPage() {
  return listSources(db);
}

/** Everything /sources/[id] shows; null when no live source has the id. */
export function getSourcePage(id: string) {
  return getSource(db, id);
}
