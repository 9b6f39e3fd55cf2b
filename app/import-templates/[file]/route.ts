import { cacheableResponse, notFound } from "@/lib/server/api/respond";
import { IMPORT_KINDS, type ImportKind } from "@/lib/server/services/import/sheets";
import { templateCsv } from "@/lib/server/services/import/template";

/** /import-templates/<agreements|items|status-updates|accounts>.csv: the documented import template. */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const kind = file.replace(/\.csv$/, "") as ImportKind;
  if (!file.endsWith(".csv") || !IMPORT_KINDS.includes(kind)) return notFound(`template named "${file}"`);
  return cacheableResponse(request, templateCsv(kind), "text/csv; charset=utf-8", null, {
    "Content-Disposition": `attachment; filename="${kind}-template.csv"`,
  });
}
