import { handleRecord } from "@/lib/server/api/handlers";
import { dialogues } from "@/lib/server/api/resources";
import { preflight } from "@/lib/server/api/respond";
import { db } from "@/lib/server/db/client";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ key: string }> }) {
  return handleRecord(dialogues, db, request, (await params).key);
}

export const HEAD = GET;
export const OPTIONS = preflight;
