import "server-only";
import { db } from "@/lib/server/db/client";
import { CITATIONS_PER_PAGE, getSource, listSourcesPage } from "./sources";

/** One page of the live sources, for /sources (`?page=`). */
export function getSourcesPage(page = 1) {
  return listSourcesPage(db, page);
}

/**
 * Everything /sources/[id] shows, with one page of the records citing it (`?page=`);
 * null when no live source has the id.
 */
export function getSourcePage(id: string, page = 1) {
  return getSource(db, id, { take: CITATIONS_PER_PAGE, skip: (page - 1) * CITATIONS_PER_PAGE });
}
