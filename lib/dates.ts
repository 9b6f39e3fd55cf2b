import { z } from "zod";
import { coded } from "@/lib/schemas/errors";

/**
 * Dates of known precision. A date is stored as an ISO string of its own precision:
 * "2026" (year), "2026-06" (month) or "2026-01-05" (day), so an event dated only
 * "2026" is never shown or sorted as 1 January. Strings of this form sort
 * chronologically, a year before its months and a month before its days.
 */

export const PRECISIONS = ["year", "month", "day"] as const;
export type Precision = (typeof PRECISIONS)[number];

const PATTERN = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

export function precisionOf(value: string): Precision | null {
  const m = PATTERN.exec(value);
  if (!m) return null;
  if (m[3]) {
    const d = new Date(`${value}T00:00:00Z`);
    // Reject 2026-02-30 and the like.
    if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) return null;
    return "day";
  }
  return m[2] ? "month" : "year";
}

/** A partial ISO date of any precision. */
export const PartialDateSchema = z
  .string()
  .refine((v) => precisionOf(v) !== null, coded("date", 'must be a date like "2026", "2026-06" or "2026-01-05"'));

/** First and last calendar day a partial date can stand for, as YYYY-MM-DD. */
export function dateRange(value: string): { first: string; last: string } {
  const precision = precisionOf(value);
  if (!precision) throw new Error(`Not a partial date: "${value}"`);
  if (precision === "day") return { first: value, last: value };
  if (precision === "month") {
    const [y, m] = value.split("-").map(Number) as [number, number];
    const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return { first: `${value}-01`, last: `${value}-${String(lastDay).padStart(2, "0")}` };
  }
  return { first: `${value}-01-01`, last: `${value}-12-31` };
}

export function yearOf(value: string): number {
  return Number(value.slice(0, 4));
}

/** The Intl locale used to format dates for each UI language. */
const INTL_LOCALE: Record<string, string> = { en: "en-GB", ko: "ko-KR", zh: "zh-CN" };

/**
 * Formats a partial date at its own precision in the reader's language:
 * "2026" / "June 2026" / "5 Jan 2026" in English, "2026년 1월 5일" in Korean,
 * "2026年1月5日" in Chinese. Never shows a day or month the date does not have.
 */
export function formatPartialDate(value: string, locale: string): string {
  const precision = precisionOf(value);
  if (!precision) return value;
  const intlLocale = INTL_LOCALE[locale] ?? locale;
  const { first } = dateRange(value);
  return formatter(intlLocale, locale, precision).format(new Date(`${first}T00:00:00Z`));
}

/**
 * One formatter per language and precision, made once: a list page formats dozens of
 * dates, and making an Intl.DateTimeFormat costs far more than using one.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(intlLocale: string, locale: string, precision: "day" | "month" | "year") {
  const key = `${intlLocale}|${locale}|${precision}`;
  let made = formatters.get(key);
  if (!made) {
    const options: Intl.DateTimeFormatOptions =
      precision === "day"
        ? { year: "numeric", month: locale === "en" ? "short" : "long", day: "numeric", timeZone: "UTC" }
        : precision === "month"
          ? { year: "numeric", month: "long", timeZone: "UTC" }
          : { year: "numeric", timeZone: "UTC" };
    made = new Intl.DateTimeFormat(intlLocale, options);
    formatters.set(key, made);
  }
  return made;
}

/** The instant a day (YYYY-MM-DD) begins in Seoul, the day todayIso names (Korea keeps no summer time). */
export function startOfSeoulDay(day: string): Date {
  return new Date(`${day}T00:00:00+09:00`);
}

const SEOUL_DAY = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Seoul",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** Today's date as YYYY-MM-DD in Seoul, where most of the tracked business happens. */
export function todayIso(now: Date = new Date()): string {
  return SEOUL_DAY.format(now);
}

/**
 * Adds whole months to a partial date, keeping its precision: "2023-12-20" + 24 →
 * "2025-12-20"; "2024-06" + 12 → "2025-06"; "2024" + 24 → "2026" (a year-precision
 * date only moves by whole years, rounding down).
 */
export function addMonths(value: string, months: number): string {
  const precision = precisionOf(value);
  if (!precision) throw new Error(`Not a partial date: "${value}"`);
  const year = yearOf(value);
  if (precision === "year") return String(year + Math.floor(months / 12));
  const month = Number(value.slice(5, 7));
  const total = year * 12 + (month - 1) + months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  const ym = `${y}-${String(m).padStart(2, "0")}`;
  if (precision === "month") return ym;
  const lastDay = Number(dateRange(ym).last.slice(8, 10));
  const day = Math.min(Number(value.slice(8, 10)), lastDay);
  return `${ym}-${String(day).padStart(2, "0")}`;
}

/** Days from one YYYY-MM-DD to another (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

const PRECISION_RANK: Record<Precision, number> = { year: 0, month: 1, day: 2 };

/**
 * Chronological order for dates of mixed precision: by the first day each could
 * be, and a coarser date ("2026", "June 2026") before the finer dates it contains,
 * so "sometime in 2026" opens its year rather than pretending to be 1 January.
 */
export function comparePartialDates(a: string, b: string): number {
  const fa = dateRange(a).first;
  const fb = dateRange(b).first;
  if (fa !== fb) return fa < fb ? -1 : 1;
  return PRECISION_RANK[precisionOf(a) as Precision] - PRECISION_RANK[precisionOf(b) as Precision];
}
