import "server-only";
import { datedFields, ministrySide, namedLink, placeFields } from "@/lib/server/db/fragments";
import { listDialogues } from "../dialogues";
import {
  agreementSectors,
  citations,
  dateFilter,
  forField,
  inYears,
  nameOf,
  noRefs,
  placeOf,
  type TimelineContext,
  type TimelineEntry,
  uniq,
} from "./context";

/** A dialogue's entries belong to its own track and to those of the agreement it comes with. */
const dialogueSectors = (d: {
  sector: { slug: string };
  agreement: { topics: { topic: { sector: { slug: string } } }[] } | null;
}) => uniq([d.sector.slug, ...(d.agreement?.topics.map((t) => t.topic.sector.slug) ?? [])]);

/** The dialogues in scope: one dialogue, an agreement's, a ministry's. */
function dialogueWhere({ dialogueScope, byAgreement, ministryScope }: TimelineContext) {
  return {
    archivedAt: null,
    ...(dialogueScope ? { slug: dialogueScope } : {}),
    ...byAgreement,
    ...(ministryScope ? { participants: { some: { ministry: { slug: ministryScope } } } } : {}),
  };
}

export function meetingWhere(ctx: TimelineContext) {
  const { agreementScope, planScope, byAgreement, sector, side } = ctx;
  return {
    archivedAt: null,
    AND: [
      dateFilter(ctx, "heldOn"),
      agreementScope
        ? { OR: [{ dialogue: byAgreement }, { reviews: { some: byAgreement } }] }
        : planScope
          ? { reviews: { some: { plan: { slug: planScope } } } }
          : { dialogue: dialogueWhere(ctx) },
      ...(sector
        ? [
            {
              dialogue: {
                OR: [
                  { sector: { slug: sector } },
                  { agreement: { topics: { some: { topic: { sector: { slug: sector } } } } } },
                ],
              },
            },
          ]
        : []),
      ...(side ? [{ dialogue: { participants: { some: { ministry: { side } } } } }] : []),
    ],
  };
}

const meetingSelect = {
  slug: true,
  number: true,
  status: true,
  ...datedFields("held"),
  ...placeFields,
  reviews: { select: { agreement: { select: { slug: true } }, plan: { select: { slug: true } } } },
  citations,
  dialogue: {
    select: {
      ...namedLink,
      sector: { select: { slug: true } },
      agreement: { select: { slug: true, ...agreementSectors } },
      participants: { select: { ministry: { select: ministrySide } } },
    },
  },
} as const;

/** Meetings held (or planned, or cancelled) on their dates. */
export async function readMeetingEntries(ctx: TimelineContext): Promise<TimelineEntry[]> {
  const meetings = await ctx.db.meeting.findMany({
    orderBy: [{ heldOn: "asc" }, { id: "asc" }],
    ...ctx.take,
    where: meetingWhere(ctx),
    select: meetingSelect,
  });
  return meetings.flatMap((m): TimelineEntry[] => {
    if (!m.heldOn) return [];
    const d = m.dialogue;
    return [
      {
        key: `meeting-${m.slug}`,
        kind: "meeting",
        what: m.status === "held" ? "held" : m.status,
        date: m.heldOn,
        inferred: m.heldInferred,
        reasoning: m.heldReasoning,
        title: nameOf(d),
        href: `/dialogues/${d.slug}#${m.slug}`,
        sectors: dialogueSectors(d),
        sides: uniq(d.participants.map((p) => p.ministry.side)),
        status: m.status,
        place: placeOf(m),
        citations: forField(m.citations, "heldOn"),
        refs: {
          ...noRefs(),
          dialogues: [d.slug],
          ministries: d.participants.map((p) => p.ministry.slug),
          agreements: uniq([d.agreement?.slug, ...m.reviews.map((r) => r.agreement?.slug)]),
          plans: uniq(m.reviews.map((r) => r.plan?.slug)),
        },
      },
    ];
  });
}

/** Dialogues due or overdue for a meeting by their cadence, on the day it falls due. */
export async function readDueEntries(ctx: TimelineContext): Promise<TimelineEntry[]> {
  const { sector, side } = ctx;
  const entries: TimelineEntry[] = [];
  for (const d of await listDialogues(ctx.db, ctx.today, dialogueWhere(ctx))) {
    if (d.due.kind !== "due" && d.due.kind !== "overdue") continue;
    if (!inYears(ctx, d.due.on)) continue;
    const sectors = dialogueSectors(d);
    const sides = uniq(d.participants.map((p) => p.ministry.side));
    if ((sector && !sectors.includes(sector)) || (side && !sides.includes(side))) continue;
    entries.push({
      key: `dialogue-due-${d.slug}`,
      kind: "meeting",
      what: d.due.kind,
      date: d.due.on,
      inferred: false,
      reasoning: null,
      title: nameOf(d),
      href: `/dialogues/${d.slug}`,
      sectors,
      sides,
      status: null,
      place: null,
      citations: [],
      refs: {
        ...noRefs(),
        dialogues: [d.slug],
        ministries: d.participants.map((p) => p.ministry.slug),
        agreements: uniq([d.agreement?.slug]),
      },
      due: d.due.kind,
    });
  }
  return entries;
}
