import { createTranslator } from "next-intl";
import { beforeAll, describe, expect, it } from "vitest";
import { formatPartialDate } from "@/lib/dates";
import { loadMessages, type Messages } from "@/lib/i18n/messages";
import { HTML_LANG } from "@/lib/i18n/routing";

/** Dates, numbers and counted phrases as a reader of each language expects them. */

describe("partial dates in each language, at their own precision", () => {
  it.each([
    ["2026", "en", "2026"],
    ["2026-06", "en", "June 2026"],
    ["2026-01-05", "en", "5 Jan 2026"],
    ["2026", "ko", "2026년"],
    ["2026-06", "ko", "2026년 6월"],
    ["2026-01-05", "ko", "2026년 1월 5일"],
    ["2023-12-20", "ko", "2023년 12월 20일"],
    ["2026", "zh", "2026年"],
    ["2026-06", "zh", "2026年6月"],
    ["2026-01-05", "zh", "2026年1月5日"],
    ["2023-12-20", "zh", "2023年12月20日"],
  ])("%s in %s is %s", (value, locale, expected) => {
    expect(formatPartialDate(value, locale)).toBe(expected);
  });

  it("does not shift a day across time zones (a date, not an instant)", () => {
    for (const locale of ["en", "ko", "zh"]) expect(formatPartialDate("2026-12-31", locale)).toMatch(/31/);
    expect(formatPartialDate("2026-01-01", "ko")).toBe("2026년 1월 1일");
  });
});

describe("numbers and percentages through Intl", () => {
  it.each([
    ["en", "1,234,567", "42%", "0.5"],
    ["ko", "1,234,567", "42%", "0.5"],
    ["zh", "1,234,567", "42%", "0.5"],
  ])("in %s", (locale, grouped, percent, decimal) => {
    const tag = HTML_LANG[locale as keyof typeof HTML_LANG];
    expect(new Intl.NumberFormat(tag).format(1_234_567)).toBe(grouped);
    expect(new Intl.NumberFormat(tag, { style: "percent", maximumFractionDigits: 0 }).format(0.42)).toBe(percent);
    expect(new Intl.NumberFormat(tag).format(0.5)).toBe(decimal);
  });

  it("Korean and Chinese count large numbers in 만/万 when asked for compact notation", () => {
    expect(new Intl.NumberFormat("ko", { notation: "compact" }).format(25_000)).toBe("2.5만");
    expect(new Intl.NumberFormat("zh-Hans", { notation: "compact" }).format(25_000)).toBe("2.5万");
  });
});

describe("counted phrases from the catalogues (ICU plurals)", () => {
  const catalogues: Record<string, Messages> = {};
  beforeAll(async () => {
    for (const locale of ["en", "ko", "zh"]) catalogues[locale] = await loadMessages(locale);
  });
  type Translate = (key: string, values: Record<string, string | number>) => string;
  /** Keys are checked by the catalogue test; here they are plain strings. */
  const t = (locale: string): Translate =>
    createTranslator({ locale, messages: catalogues[locale] ?? {} }) as unknown as Translate;

  it("English has a singular, a plural and a zero", () => {
    const en = t("en");
    expect(en("agreements.results", { count: 0 })).toBe("No agreements");
    expect(en("agreements.results", { count: 1 })).toBe("1 agreement");
    expect(en("agreements.results", { count: 1234 })).toBe("1,234 agreements");
    expect(en("sources.citationCount", { count: 1 })).toBe("cited once");
  });

  it("Korean and Chinese have no plural forms, and counters and grouping are right", () => {
    const ko = t("ko");
    const zh = t("zh");
    expect(ko("agreements.results", { count: 3 })).toBe("협정 3건");
    expect(ko("agreements.results", { count: 1234 })).toBe("협정 1,234건");
    expect(ko("dialogues.meetingCount", { count: 2 })).toBe("회의 2회");
    expect(zh("agreements.results", { count: 3 })).toBe("3 项协定");
    expect(zh("agreements.results", { count: 1234 })).toBe("1,234 项协定");
    expect(zh("plans.itemCount", { count: 9 })).toBe("9 个事项");
  });

  it("a zero reads as none, not as a count of nothing", () => {
    expect(t("ko")("agreements.results", { count: 0 })).toBe("해당 협정 없음");
    expect(t("zh")("agreements.results", { count: 0 })).toBe("没有协定");
    expect(t("ko")("dialogues.meetingCount", { count: 0 })).toBe("기록된 회의 없음");
    expect(t("zh")("dialogues.meetingCount", { count: 0 })).toBe("未记录会议");
  });
});
