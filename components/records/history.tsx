import type { getTranslations } from "next-intl/server";
import { RecordHistory } from "@/components/history/record-history";
import { Section } from "@/components/ui/section";
import type { RecordHistoryData } from "@/lib/server/queries/audit-page";
import { FIRST_SCREEN, firstOf, RestLink } from "./first-screen";

/**
 * A record's history on its page: the latest changes, with a link to every one on the
 * record in full (`full`: all of them). `labels` names each entry's record where the
 * history spans several (a plan's items).
 */
export function History({
  history,
  labels,
  full,
  fullHref,
  t,
}: {
  history: RecordHistoryData;
  labels?: Readonly<Record<string, string>>;
  full: boolean;
  fullHref: string;
  t: Awaited<ReturnType<typeof getTranslations>>;
}) {
  const rows = firstOf(history.rows, FIRST_SCREEN.history, full);
  return (
    <Section id="history" title={t("history.title")}>
      <RecordHistory rows={rows} names={history.names} labels={labels} />
      <RestLink
        href={`${fullHref}#history-heading`}
        label={t("record.allChanges", { count: history.rows.length })}
        shown={rows.length}
        total={history.rows.length}
      />
    </Section>
  );
}
