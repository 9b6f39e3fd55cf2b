import "server-only";
import type { DueState } from "@/lib/cadence";
import { dateRange } from "@/lib/dates";
import type { TimelineFilters } from "@/lib/schemas/timeline-filters";
import { cachedByStamp, dataStamp } from "@/lib/server/cache/cache";
import type { Db } from "@/lib/server/db/prisma";
import { groupByYear, type TimelineKind } from "@/lib/timeline";
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
  /** Events have no page of their own: the id of the event, for its staff Edit link. */
  eventId?: string;
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

/** Which part of the timeline to read: a year range, one kind of entry, a track, a side, one record. */
export type TimelineQuery = {
  from?: number;
  to?: number;
  kind?: TimelineKind;
  sector?: string;
  side?: string;
  scope?: TimelineScope;
  /** At most this many entries, the earliest (in the timeline's order). */
  limit?: number;
  /** Only entries not wholly before this day (YYYY-MM-DD): what is current or coming. */
  since?: string;
};

/** A partial-date column within [from, to] years: ISO strings of any precision compare as strings. */
function yearsWhere(from?: number, to?: number): { gte?: string; lt?: string } | undefined {
  if (from === undefined && to === undefined) return undefined;
  return {
    ...(from !== undefined ? { gte: String(from) } : {}),
    ...(to !== undefined ? { lt: String(to + 1) } : {}),
  };
}

const inYears = (date: string, from?: number, to?: number) => {
  const year = Number(date.slice(0, 4));
  return (from === undefined || year >= from) && (to === undefined || year <= to);
};

/**
 * Dated entries of the requested years, kinds, track, side and record, read from
 * each table with those restrictions in the query, so a timeline costs what it shows
 * rather than the whole database; with `limit`, the earliest `limit` of them in the
 * timeline's order. Cached by the data stamp (lib/server/cache/cache.ts) in the server: correct
 * right after any edit, one indexed lookup otherwise.
 */
export async function listTimelineEntries(db: Db, today: string, query: TimelineQuery = {}): Promise<TimelineEntry[]> {
  const stamp = await dataStamp(db);
  return cachedByStamp("timeline-entries", stamp, [today, query], () => readTimelineEntries(db, today, query));
}

async function readTimelineEntries(db: Db, today: string, query: TimelineQuery): Promise<TimelineEntry[]> {
  const { from, to, kind, sector, side, scope = {}, limit, since } = query;
  const years = yearsWhere(from, to);
  const take = limit === undefined ? {} : { take: limit };
  /** The where for one date column: within the years, and not wholly past `since` (a day, its month or its year). */
  const dateFilter = (field: string) =>
    since
      ? {
          OR: [
            { [field]: { gte: since, ...(to !== undefined ? { lt: String(to + 1) } : {}) } },
            { [field]: since.slice(0, 7) },
            { [field]: since.slice(0, 4) },
          ],
        }
      : { [field]: years ?? { not: null } };
  const wants = (k: TimelineKind) => kind === undefined || kind === k;
  const ministryRef = { select: { slug: true, side: true } } as const;
  const agreementScope = "agreement" in scope ? scope.agreement : undefined;
  const ministryScope = "ministry" in scope ? scope.ministry : undefined;
  const dialogueScope = "dialogue" in scope ? scope.dialogue : undefined;
  const planScope = "plan" in scope ? scope.plan : undefined;
  // One agreement's timeline: its id once, so related rows are matched by key, not by a join per row.
  const agreementId = agreementScope
    ? ((await db.agreement.findUnique({ where: { slug: agreementScope }, select: { id: true } }))?.id ?? "")
    : undefined;
  const byAgreement = agreementId === undefined ? {} : { agreementId };
  const none = { agreements: [], ministries: [], dialogues: [], plans: [] };
  const entries: TimelineEntry[] = [];

  const agreementSectors = {
    topics: { select: { topic: { select: { sector: { select: { slug: true } } } } } },
  } as const;

  // ---- agreements: signed, in effect, expiring
  if (wants("agreement") && !dialogueScope && !planScope) {
    const agreementWhere = {
      archivedAt: null,
      ...(agreementScope ? { slug: agreementScope } : {}),
      AND: [
        ...(ministryScope ? [{ signatories: { some: { ministry: { slug: ministryScope } } } }] : []),
        ...(sector ? [{ topics: { some: { topic: { sector: { slug: sector } } } } }] : []),
        ...(side ? [{ signatories: { some: { ministry: { side } } } }] : []),
      ],
    };
    const agreementSelect = {
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
      ...agreementSectors,
      citations,
    } as const;
    // One query per date field, each ordered by its date, so a limit keeps the earliest entries.
    const perField = await Promise.all(
      (["signedOn", "effectiveOn", "expiresOn"] as const).map((field) =>
        db.agreement.findMany({
          where: { ...agreementWhere, AND: [...agreementWhere.AND, dateFilter(field)] },
          orderBy: [{ [field]: "asc" }, { id: "asc" }],
          ...take,
          select: agreementSelect,
        }),
      ),
    );
    const agreements = [...new Map(perField.flat().map((a) => [a.slug, a] as const)).values()];
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
        if (!date || !inYears(date, from, to)) continue;
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
  }

  // ---- meetings, and dialogues due or overdue by their cadence
  if (wants("meeting")) {
    const dialogueWhere = {
      archivedAt: null,
      ...(dialogueScope ? { slug: dialogueScope } : {}),
      ...byAgreement,
      ...(ministryScope ? { participants: { some: { ministry: { slug: ministryScope } } } } : {}),
    };
    const meetings = await db.meeting.findMany({
      orderBy: [{ heldOn: "asc" }, { id: "asc" }],
      ...take,
      where: {
        archivedAt: null,
        AND: [
          dateFilter("heldOn"),
          agreementScope
            ? {
                OR: [{ dialogue: byAgreement }, { reviews: { some: byAgreement } }],
              }
            : planScope
              ? { reviews: { some: { plan: { slug: planScope } } } }
              : { dialogue: dialogueWhere },
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
      },
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
        dialogue: {
          select: {
            slug: true,
            nameEn: true,
            nameKo: true,
            nameZh: true,
            sector: { select: { slug: true } },
            agreement: { select: { slug: true, ...agreementSectors } },
            participants: { select: { ministry: ministryRef } },
          },
        },
      },
    });
    for (const m of meetings) {
      if (!m.heldOn) continue;
      const d = m.dialogue;
      entries.push({
        key: `meeting-${m.slug}`,
        kind: "meeting",
        what: m.status === "held" ? "held" : m.status,
        date: m.heldOn,
        inferred: m.heldInferred,
        reasoning: m.heldReasoning,
        title: nameOf(d),
        href: `/dialogues/${d.slug}#${m.slug}`,
        // A dialogue's entries belong to its own track and to those of the agreement it comes with.
        sectors: uniq([d.sector.slug, ...(d.agreement?.topics.map((t) => t.topic.sector.slug) ?? [])]),
        sides: uniq(d.participants.map((p) => p.ministry.side)),
        status: m.status,
        place: placeOf(m),
        citations: forField(m.citations, "heldOn"),
        refs: {
          ...none,
          dialogues: [d.slug],
          ministries: d.participants.map((p) => p.ministry.slug),
          agreements: uniq([d.agreement?.slug, ...m.reviews.map((r) => r.agreement?.slug)]),
          plans: uniq(m.reviews.map((r) => r.plan?.slug)),
        },
      });
    }

    if (!planScope) {
      for (const d of await listDialogues(db, today, dialogueWhere)) {
        if (d.due.kind !== "due" && d.due.kind !== "overdue") continue;
        if (!inYears(d.due.on, from, to)) continue;
        const dueSectors = uniq([d.sector.slug, ...(d.agreement?.topics.map((t) => t.topic.sector.slug) ?? [])]);
        const dueSides = uniq(d.participants.map((p) => p.ministry.side));
        if ((sector && !dueSectors.includes(sector)) || (side && !dueSides.includes(side))) continue;
        entries.push({
          key: `dialogue-due-${d.slug}`,
          kind: "meeting",
          what: d.due.kind,
          date: d.due.on,
          inferred: false,
          reasoning: null,
          title: nameOf(d),
          href: `/dialogues/${d.slug}`,
          sectors: uniq([d.sector.slug, ...(d.agreement?.topics.map((t) => t.topic.sector.slug) ?? [])]),
          sides: uniq(d.participants.map((p) => p.ministry.side)),
          status: null,
          place: null,
          citations: [],
          refs: {
            ...none,
            dialogues: [d.slug],
            ministries: d.participants.map((p) => p.ministry.slug),
            agreements: uniq([d.agreement?.slug]),
          },
          due: d.due.kind,
        });
      }
    }
  }

  const planWhere = {
    archivedAt: null,
    ...(planScope ? { slug: planScope } : {}),
    ...byAgreement,
    ...(sector ? { sector: { slug: sector } } : {}),
  };
  const planRefs = (p: {
    slug: string;
    agreement: { slug: string } | null;
    implementingBody: { slug: string } | null;
  }) => ({
    ...none,
    plans: [p.slug],
    agreements: uniq([p.agreement?.slug]),
    ministries: uniq([p.implementingBody?.slug]),
  });
  const planBrief = {
    slug: true,
    sector: { select: { slug: true } },
    agreement: { select: { slug: true } },
    implementingBody: ministryRef,
  } as const;

  // ---- plan periods
  if (wants("plan") && !dialogueScope) {
    const planPeriodWhere = {
      ...planWhere,
      AND: [
        ...(ministryScope ? [{ implementingBody: { slug: ministryScope } }] : []),
        ...(side ? [{ implementingBody: { side } }] : []),
      ],
    };
    const planSelect = {
      ...planBrief,
      titleEn: true,
      titleKo: true,
      titleZh: true,
      startOn: true,
      startInferred: true,
      startReasoning: true,
      endOn: true,
      endInferred: true,
      endReasoning: true,
      citations,
    } as const;
    const perEnd = await Promise.all(
      (["startOn", "endOn"] as const).map((field) =>
        db.actionPlan.findMany({
          where: { ...planPeriodWhere, AND: [...planPeriodWhere.AND, dateFilter(field)] },
          orderBy: [{ [field]: "asc" }, { id: "asc" }],
          ...take,
          select: planSelect,
        }),
      ),
    );
    const plans = [...new Map(perEnd.flat().map((p) => [p.slug, p] as const)).values()];
    for (const p of plans) {
      const base = {
        kind: "plan" as const,
        title: names(p),
        href: `/plans/${p.slug}`,
        sectors: [p.sector.slug],
        sides: uniq([p.implementingBody?.side]),
        status: null,
        place: null,
        refs: planRefs(p),
      };
      if (p.startOn && inYears(p.startOn, from, to))
        entries.push({
          ...base,
          key: `plan-start-${p.slug}`,
          what: "starts",
          date: p.startOn,
          inferred: p.startInferred,
          reasoning: p.startReasoning,
          citations: forField(p.citations, "startOn"),
        });
      if (p.endOn && inYears(p.endOn, from, to))
        entries.push({
          ...base,
          key: `plan-end-${p.slug}`,
          what: "ends",
          date: p.endOn,
          inferred: p.endInferred,
          reasoning: p.endReasoning,
          citations: forField(p.citations, "endOn"),
        });
    }
  }

  // For one agreement or plan, name its plans first: otherwise SQLite walks every item
  // in due-date order (for the limit) testing each one's plan against the record.
  const needsItems = (wants("item") || wants("status")) && !dialogueScope;
  const scopedPlanIds =
    needsItems && (agreementScope || planScope)
      ? (await db.actionPlan.findMany({ where: planWhere, select: { id: true } })).map((p) => p.id)
      : null;
  const itemWhere = {
    archivedAt: null,
    ...(scopedPlanIds ? { planId: { in: scopedPlanIds } } : { plan: planWhere }),
    AND: [
      ...(ministryScope
        ? [
            {
              OR: [
                { responsibleBody: { slug: ministryScope } },
                { plan: { implementingBody: { slug: ministryScope } } },
              ],
            },
          ]
        : []),
      ...(side
        ? [{ OR: [{ responsibleBody: { side } }, { responsibleBodyId: null, plan: { implementingBody: { side } } }] }]
        : []),
    ],
  };
  const itemBrief = {
    slug: true,
    number: true,
    titleEn: true,
    titleKo: true,
    titleZh: true,
    responsibleBody: ministryRef,
    plan: { select: planBrief },
  } as const;
  const itemBase = (item: {
    slug: string;
    titleEn: string;
    titleKo: string | null;
    titleZh: string | null;
    responsibleBody: { slug: string; side: string } | null;
    plan: {
      slug: string;
      sector: { slug: string };
      agreement: { slug: string } | null;
      implementingBody: { slug: string; side: string } | null;
    };
  }) => ({
    title: names(item),
    href: `/plans/${item.plan.slug}#${item.slug}`,
    sectors: [item.plan.sector.slug],
    sides: uniq([item.responsibleBody?.side ?? item.plan.implementingBody?.side]),
    place: null,
    refs: { ...planRefs(item.plan), ministries: uniq([item.responsibleBody?.slug, item.plan.implementingBody?.slug]) },
  });

  // ---- plan items falling due
  if (wants("item") && !dialogueScope) {
    const items = await db.planItem.findMany({
      where: { ...itemWhere, AND: [...itemWhere.AND, dateFilter("dueOn")] },
      orderBy: [{ dueOn: "asc" }, { id: "asc" }],
      ...take,
      select: { ...itemBrief, status: true, dueOn: true, dueInferred: true, dueReasoning: true, citations },
    });
    for (const item of items) {
      if (!item.dueOn) continue;
      entries.push({
        ...itemBase(item),
        key: `item-due-${item.slug}`,
        kind: "item",
        what: "due",
        date: item.dueOn,
        inferred: item.dueInferred,
        reasoning: item.dueReasoning,
        status: item.status,
        citations: forField(item.citations, "dueOn"),
      });
    }
  }

  // ---- status changes
  if (wants("status") && !dialogueScope) {
    // For one record, name its items first: otherwise SQLite walks every status update
    // in date order (for the limit) testing each against the record.
    const scoped = agreementScope || ministryScope || planScope;
    const itemIds = scoped
      ? (await db.planItem.findMany({ where: itemWhere, select: { id: true } })).map((i) => i.id)
      : null;
    const updates = await db.statusUpdate.findMany({
      // assessedOn is never null, so only a year range or `since` restricts it.
      where: {
        ...(itemIds ? { planItemId: { in: itemIds } } : { planItem: itemWhere }),
        AND: years || since ? [dateFilter("assessedOn")] : [],
      },
      orderBy: [{ assessedOn: "asc" }, { id: "asc" }],
      ...take,
      select: { id: true, status: true, assessedOn: true, citations, planItem: { select: itemBrief } },
    });
    for (const u of updates) {
      entries.push({
        ...itemBase(u.planItem),
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

  // ---- events
  if (wants("event") && !dialogueScope && !planScope) {
    const events = await db.event.findMany({
      orderBy: [{ startOn: "asc" }, { id: "asc" }],
      ...take,
      where: {
        archivedAt: null,
        ...(sector ? { sector: { slug: sector } } : {}),
        ...byAgreement,
        AND: [
          dateFilter("startOn"),
          ...(side ? [{ participants: { some: { ministry: { side } } } }] : []),
          ...(ministryScope ? [{ participants: { some: { ministry: { slug: ministryScope } } } }] : []),
        ],
      },
      select: {
        id: true,
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
    });
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
        eventId: e.id,
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
  }
  // Each kind was read earliest first up to the limit, so the earliest overall are among them.
  return limit === undefined
    ? entries
    : groupByYear(entries)
        .flatMap((g) => g.entries)
        .slice(0, limit);
}

/** How many dated rows the timeline holds, and the years they span: for choosing a window. Cached by the data stamp. */
export async function getTimelineExtent(db: Db) {
  return cachedByStamp("timeline-extent", await dataStamp(db), [], () => readTimelineExtent(db));
}

async function readTimelineExtent(db: Db) {
  const [a, m, p, i, s, e] = await Promise.all([
    db.agreement.aggregate({
      where: { archivedAt: null },
      _count: { signedOn: true },
      _min: { signedOn: true },
      _max: { expiresOn: true },
    }),
    db.meeting.aggregate({
      where: { archivedAt: null },
      _count: { heldOn: true },
      _min: { heldOn: true },
      _max: { heldOn: true },
    }),
    db.actionPlan.aggregate({
      where: { archivedAt: null },
      _count: { startOn: true },
      _min: { startOn: true },
      _max: { endOn: true },
    }),
    db.planItem.aggregate({ where: { archivedAt: null }, _count: { dueOn: true }, _max: { dueOn: true } }),
    db.statusUpdate.aggregate({ _count: { _all: true }, _max: { assessedOn: true } }),
    db.event.aggregate({
      where: { archivedAt: null },
      _count: { startOn: true },
      _min: { startOn: true },
      _max: { startOn: true },
    }),
  ]);
  const years = [
    a._min.signedOn,
    a._max.expiresOn,
    m._min.heldOn,
    m._max.heldOn,
    p._min.startOn,
    p._max.endOn,
    i._max.dueOn,
    s._max.assessedOn,
    e._min.startOn,
    e._max.startOn,
  ]
    .filter((d): d is string => Boolean(d))
    .map((d) => Number(d.slice(0, 4)));
  return {
    rows:
      a._count.signedOn + m._count.heldOn + 2 * p._count.startOn + i._count.dueOn + s._count._all + e._count.startOn,
    firstYear: years.length > 0 ? Math.min(...years) : null,
    lastYear: years.length > 0 ? Math.max(...years) : null,
  };
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
