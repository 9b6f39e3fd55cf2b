import { meetings } from "@/lib/server/api/resources/meetings";
import { preflight } from "@/lib/server/api/respond";

export const dynamic = "force-dynamic";

export const GET = meetings.listRoute;
export const HEAD = GET;
export const OPTIONS = preflight;
