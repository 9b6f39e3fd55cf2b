import type { DueState } from "@/lib/cadence";
import { dateRange } from "@/lib/dates";
import type { Db } from "@/lib/prisma";
import type { TimelineFilters } from "@/lib/schemas/timeline-filters";
import type { TimelineKind } from "@/lib/timeline";
import { type CitationView, citationSelect } from "./citations";
import { listDialogues } from "./dialogues";

type Names = { en: string; ko: string | null; zh: string | null };

/** One dated thing on the timeline. */
export type TimelineEntry = {
  key: string;
  kind: TimelineKind;
  /** What happened on the date: signed, takes effect, held, due… (a message key). */
  what: string;
  date: string;
  inferred: boolean;
  reasoning: string | null;
  title: Names;
  href: string;
  sectors: string[];
  sides: string[];
  status: string | null;
  /** Meetings and events: where. */
  place: Names | null;
  /** The citations for this date, or for the record when none is tied to the date. */
  citations: CitationView[];
  /** The records this entry belongs to, for the timelines embedded in record pages. */
  refs: { agreements: string[]; ministries: string[]; dialogues: string[]; plans: string[] };
  /** Set on entries derived from a dialogue's cadence. */
  due?: DueState["kind"];
};

/** Restricts a timeline to one record, for the timeline embedded in its page. */
export type TimelineScope =
  | { agreement: string }
  | { ministry: string }
  | { dialogue: string }
  | { plan: string }
  | Record<string, never>;

const citations = { where: { archivedAt: null }, orderBy: { createdAt: "asc" }, select: citationSelect } as const;

const forField = (all: CitationView[], field: string) => {
  const tied = all.filter((c) => c.field === field);
  return tied.length > 0 ? tied : all.filter((c) => c.field === null);
};

const names = (r: { titleEn: string; titleKo: string | null; titleZh: string | null }): Names => ({
  en: r.titleEn,
  ko: r.titleKo,
  zh: r.titleZh,
});
const nameOf = (r: { nameEn: string; nameKo: string | null; nameZh: string | null }): Names => ({
  en: r.nameEn,
  ko: r.nameKo,
  zh: r.nameZh,
});
const placeOf = (r: { placeEn: string | null; placeKo: string | null; placeZh: string | null }): Names | null =>
  r.placeEn ? { en: r.placeEn, ko: r.placeKo, zh: r.placeZh } : null;
const uniq = (xs: (string | null | undefined)[]) => [...new Set(xs.filter((x): x is string => Boolean(x)))];

/** Everything dated, as timeline entries (not yet filtered or sorted). */
export async function listTimelineEntries(db: Db, today: string): Promise<TimelineEntry[]> {
  const ministryRef = { select: { slug: true, side: true } } as const;
  const [agreements, dialogues, plans, events] = await Promise.all([
    db.agreement.findMany({
      where: { archivedAt: null },
      select: {
        slug: true,
        titleEn: true,
        titleKo: true,
        titleZh: true,
        status: true,
        signedOn: true,
        signedInferred: true,
        signedReasoning: true,
        effectiveOn: true,
        effectiveInferred: true,
        effectiveReasoning: true,
        expiresOn: true,
        expiresInferred: true,
        expiresReasoning: true,
        signatories: { select: { ministry: ministryRef } },
        topics: { select: { topic: { select: { sector: { select: { slug: true } } } } } },
        citations,
      },
    }),
    db.dialogue.findMany({
      where: { archivedAt: null },
      select: {
        slug: true,
        nameEn: true,
        nameKo: true,
        nameZh: true,
        agreement: {
          select: { slug: true, topics: { select: { topic: { select: { sector: { select: { slug: true } } } } } } },
        },
        sector: { select: { slug: true } },
        participants: { select: { ministry: ministryRef } },
        meetings: {
          where: { archivedAt: null },
          select: {
            slug: true,
            number: true,
            status: true,
            heldOn: true,
            heldInferred: true,
            heldReasoning: true,
            placeEn: true,
            placeKo: true,
            placeZh: true,
            reviews: { select: { agreement: { select: { slug: true } }, plan: { select: { slug: true } } } },
            citations,
          },
        },
      },
    }),
    db.actionPlan.findMany({
      where: { archivedAt: null },
      select: {
        slug: true,
        titleEn: true,
        titleKo: true,
        titleZh: true,
        startOn: true,
        startInferred: true,
        startReasoning: true,
        endOn: true,
        endInferred: true,
        endReasoning: true,
        sector: { select: { slug: true } },
        agreement: { select: { slug: true } },
        implementingBody: ministryRef,
        citations,
        items: {
          where: { archivedAt: null },
          select: {
            slug: true,
            number: true,
            titleEn: true,
            titleKo: true,
            titleZh: true,
            status: true,
            dueOn: true,
            dueInferred: true,
            dueReasoning: true,
            responsibleBody: ministryRef,
            citations,
            statusUpdates: {
              select: { id: true, status: true, assessedOn: true, basis: true, citations, evidenceSourceId: true },
            },
          },
        },
      },
    }),
    db.event.findMany({
      where: { archivedAt: null },
      select: {
        slug: true,
        kind: true,
        status: true,
        titleEn: true,
        titleKo: true,
        titleZh: true,
        startOn: true,
        startInferred: true,
        startReasoning: true,
        placeEn: true,
        placeKo: true,
        placeZh: true,
        sector: { select: { slug: true } },
        agreement: { select: { slug: true } },
        participants: { select: { ministry: ministryRef } },
        citations,
      },
    }),
  ]);

  const entries: TimelineEntry[] = [];
  const none = { agreements: [], ministries: [], dialogues: [], plans: [] };

  for (const a of agreements) {
    const base = {
      kind: "agreement" as const,
      title: names(a),
      href: `/agreements/${a.slug}`,
      sectors: uniq(a.topics.map((t) => t.topic.sector.slug)),
      sides: uniq(a.signatories.map((s) => s.ministry.side)),
      status: a.status,
      place: null,
      refs: { ...none, agreements: [a.slug], ministries: a.signatories.map((s) => s.ministry.slug) },
    };
    const dates = [
      ["signed", a.signedOn, a.signedInferred, a.signedReasoning, "signedOn"],
      ["effective", a.effectiveOn, a.effectiveInferred, a.effectiveReasoning, "effectiveOn"],
      ["expires", a.expiresOn, a.expiresInferred, a.expiresReasoning, "expiresOn"],
    ] as const;
    for (const [what, date, inferred, reasoning, field] of dates) {
      if (!date) continue;
      entries.push({
        ...base,
        key: `agreement-${what}-${a.slug}`,
        what,
        date,
        inferred,
        reasoning,
        citations: forField(a.citations, field),
      });
    }
  }

  // A dialogue's entries belong to its own track and to those of the agreement it comes with.
  const dialogueSectors = (d: (typeof dialogues)[number]) =>
    uniq([d.sector.slug, ...(d.agreement?.topics.map((t) => t.topic.sector.slug) ?? [])]);
  for (const d of dialogues) {
    const sides = uniq(d.participants.map((p) => p.ministry.side));
    const refsBase = {
      ...none,
      dialogues: [d.slug],
      ministries: d.participants.map((p) => p.ministry.slug),
    };
    for (const m of d.meetings) {
      if (!m.heldOn) continue;
      entries.push({
        key: `meeting-${m.slug}`,
        kind: "meeting",
        what: m.status === "held" ? "held" : m.status,
        date: m.heldOn,
        inferred: m.heldInferred,
        reasoning: m.heldReasoning,
        title: { ...nameOf(d) },
        href: `/dialogues/${d.slug}#${m.slug}`,
        sectors: dialogueSectors(d),
        sides,
        status: m.status,
        place: placeOf(m),
        citations: forField(m.citations, "heldOn"),
        refs: {
          ...refsBase,
          agreements: uniq([d.agreement?.slug, ...m.reviews.map((r) => r.agreement?.slug)]),
          plans: uniq(m.reviews.map((r) => r.plan?.slug)),
        },
      });
    }
  }

  // Dialogues due or overdue by their cadence appear as entries of their own.
  for (const d of await listDialogues(db, today)) {
    if (d.due.kind !== "due" && d.due.kind !== "overdue") continue;
    const source = dialogues.find((x) => x.slug === d.slug);
    entries.push({
      key: `dialogue-due-${d.slug}`,
      kind: "meeting",
      what: d.due.kind,
      date: d.due.on,
      inferred: false,
      reasoning: null,
      title: nameOf(d),
      href: `/dialogues/${d.slug}`,
      sectors: source ? dialogueSectors(source) : [d.sector.slug],
      sides: uniq(d.participants.map((p) => p.ministry.side)),
      status: null,
      place: null,
      citations: [],
      refs: {
        ...none,
        dialogues: [d.slug],
        ministries: d.participants.map((p) => p.ministry.slug),
        agreements: uniq([source?.agreement?.slug]),
      },
      due: d.due.kind,
    });
  }

  for (const p of plans) {
    const base = {
      kind: "plan" as const,
      title: names(p),
      href: `/plans/${p.slug}`,
      sectors: [p.sector.slug],
      sides: uniq([p.implementingBody?.side]),
      status: null,
      place: null,
      refs: {
        ...none,
        plans: [p.slug],
        agreements: uniq([p.agreement?.slug]),
        ministries: uniq([p.implementingBody?.slug]),
      },
    };
    if (p.startOn)
      entries.push({
        ...base,
        key: `plan-start-${p.slug}`,
        what: "starts",
        date: p.startOn,
        inferred: p.startInferred,
        reasoning: p.startReasoning,
        citations: forField(p.citations, "startOn"),
      });
    if (p.endOn)
      entries.push({
        ...base,
        key: `plan-end-${p.slug}`,
        what: "ends",
        date: p.endOn,
        inferred: p.endInferred,
        reasoning: p.endReasoning,
        citations: forField(p.citations, "endOn"),
      });
    for (const item of p.items) {
      const itemBase = {
        title: names(item),
        href: `/plans/${p.slug}#${item.slug}`,
        sectors: [p.sector.slug],
        sides: uniq([item.responsibleBody?.side ?? p.implementingBody?.side]),
        place: null,
        refs: {
          ...base.refs,
          ministries: uniq([item.responsibleBody?.slug, p.implementingBody?.slug]),
        },
      };
      if (item.dueOn)
        entries.push({
          ...itemBase,
          key: `item-due-${item.slug}`,
          kind: "item",
          what: "due",
          date: item.dueOn,
          inferred: item.dueInferred,
          reasoning: item.dueReasoning,
          status: item.status,
          citations: forField(item.citations, "dueOn"),
        });
      for (const u of item.statusUpdates) {
        entries.push({
          ...itemBase,
          key: `status-${u.id}`,
          kind: "status",
          what: "statusChanged",
          date: u.assessedOn,
          inferred: false,
          reasoning: null,
          status: u.status,
          citations: u.citations,
        });
      }
    }
  }

  for (const e of events) {
    if (!e.startOn) continue;
    entries.push({
      key: `event-${e.slug}`,
      kind: "event",
      what: e.kind,
      date: e.startOn,
      inferred: e.startInferred,
      reasoning: e.startReasoning,
      title: names(e),
      href: `/timeline#event-${e.slug}`,
      sectors: uniq([e.sector?.slug]),
      sides: uniq(e.participants.map((p) => p.ministry.side)),
      status: e.status,
      place: placeOf(e),
      citations: forField(e.citations, "startOn"),
      refs: {
        ...none,
        agreements: uniq([e.agreement?.slug]),
        ministries: e.participants.map((p) => p.ministry.slug),
      },
    });
  }
  return entries;
}

/** The entries that pass the URL's filters and, for an embedded timeline, belong to its record. */
export function filterTimeline(
  entries: readonly TimelineEntry[],
  filters: TimelineFilters,
  scope: TimelineScope = {},
): TimelineEntry[] {
  return entries.filter((e) => {
    if (filters.sector && !e.sectors.includes(filters.sector)) return false;
    if (filters.side && !e.sides.includes(filters.side)) return false;
    if (filters.kind && e.kind !== filters.kind) return false;
    const { first, last } = dateRange(e.date);
    if (filters.from !== undefined && Number(last.slice(0, 4)) < filters.from) return false;
    if (filters.to !== undefined && Number(first.slice(0, 4)) > filters.to) return false;
    if ("agreement" in scope && !e.refs.agreements.includes(scope.agreement)) return false;
    if ("ministry" in scope && !e.refs.ministries.includes(scope.ministry)) return false;
    if ("dialogue" in scope && !e.refs.dialogues.includes(scope.dialogue)) return false;
    if ("plan" in scope && !e.refs.plans.includes(scope.plan)) return false;
    return true;
  });
}
