import { preflight } from "@/lib/api/respond";
import { db } from "@/lib/db";
import { handleExport } from "@/lib/export/handler";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  return handleExport(db, request, (await params).file);
}

export const HEAD = GET;
export const OPTIONS = preflight;
