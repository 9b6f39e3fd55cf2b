import "server-only";
import type { DueState } from "@/lib/cadence";
import type { Db } from "@/lib/server/db/prisma";
import type { TimelineKind } from "@/lib/timeline";
import { type CitationView, citationSelect } from "../citations";

/**
 * What every kind of timeline entry shares: the entry's shape, the query, and the
 * context one read of the timeline builds from it (years, scope, limit) for the
 * readers of each kind (./agreements.ts, ./meetings.ts, ./plans.ts, ./items.ts,
 * ./events.ts), which ./index.ts merges.
 */

export type Names = { en: string; ko: string | null; zh: string | null };

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

/** One read of the timeline: the query, unpacked, and what every kind's reader derives from it. */
export type TimelineContext = {
  db: Db;
  today: string;
  from?: number;
  to?: number;
  sector?: string;
  side?: string;
  since?: string;
  /** The year range as a where on a partial-date column. */
  years: { gte?: string; lt?: string } | undefined;
  /** Prisma's `take` for the limit: each kind reads at most the earliest `limit` rows. */
  take: { take?: number };
  agreementScope?: string;
  ministryScope?: string;
  dialogueScope?: string;
  planScope?: string;
  /** One agreement's timeline: rows that name it by key. */
  byAgreement: { agreementId?: string };
};

/** A partial-date column within [from, to] years: ISO strings of any precision compare as strings. */
function yearsWhere(from?: number, to?: number): { gte?: string; lt?: string } | undefined {
  if (from === undefined && to === undefined) return undefined;
  return {
    ...(from !== undefined ? { gte: String(from) } : {}),
    ...(to !== undefined ? { lt: String(to + 1) } : {}),
  };
}

export async function timelineContext(db: Db, today: string, query: TimelineQuery): Promise<TimelineContext> {
  const { from, to, sector, side, scope = {}, limit, since } = query;
  const agreementScope = "agreement" in scope ? scope.agreement : undefined;
  // One agreement's timeline: its id once, so related rows are matched by key, not by a join per row.
  const agreementId = agreementScope
    ? ((await db.agreement.findUnique({ where: { slug: agreementScope }, select: { id: true } }))?.id ?? "")
    : undefined;
  return {
    db,
    today,
    from,
    to,
    sector,
    side,
    since,
    years: yearsWhere(from, to),
    take: limit === undefined ? {} : { take: limit },
    agreementScope,
    ministryScope: "ministry" in scope ? scope.ministry : undefined,
    dialogueScope: "dialogue" in scope ? scope.dialogue : undefined,
    planScope: "plan" in scope ? scope.plan : undefined,
    byAgreement: agreementId === undefined ? {} : { agreementId },
  };
}

/** The where for one date column: within the years, and not wholly past `since` (a day, its month or its year). */
export function dateFilter(ctx: TimelineContext, field: string) {
  const { since, to, years } = ctx;
  return since
    ? {
        OR: [
          { [field]: { gte: since, ...(to !== undefined ? { lt: String(to + 1) } : {}) } },
          { [field]: since.slice(0, 7) },
          { [field]: since.slice(0, 4) },
        ],
      }
    : { [field]: years ?? { not: null } };
}

export const inYears = (ctx: TimelineContext, date: string) => {
  const year = Number(date.slice(0, 4));
  return (ctx.from === undefined || year >= ctx.from) && (ctx.to === undefined || year <= ctx.to);
};

export const citations = {
  where: { archivedAt: null },
  orderBy: { createdAt: "asc" },
  select: citationSelect,
} as const;

export const forField = (all: CitationView[], field: string) => {
  const tied = all.filter((c) => c.field === field);
  return tied.length > 0 ? tied : all.filter((c) => c.field === null);
};

export const titleOf = (r: { titleEn: string; titleKo: string | null; titleZh: string | null }): Names => ({
  en: r.titleEn,
  ko: r.titleKo,
  zh: r.titleZh,
});
export const nameOf = (r: { nameEn: string; nameKo: string | null; nameZh: string | null }): Names => ({
  en: r.nameEn,
  ko: r.nameKo,
  zh: r.nameZh,
});
export const placeOf = (r: { placeEn: string | null; placeKo: string | null; placeZh: string | null }): Names | null =>
  r.placeEn ? { en: r.placeEn, ko: r.placeKo, zh: r.placeZh } : null;
export const uniq = (xs: (string | null | undefined)[]) => [...new Set(xs.filter((x): x is string => Boolean(x)))];

/** An entry's refs with no record named, for each reader to fill in. */
export const noRefs = (): TimelineEntry["refs"] => ({ agreements: [], ministries: [], dialogues: [], plans: [] });

/** The tracks an agreement's topics belong to. */
export const agreementSectors = {
  topics: { select: { topic: { select: { sector: { select: { slug: true } } } } } },
} as const;

/**
 * A kind's read of its earliest rows by one date field: its own conditions and the
 * window's on that field, in date order (ties by id), at most the limit.
 */
export function byDate<W extends { AND: readonly object[] }>(ctx: TimelineContext, where: W, field: string) {
  return {
    where: { ...where, AND: [...where.AND, dateFilter(ctx, field)] },
    orderBy: [{ [field]: "asc" as const }, { id: "asc" as const }],
    ...ctx.take,
  };
}

/**
 * Rows read once per date column, each read ordered by its date so that a limit
 * keeps the earliest entries; a record dated in several of them comes once.
 */
export async function earliestByDate<F extends string, R extends { slug: string }>(
  fields: readonly F[],
  read: (field: F) => Promise<R[]>,
): Promise<R[]> {
  const perField = await Promise.all(fields.map(read));
  return [...new Map(perField.flat().map((r) => [r.slug, r] as const)).values()];
}

type EntryBase = Omit<TimelineEntry, "key" | "what" | "date" | "inferred" | "reasoning" | "citations">;
/** One date of a record: the entry's key, what happened, the date as stored, and the column its citations name. */
type DateOf = readonly [
  key: string,
  what: string,
  date: string | null,
  inferred: boolean,
  reasoning: string | null,
  field: string,
];

/** A record's entries, one for each of its dates within the years. */
export function datedEntries(
  ctx: TimelineContext,
  base: EntryBase,
  cited: CitationView[],
  dates: readonly DateOf[],
): TimelineEntry[] {
  return dates.flatMap(([key, what, date, inferred, reasoning, field]) =>
    date && inYears(ctx, date)
      ? [{ ...base, key, what, date, inferred, reasoning, citations: forField(cited, field) }]
      : [],
  );
}
