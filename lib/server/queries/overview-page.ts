import "server-only";
import { db } from "@/lib/server/db/client";
import { getOverview } from "./overview";

/** What the home page shows as of `today`. */
export function getOverviewPage(today: string) {
  return getOverview(db, today);
}

export type OverviewPageData = Awaited<ReturnType<typeof getOverviewPage>>;
