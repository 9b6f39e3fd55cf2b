import { handleRecord } from "@/lib/api/handlers";
import { dialogues } from "@/lib/api/resources";
import { preflight } from "@/lib/api/respond";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ key: string }> }) {
  return handleRecord(dialogues, db, request, (await params).key);
}

export const HEAD = GET;
export const OPTIONS = preflight;
