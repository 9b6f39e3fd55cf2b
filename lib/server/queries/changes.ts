import "server-only";
import { startOfSeoulDay } from "@/lib/dates";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assessmentFields, namedLink, titledLink, titleFields } from "@/lib/server/db/fragments";
import type { Db } from "@/lib/server/db/prisma";
import { eventTimelineHref } from "@/lib/timeline";

/** Restricts the change feed to one record and what hangs off it. */
export type FeedScope =
  | { agreement: string }
  | { ministry: string }
  | { dialogue: string }
  | { plan: string }
  | Record<string, never>;

export type FeedEntry = {
  id: string;
  kind: "agreement" | "meeting" | "statusUpdate";
  at: Date;
  updatedAt: Date;
  title: { en: string; ko: string | null; zh: string | null };
  href: string;
  detail: string;
};

export const FEED_LIMIT = 100;

/** The ids a scope names, or null when its record does not exist. */
async function scopeWhere(db: Db, scope: FeedScope) {
  const none = { agreement: {}, meeting: {}, statusUpdate: {} } as {
    agreement: Prisma.AgreementWhereInput;
    meeting: Prisma.MeetingWhereInput;
    statusUpdate: Prisma.StatusUpdateWhereInput;
  };
  if ("agreement" in scope) {
    const a = await db.agreement.findFirst({
      where: { slug: scope.agreement, archivedAt: null },
      select: { id: true },
    });
    if (!a) return null;
    return {
      agreement: { OR: [{ id: a.id }, { previousId: a.id }] },
      meeting: { OR: [{ reviews: { some: { agreementId: a.id } } }, { dialogue: { agreementId: a.id } }] },
      statusUpdate: { planItem: { plan: { agreementId: a.id } } },
    };
  }
  if ("ministry" in scope) {
    const m = await db.ministry.findFirst({ where: { slug: scope.ministry, archivedAt: null }, select: { id: true } });
    if (!m) return null;
    return {
      agreement: { signatories: { some: { ministryId: m.id } } },
      meeting: { dialogue: { participants: { some: { ministryId: m.id } } } },
      statusUpdate: {
        planItem: { OR: [{ responsibleBodyId: m.id }, { plan: { implementingBodyId: m.id } }] },
      },
    };
  }
  if ("dialogue" in scope) {
    const d = await db.dialogue.findFirst({
      where: { slug: scope.dialogue, archivedAt: null },
      select: { id: true, agreementId: true },
    });
    if (!d) return null;
    return {
      agreement: d.agreementId ? { id: d.agreementId } : { id: "" },
      meeting: { dialogueId: d.id },
      statusUpdate: { planItem: { plan: { reviews: { some: { meeting: { dialogueId: d.id } } } } } },
    };
  }
  if ("plan" in scope) {
    const p = await db.actionPlan.findFirst({
      where: { slug: scope.plan, archivedAt: null },
      select: { id: true, agreementId: true },
    });
    if (!p) return null;
    return {
      agreement: p.agreementId ? { id: p.agreementId } : { id: "" },
      meeting: { reviews: { some: { planId: p.id } } },
      statusUpdate: { planItem: { plan: { OR: [{ id: p.id }, { parentId: p.id }] } } },
    };
  }
  return none;
}

/**
 * What the Atom feed shows: new agreements, meetings and status updates, newest
 * first, optionally for one record. Null when the scope's record does not exist.
 */
export async function listFeedEntries(db: Db, scope: FeedScope, limit = FEED_LIMIT): Promise<FeedEntry[] | null> {
  const where = await scopeWhere(db, scope);
  if (!where) return null;
  const [agreements, meetings, updates] = await Promise.all([
    db.agreement.findMany({
      where: { archivedAt: null, ...where.agreement },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: limit,
      select: {
        id: true,
        slug: true,
        kind: true,
        status: true,
        signedOn: true,
        ...titleFields,
        createdAt: true,
        updatedAt: true,
      },
    }),
    db.meeting.findMany({
      where: { archivedAt: null, dialogue: { archivedAt: null }, ...where.meeting },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: limit,
      select: {
        id: true,
        slug: true,
        number: true,
        status: true,
        heldOn: true,
        placeEn: true,
        createdAt: true,
        updatedAt: true,
        dialogue: { select: namedLink },
      },
    }),
    db.statusUpdate.findMany({
      where: { planItem: { archivedAt: null }, ...where.statusUpdate },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: limit,
      select: {
        ...assessmentFields,
        noteEn: true,
        createdAt: true,
        updatedAt: true,
        planItem: {
          select: {
            slug: true,
            number: true,
            ...titleFields,
            plan: { select: { slug: true, titleEn: true } },
          },
        },
      },
    }),
  ]);
  const entries: FeedEntry[] = [
    ...agreements.map((a) => ({
      id: `agreement-${a.id}`,
      kind: "agreement" as const,
      at: a.createdAt,
      updatedAt: a.updatedAt,
      title: { en: `New agreement: ${a.titleEn}`, ko: a.titleKo, zh: a.titleZh },
      href: `/agreements/${a.slug}`,
      detail: [a.kind, a.status, a.signedOn ? `signed ${a.signedOn}` : null].filter(Boolean).join(" · "),
    })),
    ...meetings.map((m) => ({
      id: `meeting-${m.id}`,
      kind: "meeting" as const,
      at: m.createdAt,
      updatedAt: m.updatedAt,
      title: {
        en: `Meeting${m.number ? ` ${m.number}` : ""} of the ${m.dialogue.nameEn}${m.heldOn ? ` (${m.heldOn})` : ""}`,
        ko: m.dialogue.nameKo,
        zh: m.dialogue.nameZh,
      },
      href: `/dialogues/${m.dialogue.slug}#${m.slug}`,
      detail: [m.status, m.heldOn, m.placeEn].filter(Boolean).join(" · "),
    })),
    ...updates.map((u) => ({
      id: `status-update-${u.id}`,
      kind: "statusUpdate" as const,
      at: u.createdAt,
      updatedAt: u.updatedAt,
      title: {
        en: `Status: ${u.planItem.titleEn}: ${u.status.replaceAll("_", " ")}`,
        ko: u.planItem.titleKo,
        zh: u.planItem.titleZh,
      },
      href: `/plans/${u.planItem.plan.slug}#${u.planItem.slug}`,
      detail: [
        `${u.planItem.plan.titleEn}, item ${u.planItem.number}`,
        `assessed ${u.assessedOn} (${u.basis})`,
        u.progress !== null ? `${u.progress}% done` : null,
        u.noteEn,
      ]
        .filter(Boolean)
        .join(" · "),
    })),
  ];
  return entries.sort((a, b) => b.at.getTime() - a.at.getTime() || a.id.localeCompare(b.id)).slice(0, limit);
}

export const CHANGE_KINDS = [
  "agreement",
  "ministry",
  "dialogue",
  "meeting",
  "plan",
  "item",
  "event",
  "source",
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/**
 * When what a record is about happened (an agreement signed, a meeting held, an event
 * dated), as its partial date: told apart from when the tracker added or changed it.
 */
export type Happened = { what: "signed" | "held" | "dated"; on: string };

export type ChangedRecord = {
  kind: ChangeKind;
  key: string;
  title: { en: string; ko: string | null; zh: string | null };
  href: string;
  /** Added to the tracker since the day asked (not: happened since). */
  isNew: boolean;
  /** When the tracker last changed it. */
  at: Date;
  happened: Happened | null;
};

/** Status assessments, listed with the record kinds on /changes (`?kind=status`). */
export type ChangeList = ChangeKind | "status";

/** How much of each kind to load: the newest `take` (after `skip`, for the kind in `only`). */
export type ChangesWindow = {
  /** Rows per kind (default 20): the newest of each, or one page of `only`. */
  take?: number;
  /** Status assessments to load when `only` is not given (default: `take`). */
  takeAssessments?: number;
  /** One kind (or the status assessments) to page through: the others are counted, not loaded. */
  only?: ChangeList | null;
  /** Rows of `only` to pass over (its page). */
  skip?: number;
};

/**
 * What was created or updated since a day (YYYY-MM-DD, from its start in Seoul, the
 * day todayIso names), and the status assessments recorded since, newest first: what an
 * analyst back after a month needs to read. Each kind is counted in full but only its
 * newest `take` rows are loaded (a seed load or a bulk import adds hundreds of thousands).
 */
export async function listChangesSince(db: Db, since: string, window: ChangesWindow = {}) {
  const from = startOfSeoulDay(since);
  const take = window.take ?? 20;
  const only = window.only ?? null;
  const rowsOf = (kind: ChangeList) =>
    only === null
      ? { take: kind === "status" ? (window.takeAssessments ?? take) : take }
      : only === kind
        ? { take, skip: window.skip ?? 0 }
        : { take: 0 };
  const changed = { archivedAt: null, updatedAt: { gte: from } };
  const assessed = { createdAt: { gte: from } };
  const [agreements, ministries, dialogues, meetings, plans, items, events, sources, statusUpdates, counts] =
    await loadChanges(db, changed, assessed, rowsOf);
  const rec = (
    kind: ChangeKind,
    key: string,
    title: ChangedRecord["title"],
    href: string,
    r: { createdAt: Date; updatedAt: Date },
    happened: Happened | null = null,
  ): ChangedRecord => ({ kind, key, title, href, isNew: r.createdAt >= from, at: r.updatedAt, happened });
  const on = (what: Happened["what"], date: string | null): Happened | null => (date ? { what, on: date } : null);
  const t = (r: { titleEn: string; titleKo: string | null; titleZh: string | null }) => ({
    en: r.titleEn,
    ko: r.titleKo,
    zh: r.titleZh,
  });
  const n = (r: { nameEn: string; nameKo: string | null; nameZh: string | null }) => ({
    en: r.nameEn,
    ko: r.nameKo,
    zh: r.nameZh,
  });
  const records: ChangedRecord[] = [
    ...agreements.map((a) => rec("agreement", a.slug, t(a), `/agreements/${a.slug}`, a, on("signed", a.signedOn))),
    ...ministries.map((m) => rec("ministry", m.slug, n(m), `/ministries/${m.slug}`, m)),
    ...dialogues.map((d) => rec("dialogue", d.slug, n(d), `/dialogues/${d.slug}`, d)),
    ...meetings.map((m) =>
      rec(
        "meeting",
        m.slug,
        {
          en: `${m.dialogue.nameEn}${m.number ? ` #${m.number}` : ""}${m.heldOn ? ` (${m.heldOn})` : ""}`,
          ko: m.dialogue.nameKo,
          zh: m.dialogue.nameZh,
        },
        `/dialogues/${m.dialogue.slug}#${m.slug}`,
        m,
        on("held", m.heldOn),
      ),
    ),
    ...plans.map((p) => rec("plan", p.slug, t(p), `/plans/${p.slug}`, p)),
    ...items.map((i) => rec("item", i.slug, t(i), `/plans/${i.plan.slug}#${i.slug}`, i)),
    ...events.map((e) => rec("event", e.slug, t(e), eventTimelineHref(e.slug, e.startOn), e, on("dated", e.startOn))),
    ...sources.map((s) => rec("source", s.id, { en: s.title, ko: null, zh: null }, `/sources/${s.id}`, s)),
  ].sort((a, b) => b.at.getTime() - a.at.getTime() || a.key.localeCompare(b.key));
  const [agreement, ministry, dialogue, meeting, plan, item, event, source, status] = counts;
  /** How many of each kind changed since the day, loaded or not. */
  const count: Record<ChangeList, number> = {
    agreement,
    ministry,
    dialogue,
    meeting,
    plan,
    item,
    event,
    source,
    status,
  };
  const total = Object.values(count).reduce((sum, n) => sum + n, 0);
  return { since, records, statusUpdates, count, total, kinds: CHANGE_KINDS };
}

/** Each kind's newest changed rows (as `rowsOf` says, none for a kind only counted) and every kind's count. */
function loadChanges(
  db: Db,
  changed: { archivedAt: null; updatedAt: { gte: Date } },
  assessed: { createdAt: { gte: Date } },
  rowsOf: (kind: ChangeList) => { take: number; skip?: number },
) {
  const newest = [{ updatedAt: "desc" as const }, { slug: "asc" as const }];
  const stamp = { createdAt: true, updatedAt: true } as const;
  const titled = { ...titledLink, ...stamp } as const;
  const named = { ...namedLink, ...stamp } as const;
  // A kind not to load is only counted (Prisma would still run a `take: 0` query).
  const load = <R>(kind: ChangeList, query: (rows: { take: number; skip?: number }) => Promise<R[]>) => {
    const rows = rowsOf(kind);
    return rows.take === 0 ? Promise.resolve([] as R[]) : query(rows);
  };
  return Promise.all([
    load("agreement", (rows) =>
      db.agreement.findMany({ where: changed, orderBy: newest, ...rows, select: { ...titled, signedOn: true } }),
    ),
    load("ministry", (rows) => db.ministry.findMany({ where: changed, orderBy: newest, ...rows, select: named })),
    load("dialogue", (rows) => db.dialogue.findMany({ where: changed, orderBy: newest, ...rows, select: named })),
    load("meeting", (rows) =>
      db.meeting.findMany({
        where: changed,
        orderBy: newest,
        ...rows,
        select: { slug: true, number: true, heldOn: true, ...stamp, dialogue: { select: named } },
      }),
    ),
    load("plan", (rows) => db.actionPlan.findMany({ where: changed, orderBy: newest, ...rows, select: titled })),
    load("item", (rows) =>
      db.planItem.findMany({
        where: changed,
        orderBy: newest,
        ...rows,
        select: { ...titled, number: true, plan: { select: { slug: true } } },
      }),
    ),
    load("event", (rows) =>
      db.event.findMany({ where: changed, orderBy: newest, ...rows, select: { ...titled, startOn: true } }),
    ),
    load("source", (rows) =>
      db.source.findMany({
        where: changed,
        orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
        ...rows,
        select: { id: true, title: true, ...stamp },
      }),
    ),
    load("status", (rows) =>
      db.statusUpdate.findMany({
        where: assessed,
        orderBy: [{ createdAt: "desc" }, { id: "asc" }],
        ...rows,
        select: {
          ...assessmentFields,
          noteEn: true,
          createdAt: true,
          planItem: {
            select: {
              slug: true,
              number: true,
              ...titleFields,
              plan: { select: { slug: true } },
            },
          },
        },
      }),
    ),
    Promise.all([
      db.agreement.count({ where: changed }),
      db.ministry.count({ where: changed }),
      db.dialogue.count({ where: changed }),
      db.meeting.count({ where: changed }),
      db.actionPlan.count({ where: changed }),
      db.planItem.count({ where: changed }),
      db.event.count({ where: changed }),
      db.source.count({ where: changed }),
      db.statusUpdate.count({ where: assessed }),
    ]),
  ]);
}
