import { describe, expect, it } from "vitest";
import {
  addMonths,
  comparePartialDates,
  dateRange,
  daysBetween,
  formatPartialDate,
  PartialDateSchema,
  precisionOf,
  todayIso,
} from "@/lib/dates";

describe("precisionOf", () => {
  it.each([
    ["2026", "year"],
    ["2026-06", "month"],
    ["2026-01-05", "day"],
    ["2024-02-29", "day"],
  ])("%s has %s precision", (value, precision) => {
    expect(precisionOf(value)).toBe(precision);
  });

  it.each([
    "",
    "26",
    "2026-13",
    "2026-00",
    "2026-02-30",
    "2025-02-29",
    "2026-1-5",
    "05 Monday 2025",
    "2026-01-05T00:00",
  ])("refuses %j", (value) => {
    expect(precisionOf(value)).toBeNull();
    expect(PartialDateSchema.safeParse(value).success).toBe(false);
  });
});

describe("dateRange", () => {
  it("spans a whole year, month or one day", () => {
    expect(dateRange("2026")).toEqual({ first: "2026-01-01", last: "2026-12-31" });
    expect(dateRange("2024-02")).toEqual({ first: "2024-02-01", last: "2024-02-29" });
    expect(dateRange("2026-06-02")).toEqual({ first: "2026-06-02", last: "2026-06-02" });
  });
});

describe("formatPartialDate", () => {
  it("never shows a day or month the date does not have", () => {
    expect(formatPartialDate("2026", "en")).toBe("2026");
    expect(formatPartialDate("2026-06", "en")).toBe("June 2026");
    expect(formatPartialDate("2026-01-05", "en")).toBe("5 Jan 2026");
  });

  it("uses each language's own date forms", () => {
    expect(formatPartialDate("2026-01-05", "ko")).toBe("2026년 1월 5일");
    expect(formatPartialDate("2026-01-05", "zh")).toBe("2026年1月5日");
    expect(formatPartialDate("2026-06", "ko")).toBe("2026년 6월");
    expect(formatPartialDate("2026", "zh")).toBe("2026年");
  });
});

describe("ordering mixed precisions", () => {
  it("sorts chronologically with a coarse date before the finer dates it contains", () => {
    const dates = ["2026-06-02", "2025-10", "2026", "2023-12-20", "2026-01-05", "2026-06", "2016-11", "2024"];
    expect([...dates].sort(comparePartialDates)).toEqual([
      "2016-11",
      "2023-12-20",
      "2024",
      "2025-10",
      "2026",
      "2026-01-05",
      "2026-06",
      "2026-06-02",
    ]);
  });
});

describe("addMonths and daysBetween", () => {
  it("keeps the precision and clamps the day", () => {
    expect(addMonths("2023-12-20", 24)).toBe("2025-12-20");
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2024-11", 12)).toBe("2025-11");
    expect(addMonths("2024", 24)).toBe("2026");
  });

  it("counts days across months and years", () => {
    expect(daysBetween("2026-05-29", "2026-11-25")).toBe(180);
    expect(daysBetween("2026-11-25", "2026-05-29")).toBe(-180);
  });

  it("gives today's date in Seoul", () => {
    expect(todayIso(new Date("2026-01-04T16:00:00Z"))).toBe("2026-01-05");
    expect(todayIso(new Date("2026-01-04T14:00:00Z"))).toBe("2026-01-04");
  });
});
