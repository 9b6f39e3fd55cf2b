import { events } from "@/lib/server/api/resources/events";
import { preflight } from "@/lib/server/api/respond";

export const dynamic = "force-dynamic";

export const GET = events.listRoute;
export const HEAD = GET;
export const OPTIONS = preflight;
