import { notFound, preflight } from "@/lib/server/api/respond";
import { requireRole } from "@/lib/server/auth";
import { auditExportResponse, exportResponse } from "@/lib/server/export/routes";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const audit = /^audit\.(csv|xlsx|json)$/.exec(file);
  if (audit) {
    // The audit log is for administrators only; to anyone else it does not exist.
    const gate = await requireRole("admin");
    if (!gate.ok) return notFound(`export named "${file}"`);
    return auditExportResponse(request, audit[1] as "csv" | "xlsx" | "json");
  }
  return exportResponse(request, file);
}

export const HEAD = GET;
export const OPTIONS = preflight;
