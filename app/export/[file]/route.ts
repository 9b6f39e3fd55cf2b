import { notFound, preflight } from "@/lib/server/api/respond";
import { requireRole } from "@/lib/server/auth";
import { db } from "@/lib/server/db/client";
import { handleAuditExport } from "@/lib/server/export/audit";
import { handleExport } from "@/lib/server/export/handler";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  if (file === "audit.csv" || file === "audit.json") {
    // The audit log is for administrators only; to anyone else it does not exist.
    const gate = await requireRole("admin");
    if (!gate.ok) return notFound(`export named "${file}"`);
    return handleAuditExport(db, request, file === "audit.csv" ? "csv" : "json");
  }
  return handleExport(db, request, file);
}

export const HEAD = GET;
export const OPTIONS = preflight;
