import { statusUpdates } from "@/lib/server/api/resources/status-updates";
import { preflight } from "@/lib/server/api/respond";

export const dynamic = "force-dynamic";

export const GET = statusUpdates.recordRoute;
export const HEAD = GET;
export const OPTIONS = preflight;
