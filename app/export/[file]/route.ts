import { notFound, preflight } from "@/lib/api/respond";
import { requireRole } from "@/lib/auth";
import { db } from "@/lib/db";
import { handleAuditExport } from "@/lib/export/audit";
import { handleExport } from "@/lib/export/handler";

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
