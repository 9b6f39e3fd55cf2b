import { items } from "@/lib/server/api/resources/items";
import { preflight } from "@/lib/server/api/respond";

export const dynamic = "force-dynamic";

export const GET = items.listRoute;
export const HEAD = GET;
export const OPTIONS = preflight;
