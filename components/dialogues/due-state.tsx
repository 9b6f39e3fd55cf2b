import { PartialDate } from "@/components/ui/partial-date";
import type { DueState } from "@/lib/cadence";
import { getTranslations } from "@/lib/i18n/translations";
import { DueBadge } from "./due-badge";

/** Where a dialogue stands against its cadence: next meeting, due, overdue… in words. */
export async function DueStateBadge({ due }: { due: DueState }) {
  const t = await getTranslations("dialogues.due");
  return (
    <DueBadge kind={due.kind} word={t(due.kind)} date={"on" in due ? <PartialDate value={due.on} /> : undefined} />
  );
}
