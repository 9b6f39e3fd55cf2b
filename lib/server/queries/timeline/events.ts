import "server-only";
import { datedFields, ministrySide, placeFields, titleFields } from "@/lib/server/db/fragments";
import { eventTimelineHref } from "@/lib/timeline";
import {
  citations,
  dateFilter,
  forField,
  noRefs,
  placeOf,
  type TimelineContext,
  type TimelineEntry,
  titleOf,
  uniq,
} from "./context";

const eventSelect = {
  id: true,
  slug: true,
  kind: true,
  status: true,
  ...titleFields,
  ...datedFields("start"),
  ...placeFields,
  sector: { select: { slug: true } },
  agreement: { select: { slug: true } },
  participants: { select: { ministry: { select: ministrySide } } },
  citations,
} as const;

export function eventWhere(ctx: TimelineContext) {
  const { sector, side, byAgreement, ministryScope } = ctx;
  return {
    archivedAt: null,
    ...(sector ? { sector: { slug: sector } } : {}),
    ...byAgreement,
    AND: [
      dateFilter(ctx, "startOn"),
      ...(side ? [{ participants: { some: { ministry: { side } } } }] : []),
      ...(ministryScope ? [{ participants: { some: { ministry: { slug: ministryScope } } } }] : []),
    ],
  };
}

/** Events, on the day they start. */
export async function readEventEntries(ctx: TimelineContext): Promise<TimelineEntry[]> {
  const events = await ctx.db.event.findMany({
    orderBy: [{ startOn: "asc" }, { id: "asc" }],
    ...ctx.take,
    where: eventWhere(ctx),
    select: eventSelect,
  });
  return events.flatMap((e): TimelineEntry[] => {
    if (!e.startOn) return [];
    return [
      {
        key: `event-${e.slug}`,
        kind: "event",
        what: e.kind,
        date: e.startOn,
        inferred: e.startInferred,
        reasoning: e.startReasoning,
        title: titleOf(e),
        href: eventTimelineHref(e.slug, e.startOn),
        eventId: e.id,
        sectors: uniq([e.sector?.slug]),
        sides: uniq(e.participants.map((p) => p.ministry.side)),
        status: e.status,
        place: placeOf(e),
        citations: forField(e.citations, "startOn"),
        refs: {
          ...noRefs(),
          agreements: uniq([e.agreement?.slug]),
          ministries: e.participants.map((p) => p.ministry.slug),
        },
      },
    ];
  });
}
