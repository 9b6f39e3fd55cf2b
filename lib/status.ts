import { dateRange, daysBetween } from "./dates";
import { IMPLEMENTATION_STATUSES, type ImplementationStatus } from "./schemas/vocab";

/**
 * The one implementation-status vocabulary every page uses. Words come from the
 * message catalogues (`status.<key>`); colour is never the only signal: each status
 * has its own icon shape too.
 */
export const STATUS_STYLE: Record<ImplementationStatus, { icon: string; className: string; bar: string }> = {
  completed: { icon: "✓", className: "bg-emerald-50 text-emerald-800 ring-emerald-300", bar: "#15803d" },
  in_progress: { icon: "◐", className: "bg-sky-50 text-sky-800 ring-sky-300", bar: "#0369a1" },
  not_started: { icon: "○", className: "bg-slate-50 text-slate-700 ring-slate-300", bar: "#64748b" },
  delayed: { icon: "!", className: "bg-amber-50 text-amber-900 ring-amber-300", bar: "#b45309" },
  discontinued: { icon: "✕", className: "bg-rose-50 text-rose-800 ring-rose-300", bar: "#be123c" },
  not_assessed: { icon: "?", className: "bg-white text-slate-600 ring-slate-300 ring-dashed", bar: "#cbd5e1" },
};

/** Statuses under which an item is still open (can be late or go stale). */
export const OPEN_STATUSES: ReadonlySet<ImplementationStatus> = new Set([
  "not_started",
  "in_progress",
  "delayed",
  "not_assessed",
]);

export const DEFAULT_STALE_DAYS = 180;

/**
 * /status windows its lists (issue 19, page weight): the overview shows the first few
 * of each, with a link to the whole list (?show=…, or ?status=… for one status's
 * items), which is paged.
 */
/** How many items each list on the overview shows (the count says how many there are). */
export const STATUS_PREVIEW_ITEMS = 5;
/** How many plans and ministries the overview's tables show, the largest first. */
export const STATUS_PREVIEW_GROUPS = 5;
/** How many items one page of a whole list shows. */
export const STATUS_PAGE_ITEMS = 50;
/** How many plans or ministries one page of a whole table shows. */
export const STATUS_PAGE_GROUPS = 25;

/** The lists and tables /status can show whole (?show=…). */
export const STATUS_SHOWS = ["plans", "ministries", "overdue", "stale", "expiring"] as const;
export type StatusShow = (typeof STATUS_SHOWS)[number];

export type StatusCounts = Record<ImplementationStatus, number>;

export function emptyCounts(): StatusCounts {
  return Object.fromEntries(IMPLEMENTATION_STATUSES.map((s) => [s, 0])) as StatusCounts;
}

/** Counts items by status, every status present (zero where none). */
export function countByStatus(items: readonly { status: string }[]): StatusCounts {
  const counts = emptyCounts();
  for (const item of items) {
    if (item.status in counts) counts[item.status as ImplementationStatus] += 1;
  }
  return counts;
}

/** Shares (0–1) of each status in a count; all zero when there are no items. */
export function shares(counts: StatusCounts): Record<ImplementationStatus, number> {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  return Object.fromEntries(IMPLEMENTATION_STATUSES.map((s) => [s, total === 0 ? 0 : counts[s] / total])) as Record<
    ImplementationStatus,
    number
  >;
}

/** Groups items by a key and counts each group's statuses. */
export function countByGroup<T extends { status: string }>(
  items: readonly T[],
  keyOf: (item: T) => string | null,
): Map<string, StatusCounts> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === null) continue;
    const list = groups.get(key) ?? [];
    list.push(item);
    groups.set(key, list);
  }
  return new Map([...groups].map(([key, list]) => [key, countByStatus(list)]));
}

/** Past its due date (the last day the due date can stand for) and not completed or discontinued. */
export function isOverdue(item: { status: string; dueOn: string | null }, today: string): boolean {
  if (!item.dueOn || !OPEN_STATUSES.has(item.status as ImplementationStatus)) return false;
  return dateRange(item.dueOn).last < today;
}

/**
 * Open and not assessed for `days` or more. The last assessment date counts; an item
 * never assessed counts from when it was recorded.
 */
export function isStale(
  item: { status: string; statusAssessedOn: string | null; createdOn: string },
  today: string,
  days: number = DEFAULT_STALE_DAYS,
): boolean {
  if (!OPEN_STATUSES.has(item.status as ImplementationStatus)) return false;
  const since = item.statusAssessedOn ? dateRange(item.statusAssessedOn).last : item.createdOn;
  return daysBetween(since, today) >= days;
}
