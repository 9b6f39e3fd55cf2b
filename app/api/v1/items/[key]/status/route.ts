import { getItemStatus, postItemStatus } from "@/lib/server/api/status-write";
import { db } from "@/lib/server/db/client";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ key: string }> };

/** The item's current status and version, uncached: read it before saving. */
export async function GET(_request: Request, { params }: Ctx) {
  return getItemStatus(db, (await params).key);
}

/** Saves a status update as the signed-in editor (lib/server/api/status-write.ts). */
export async function POST(request: Request, { params }: Ctx) {
  return postItemStatus(db, request, (await params).key);
}
