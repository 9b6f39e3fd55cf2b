import "server-only";
import { db } from "@/lib/server/db/client";
import { getItemStatus, postItemStatus } from "./status-write";

type Ctx = { params: Promise<{ key: string }> };

/** The handlers of /api/v1/items/{slug}/status, bound to the app's database for the route file. */
export const itemStatusRoute = {
  /** The item's current status and version, uncached: read it before saving. */
  GET: async (_request: Request, { params }: Ctx) => getItemStatus(db, (await params).key),
  /** Saves a status update as the signed-in editor (./status-write.ts). */
  POST: async (request: Request, { params }: Ctx) => postItemStatus(db, request, (await params).key),
};
