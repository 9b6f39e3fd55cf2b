import { itemStatusRoute } from "@/lib/server/api/item-status-route";

export const dynamic = "force-dynamic";

/** The item's current status and version, uncached: read it before saving. */
export const GET = itemStatusRoute.GET;
/** Saves a status update as the signed-in editor (lib/server/api/status-write.ts). */
export const POST = itemStatusRoute.POST;
