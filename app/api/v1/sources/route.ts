import { sources } from "@/lib/server/api/resources/sources";
import { preflight } from "@/lib/server/api/respond";

export const dynamic = "force-dynamic";

export const GET = sources.listRoute;
export const HEAD = GET;
export const OPTIONS = preflight;
