import { openApiDocument } from "@/lib/server/api/openapi";
import { jsonResponse, preflight } from "@/lib/server/api/respond";

export function GET(request: Request) {
  return jsonResponse(request, openApiDocument(), null);
}

export const HEAD = GET;
export const OPTIONS = preflight;
