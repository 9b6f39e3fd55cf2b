import { citations } from "@/lib/server/api/resources/citations";
import { preflight } from "@/lib/server/api/respond";

export const dynamic = "force-dynamic";

export const GET = citations.recordRoute;
export const HEAD = GET;
export const OPTIONS = preflight;
