import { getTranslations } from "next-intl/server";
import { Section } from "@/components/ui/section";
import type { RecordTimelineData } from "@/lib/server/queries/timeline-page";
import { TimelineList } from "./timeline-list";

/** The site's timeline, filtered to one record, for its page (from getRecordTimeline). */
export async function RecordTimeline({ timeline: { entries, today } }: { timeline: RecordTimelineData }) {
  const t = await getTranslations("timeline");
  return (
    <Section id="timeline" title={t("embedded")} more={{ href: "/timeline", label: t("title") }}>
      <TimelineList entries={entries} today={today} headingLevel={3} />
    </Section>
  );
}
