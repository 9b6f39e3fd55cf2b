import { plans } from "@/lib/server/api/resources/plans";
import { preflight } from "@/lib/server/api/respond";

export const dynamic = "force-dynamic";

export const GET = plans.recordRoute;
export const HEAD = GET;
export const OPTIONS = preflight;
