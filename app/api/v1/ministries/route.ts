import { ministries } from "@/lib/server/api/resources/ministries";
import { preflight } from "@/lib/server/api/respond";

export const dynamic = "force-dynamic";

export const GET = ministries.listRoute;
export const HEAD = GET;
export const OPTIONS = preflight;
