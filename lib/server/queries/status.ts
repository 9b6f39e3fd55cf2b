import "server-only";
import { dateRange, daysBetween } from "@/lib/dates";
import { Prisma } from "@/lib/generated/prisma/client";
import { IMPLEMENTATION_STATUSES, type ImplementationStatus } from "@/lib/schemas/vocab";
import { cachedByStamp, dataStamp } from "@/lib/server/cache/cache";
import { datedFields, namedLink, titledLink } from "@/lib/server/db/fragments";
import type { Db } from "@/lib/server/db/prisma";
import {
  emptyCounts,
  OPEN_STATUSES,
  STATUS_PAGE_GROUPS,
  STATUS_PAGE_ITEMS,
  STATUS_PREVIEW_GROUPS,
  STATUS_PREVIEW_ITEMS,
  type StatusCounts,
  type StatusShow,
} from "@/lib/status";

const titled = titledLink;
const named = namedLink;

/** How far ahead to look for agreements that expire or fall due for renewal. */
export const RENEWAL_WINDOW_DAYS = 180;
/** Which part of the board is shown whole, and its page: none is the overview. */
export type StatusWindow = { show?: StatusShow; page?: number };

/** A list's window: how many to skip and take, none (take 0) when the page shows another list whole. */
type Slice = { skip: number; take: number };

const OPEN = [...OPEN_STATUSES];

type Group = { key: string | null; status: string; count: number };

function toCounts(groups: readonly Group[]): Map<string | null, StatusCounts> {
  const out = new Map<string | null, StatusCounts>();
  for (const g of groups) {
    const counts = out.get(g.key) ?? emptyCounts();
    if (g.status in counts) counts[g.status as ImplementationStatus] += g.count;
    out.set(g.key, counts);
  }
  return out;
}

const total = (c: StatusCounts) => IMPLEMENTATION_STATUSES.reduce((n, s) => n + c[s], 0);

/**
 * SQL for "the last day this partial date can stand for is before `day`": a year
 * compares with the day's year, a month with its month, a day with the day. Any such
 * date also sorts before `day` as a string, which the first condition says so that
 * an index on the column can serve the range.
 */
function endsBefore(column: Prisma.Sql, day: string): Prisma.Sql {
  return Prisma.sql`${column} < ${day} AND ((length(${column}) = 10 AND ${column} < ${day})
    OR (length(${column}) = 7 AND ${column} < ${day.slice(0, 7)})
    OR (length(${column}) = 4 AND ${column} < ${day.slice(0, 4)}))`;
}

const itemListSelect = {
  id: true,
  ...titled,
  number: true,
  status: true,
  dueOn: true,
  statusAssessedOn: true,
  plan: { select: titled },
} as const;

/** Items open and past due: the slice of them, oldest due first, and how many there are. */
async function overdueItems(db: Db, today: string, { skip, take }: Slice) {
  const where = Prisma.sql`i."archivedAt" IS NULL AND i."dueOn" IS NOT NULL
    AND i."status" IN (${Prisma.join(OPEN)}) AND ${endsBefore(Prisma.sql`i."dueOn"`, today)}`;
  const [ids, [count]] = await Promise.all([
    take === 0
      ? Promise.resolve([])
      : db.$queryRaw<{ id: string }[]>(
          Prisma.sql`SELECT i."id" FROM "PlanItem" i WHERE ${where} ORDER BY i."dueOn" ASC, i."id" ASC LIMIT ${take} OFFSET ${skip}`,
        ),
    db.$queryRaw<{ n: bigint | number }[]>(Prisma.sql`SELECT COUNT(*) AS n FROM "PlanItem" i WHERE ${where}`),
  ]);
  return {
    items: await itemsInOrder(
      db,
      ids.map((r) => r.id),
    ),
    count: Number(count?.n ?? 0),
  };
}

/**
 * Items open and not assessed for `staleDays`, the slice of them, the longest unassessed
 * first and then those never assessed (they count from when they were recorded).
 */
async function staleItems(db: Db, today: string, staleDays: number, { skip, take }: Slice) {
  const cutoff = new Date(Date.parse(`${today}T00:00:00Z`) - staleDays * 86_400_000).toISOString().slice(0, 10);
  const where = Prisma.sql`i."archivedAt" IS NULL AND i."status" IN (${Prisma.join(OPEN)})
    AND i."statusAssessedOn" IS NOT NULL AND ${endsBefore(Prisma.sql`i."statusAssessedOn"`, cutoff)}`;
  const neverWhere = {
    archivedAt: null,
    status: { in: OPEN },
    statusAssessedOn: null,
    createdAt: { lt: new Date(`${cutoff}T00:00:00Z`) },
  };
  const [[count], neverCount] = await Promise.all([
    db.$queryRaw<{ n: bigint | number }[]>(Prisma.sql`SELECT COUNT(*) AS n FROM "PlanItem" i WHERE ${where}`),
    db.planItem.count({ where: neverWhere }),
  ]);
  const assessedCount = Number(count?.n ?? 0);
  // The assessed ones first: the slice takes what it can of them, then of the never assessed.
  const [ids, never] = await Promise.all([
    take === 0 || skip >= assessedCount
      ? Promise.resolve([])
      : db.$queryRaw<{ id: string }[]>(
          Prisma.sql`SELECT i."id" FROM "PlanItem" i WHERE ${where} ORDER BY i."statusAssessedOn" ASC, i."id" ASC LIMIT ${take} OFFSET ${skip}`,
        ),
    take === 0 || skip + take <= assessedCount
      ? Promise.resolve([])
      : db.planItem.findMany({
          where: neverWhere,
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          skip: Math.max(0, skip - assessedCount),
          take: Math.min(take, skip + take - assessedCount),
          select: itemListSelect,
        }),
  ]);
  const assessed = await itemsInOrder(
    db,
    ids.map((r) => r.id),
  );
  return { items: [...assessed, ...never].slice(0, take), count: assessedCount + neverCount };
}

async function itemsInOrder(db: Db, ids: string[]) {
  const rows = await db.planItem.findMany({ where: { id: { in: ids } }, select: itemListSelect });
  const byId = new Map(rows.map((r) => [r.id, r] as const));
  return ids.map((id) => byId.get(id)).filter((r): r is (typeof rows)[number] => r !== undefined);
}

/**
 * The status mix at the end of each year: each item's latest assessment up to that
 * day; items that existed (their plan had started) but had no assessment yet count
 * as not assessed. One pass over the status updates: each update holds from its day
 * until the item's next update, which covers a run of consecutive year ends (the
 * first end on or after each day is computed in SQL), so the database returns counts
 * per (status, first end, first end no longer covered) and they are summed here.
 */
async function statusMix(db: Db, today: string) {
  const thisYear = Number(today.slice(0, 4));
  const [first] = await db.$queryRaw<{ y: string | null }[]>(
    Prisma.sql`SELECT MIN(substr(p."startOn", 1, 4)) AS y FROM "ActionPlan" p WHERE p."archivedAt" IS NULL`,
  );
  const firstYear = Math.max(thisYear - 10, Math.min(thisYear, Number(first?.y ?? thisYear)));
  const ends: string[] = [];
  for (let y = firstYear; y < thisYear; y++) ends.push(`${y}-12-31`);
  ends.push(today);
  const last = ends.length - 1;
  // The index in `ends` of the first end on or after a partial date; past `today`, none (ends.length).
  const endIndex = (d: Prisma.Sql) => Prisma.sql`CASE
      WHEN ${d} IS NULL OR ${d} > ${today} THEN ${ends.length}
      WHEN CAST(substr(${d}, 1, 4) AS INTEGER) < ${firstYear} THEN 0
      WHEN CAST(substr(${d}, 1, 4) AS INTEGER) < ${thisYear} THEN CAST(substr(${d}, 1, 4) AS INTEGER) - ${firstYear}
      ELSE ${last} END`;
  const [spans, starts] = await Promise.all([
    db.$queryRaw<{ status: string; fromEnd: bigint | number; toEnd: bigint | number; n: bigint | number }[]>(Prisma.sql`
      SELECT s."status" AS status, ${endIndex(Prisma.sql`s."fromOn"`)} AS "fromEnd",
             ${endIndex(Prisma.sql`s."nextOn"`)} AS "toEnd", COUNT(*) AS n
        FROM (SELECT u."status" AS status, u."assessedOn" AS "fromOn",
                     LEAD(u."assessedOn") OVER (PARTITION BY u."planItemId"
                       ORDER BY u."assessedOn", u."createdAt", u."id") AS "nextOn"
                FROM "StatusUpdate" u JOIN "PlanItem" i ON i."id" = u."planItemId" AND i."archivedAt" IS NULL) s
       GROUP BY 1, 2, 3`),
    db.$queryRaw<{ startOn: string | null; n: bigint | number }[]>(Prisma.sql`
      SELECT p."startOn" AS "startOn", COUNT(*) AS n FROM "PlanItem" i JOIN "ActionPlan" p ON p."id" = i."planId"
       WHERE i."archivedAt" IS NULL GROUP BY p."startOn"`),
  ]);
  const mix = ends.map((end) => ({ end, counts: emptyCounts(), assessed: 0 }));
  for (const row of spans) {
    for (let i = Number(row.fromEnd); i < Math.min(Number(row.toEnd), ends.length); i++) {
      const m = mix[i] as (typeof mix)[number];
      if (row.status in m.counts) m.counts[row.status as ImplementationStatus] += Number(row.n);
      m.assessed += Number(row.n);
    }
  }
  return mix.map(({ end, counts, assessed }) => {
    const existing = starts.reduce((n, s) => (s.startOn === null || s.startOn <= end ? n + Number(s.n) : n), 0);
    counts.not_assessed += Math.max(0, existing - assessed);
    return { end, counts };
  });
}

/**
 * Everything /status shows, computed in the database on `today`: counts by status
 * overall, by plan, by responsible ministry and by sector; overdue and stale items;
 * agreements expiring soon; and the status mix at the end of each year. Cached by
 * the data stamp (lib/server/cache/cache.ts) in the server: correct right after any edit, one
 * indexed lookup otherwise.
 */
export async function getStatusBoard(
  db: Db,
  today: string,
  staleDays: number,
  status?: string,
  view: StatusWindow = {},
) {
  const stamp = await dataStamp(db);
  return cachedByStamp(
    "status-board",
    stamp,
    [today, staleDays, status ?? null, view.show ?? null, view.page ?? 1],
    () => readStatusBoard(db, today, staleDays, status, view, stamp),
  );
}

/**
 * The slice of a list the page shows: the overview's first few, one page of the list
 * shown whole, none of a list another page shows whole (or of any, on a status's items).
 */
function sliceOf(list: StatusShow | "status", status: string | undefined, { show, page = 1 }: StatusWindow): Slice {
  const perPage = list === "plans" || list === "ministries" ? STATUS_PAGE_GROUPS : STATUS_PAGE_ITEMS;
  if (show === list || (list === "status" && !show && status)) return { skip: (page - 1) * perPage, take: perPage };
  if (show || status || list === "status") return { skip: 0, take: 0 };
  return { skip: 0, take: list === "plans" || list === "ministries" ? STATUS_PREVIEW_GROUPS : STATUS_PREVIEW_ITEMS };
}

const sliced = <T>(rows: readonly T[], { skip, take }: Slice) => rows.slice(skip, skip + take);

async function readStatusBoard(
  db: Db,
  today: string,
  staleDays: number,
  status: string | undefined,
  win: StatusWindow,
  stamp: string,
) {
  const horizon = new Date(Date.parse(`${today}T00:00:00Z`) + RENEWAL_WINDOW_DAYS * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const [overall, progress, byPlanRaw, byBodyRaw, bySectorRaw, overdue, stale, selected, expiringCandidates] =
    await Promise.all([
      db.planItem.groupBy({ by: ["status"], where: { archivedAt: null }, _count: { _all: true } }),
      db.planItem.aggregate({ where: { archivedAt: null }, _avg: { progress: true }, _count: { progress: true } }),
      db.planItem.groupBy({ by: ["planId", "status"], where: { archivedAt: null }, _count: { _all: true } }),
      db.planItem.groupBy({ by: ["responsibleBodyId", "status"], where: { archivedAt: null }, _count: { _all: true } }),
      db.$queryRaw<{ slug: string; status: string; n: bigint | number }[]>(Prisma.sql`
        SELECT s."slug" AS slug, i."status" AS status, COUNT(*) AS n
          FROM "PlanItem" i JOIN "ActionPlan" p ON p."id" = i."planId" JOIN "Sector" s ON s."id" = p."sectorId"
         WHERE i."archivedAt" IS NULL AND p."archivedAt" IS NULL
         GROUP BY s."slug", i."status"`),
      overdueItems(db, today, sliceOf("overdue", status, win)),
      staleItems(db, today, staleDays, sliceOf("stale", status, win)),
      sliceOf("status", status, win).take > 0
        ? db.planItem.findMany({
            where: { archivedAt: null, status },
            orderBy: [{ planId: "asc" }, { number: "asc" }, { id: "asc" }],
            ...sliceOf("status", status, win),
            select: itemListSelect,
          })
        : Promise.resolve([]),
      db.agreement.findMany({
        where: { archivedAt: null, expiresOn: { gte: today.slice(0, 4), lte: horizon } },
        select: { ...titled, ...datedFields("expires"), status: true },
      }),
    ]);

  const counts =
    toCounts(overall.map((g) => ({ key: null, status: g.status, count: g._count._all }))).get(null) ?? emptyCounts();
  const planCounts = toCounts(byPlanRaw.map((g) => ({ key: g.planId, status: g.status, count: g._count._all })));
  // Largest first, ties by id, so pages of the whole table neither repeat nor skip a plan.
  const largest = <K>(rows: [K, StatusCounts][]) =>
    rows.sort((a, b) => total(b[1]) - total(a[1]) || String(a[0]).localeCompare(String(b[0])));
  const topPlanIds = sliced(largest([...planCounts]), sliceOf("plans", status, win));
  const bodyCounts = toCounts(
    byBodyRaw.map((g) => ({ key: g.responsibleBodyId, status: g.status, count: g._count._all })),
  );
  const assignedBodies = [...bodyCounts].filter(([id]) => id !== null);
  const shownBodies = sliced(largest(assignedBodies), sliceOf("ministries", status, win));
  const sectorCounts = toCounts(bySectorRaw.map((g) => ({ key: g.slug, status: g.status, count: Number(g.n) })));

  const [plans, bodies, sectors, mix] = await Promise.all([
    db.actionPlan.findMany({
      where: { id: { in: topPlanIds.map(([id]) => id as string) } },
      select: { id: true, ...titled },
    }),
    db.ministry.findMany({
      where: { id: { in: shownBodies.map(([id]) => id as string) } },
      select: { id: true, ...named, side: true, abbreviation: true },
    }),
    db.sector.findMany({ orderBy: { sortOrder: "asc" }, select: named }),
    win.show || status ? Promise.resolve([]) : cachedByStamp("status-mix", stamp, [today], () => statusMix(db, today)),
  ]);
  const planById = new Map(plans.map((p) => [p.id, p] as const));
  const bodyById = new Map(bodies.map((b) => [b.id, b] as const));

  const expiringAll = expiringCandidates
    .filter((a) => {
      if (!a.expiresOn) return false;
      const days = daysBetween(today, dateRange(a.expiresOn).last);
      return days >= 0 && days <= RENEWAL_WINDOW_DAYS;
    })
    .sort((a, b) => (a.expiresOn ?? "").localeCompare(b.expiresOn ?? ""));

  return {
    total: total(counts),
    counts,
    averageProgress: progress._avg.progress === null ? null : Math.round(progress._avg.progress),
    progressKnown: progress._count.progress,
    byPlan: topPlanIds.map(([id, c]) => ({ plan: planById.get(id as string), counts: c })),
    planCount: planCounts.size,
    bySector: sectors.flatMap((sector) => {
      const c = sectorCounts.get(sector.slug);
      return c ? [{ sector, counts: c }] : [];
    }),
    byBody: shownBodies.map(([id, c]) => ({ body: bodyById.get(id as string), counts: c })),
    bodyCount: assignedBodies.length,
    unassignedBody: total(bodyCounts.get(null) ?? emptyCounts()),
    overdue: overdue.items,
    overdueCount: overdue.count,
    stale: stale.items,
    staleCount: stale.count,
    selected,
    expiring: sliced(expiringAll, sliceOf("expiring", status, win)),
    expiringCount: expiringAll.length,
    mix,
  };
}

export type StatusBoard = Awaited<ReturnType<typeof readStatusBoard>>;
