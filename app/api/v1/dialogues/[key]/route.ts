import { dialogues } from "@/lib/server/api/resources/dialogues";
import { preflight } from "@/lib/server/api/respond";

export const dynamic = "force-dynamic";

export const GET = dialogues.recordRoute;
export const HEAD = GET;
export const OPTIONS = preflight;
