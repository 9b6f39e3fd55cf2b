import { agreements } from "@/lib/server/api/resources/agreements";
import { preflight } from "@/lib/server/api/respond";

export const dynamic = "force-dynamic";

export const GET = agreements.recordRoute;
export const HEAD = GET;
export const OPTIONS = preflight;
