import { getTranslations } from "@/lib/i18n/translations";
import { IMPLEMENTATION_STATUSES } from "@/lib/schemas/vocab";
import { StatusMark } from "./status-mark";

/** An implementation status in the reader's words (./status-mark.tsx draws it); one it does not know is "not assessed". */
export async function StatusBadge({ status }: { status: string }) {
  const t = await getTranslations("status");
  const known = (IMPLEMENTATION_STATUSES as readonly string[]).includes(status) ? status : "not_assessed";
  return <StatusMark status={known} label={t(known as "completed")} />;
}
