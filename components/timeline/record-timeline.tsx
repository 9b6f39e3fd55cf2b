import { FIRST_SCREEN, RestLink } from "@/components/records/first-screen";
import { Section } from "@/components/ui/section";
import { getTranslations } from "@/lib/i18n/translations";
import type { RecordTimelineData } from "@/lib/server/queries/timeline-page";
import { aroundToday } from "@/lib/timeline";
import { TimelineList } from "./timeline-list";

/**
 * The site's timeline, filtered to one record, for its page (from getRecordTimeline):
 * the entries around today, with a link to all of them on the record in full (`fullHref`);
 * every entry there (`full`).
 */
export async function RecordTimeline({
  timeline: { entries, today },
  full = false,
  fullHref,
}: {
  timeline: RecordTimelineData;
  full?: boolean;
  fullHref: string;
}) {
  const t = await getTranslations();
  const shown = full ? entries : aroundToday(entries, today, FIRST_SCREEN.timeline);
  return (
    <Section id="timeline" title={t("timeline.embedded")} more={{ href: "/timeline", label: t("timeline.title") }}>
      <TimelineList entries={shown} today={today} headingLevel={3} here={fullHref.replace(/\/all$/, "")} />
      <RestLink
        href={`${fullHref}#timeline-heading`}
        label={t("record.allDates", { count: entries.length })}
        shown={shown.length}
        total={entries.length}
      />
    </Section>
  );
}
