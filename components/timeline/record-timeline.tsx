import { getTranslations } from "next-intl/server";
import { Section } from "@/components/ui/section";
import { todayIso } from "@/lib/dates";
import { Link } from "@/lib/i18n/navigation";
import { db } from "@/lib/server/db/client";
import { filterTimeline, listTimelineEntries, type TimelineScope } from "@/lib/server/queries/timeline";
import { groupByYear, TIMELINE_MAX_ENTRIES } from "@/lib/timeline";
import { TimelineList } from "./timeline-list";

/** The site's timeline, filtered to one record, for its page. */
export async function RecordTimeline({ scope }: { scope: TimelineScope }) {
  const t = await getTranslations("timeline");
  const today = todayIso();
  const entries = groupByYear(
    filterTimeline(await listTimelineEntries(db, today, { scope, limit: TIMELINE_MAX_ENTRIES }), {}, scope),
  )
    .flatMap((g) => g.entries)
    .slice(0, TIMELINE_MAX_ENTRIES);
  return (
    <Section
      id="timeline"
      title={t("embedded")}
      aside={
        <Link href="/timeline" className="no-print text-xs">
          {t("title")} →
        </Link>
      }
    >
      <TimelineList entries={entries} today={today} headingLevel={3} />
    </Section>
  );
}
