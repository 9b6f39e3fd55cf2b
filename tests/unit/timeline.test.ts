import { describe, expect, it } from "vitest";
import {
  aroundToday,
  groupByYear,
  neighboursOf,
  periodOf,
  tenseOf,
  todayIndex,
  todayPageOf,
  yearRows,
} from "@/lib/timeline";

const e = (date: string, key = date) => ({ date, key });

describe("groupByYear", () => {
  it("groups mixed precisions by year, oldest first, a year-only date opening its year", () => {
    const groups = groupByYear([
      e("2026-06-02"),
      e("2023-12-20"),
      e("2026"),
      e("2016-11"),
      e("2026-01-05"),
      e("2026-06"),
    ]);
    expect(groups.map((g) => g.year)).toEqual([2016, 2023, 2026]);
    expect(groups[2]?.entries.map((x) => x.date)).toEqual(["2026", "2026-01-05", "2026-06", "2026-06-02"]);
  });

  it("breaks ties between entries on the same date by key, so the order is stable", () => {
    const groups = groupByYear([e("2026-01-05", "b"), e("2026-01-05", "a")]);
    expect(groups[0]?.entries.map((x) => x.key)).toEqual(["a", "b"]);
  });

  it("gives no groups for no entries", () => {
    expect(groupByYear([])).toEqual([]);
  });
});

describe("tenseOf", () => {
  it("is past, current or upcoming by the whole span of the date", () => {
    expect(tenseOf("2026-06-02", "2026-11-26")).toBe("past");
    expect(tenseOf("2026", "2026-11-26")).toBe("current");
    expect(tenseOf("2026-11", "2026-11-26")).toBe("current");
    expect(tenseOf("2026-11-26", "2026-11-26")).toBe("current");
    expect(tenseOf("2026-12", "2026-11-26")).toBe("upcoming");
    expect(tenseOf("2027", "2026-11-26")).toBe("upcoming");
  });
});

describe("todayIndex", () => {
  it("puts today before the first entry wholly ahead", () => {
    const [group] = groupByYear([e("2026"), e("2026-06-02"), e("2026-12-10"), e("2026-12")]);
    expect(group && todayIndex(group, "2026-11-26")).toBe(2);
  });

  it("puts today last when nothing in the year is ahead, and nowhere in other years", () => {
    const groups = groupByYear([e("2025-01-01"), e("2026-01-05")]);
    expect(groups[1] && todayIndex(groups[1], "2026-11-26")).toBe(1);
    expect(groups[0] && todayIndex(groups[0], "2026-11-26")).toBeNull();
  });
});

const years = (...ys: number[]) => ys.map((year) => ({ year, count: 1 }));

describe("periodOf", () => {
  it("keeps the years the reader asked for, even one-sided", () => {
    expect(periodOf({ from: 2020, to: 2022 }, years(2026), 2026)).toEqual({ from: 2020, to: 2022, chosen: false });
    expect(periodOf({ from: 2020 }, years(2026), 2026)).toEqual({ from: 2020, to: undefined, chosen: false });
  });

  it("opens on today's year when it has entries, else the nearest year that has (the earlier of two as near)", () => {
    expect(periodOf({}, years(2023, 2026, 2027), 2026)).toEqual({ from: 2026, to: 2026, chosen: true });
    expect(periodOf({}, years(2019, 2031), 2026)).toEqual({ from: 2031, to: 2031, chosen: true });
    expect(periodOf({}, years(2024, 2028), 2026)).toEqual({ from: 2024, to: 2024, chosen: true });
    expect(periodOf({}, [], 2026)).toEqual({ from: 2026, to: 2026, chosen: true });
  });
});

describe("neighboursOf", () => {
  it("gives the nearest years with entries either side of the period, none past an open end", () => {
    const ys = years(2019, 2023, 2026, 2027, 2030);
    expect(neighboursOf({ from: 2024, to: 2026, chosen: false }, ys)).toEqual({
      earlier: { year: 2023, count: 1 },
      later: { year: 2027, count: 1 },
    });
    expect(neighboursOf({ from: 2019, to: 2019, chosen: false }, ys)).toEqual({
      earlier: undefined,
      later: { year: 2023, count: 1 },
    });
    expect(neighboursOf({ from: 2026, chosen: false }, ys)).toEqual({
      earlier: { year: 2023, count: 1 },
      later: undefined,
    });
  });
});

describe("yearRows", () => {
  const [group] = groupByYear([e("2026-01-05"), e("2026-06-02"), e("2026-12-10")]);
  const drawn = (order: "oldest" | "newest") =>
    group ? yearRows(group, "2026-11-26", order).map((r) => ("entry" in r ? r.entry.date : "today")) : [];

  it("puts today among the entries, oldest first", () => {
    expect(drawn("oldest")).toEqual(["2026-01-05", "2026-06-02", "today", "2026-12-10"]);
  });

  it("reverses the whole year, today included, newest first", () => {
    expect(drawn("newest")).toEqual(["2026-12-10", "today", "2026-06-02", "2026-01-05"]);
  });

  it("has no marker in another year", () => {
    const [other] = groupByYear([e("2025-03-01")]);
    expect(other && yearRows(other, "2026-11-26", "newest")).toEqual([{ entry: e("2025-03-01") }]);
  });
});

describe("todayPageOf", () => {
  it("is the page of the last entry before the marker, so the marker ends a page rather than opening one", () => {
    expect(todayPageOf(0, 40)).toBe(1);
    expect(todayPageOf(1, 40)).toBe(1);
    expect(todayPageOf(40, 40)).toBe(1);
    expect(todayPageOf(41, 40)).toBe(2);
    expect(todayPageOf(230, 40)).toBe(6);
  });

  it("agrees with where the marker falls when a year is cut into pages", () => {
    // 90 entries dated only "2026" (current all year), then 30 ahead of today.
    const entries = [
      ...Array.from({ length: 90 }, (_, i) => e("2026", `a${String(i).padStart(3, "0")}`)),
      ...Array.from({ length: 30 }, (_, i) => e(`2026-12-${String(i + 1).padStart(2, "0")}`)),
    ];
    const all = groupByYear(entries)[0]?.entries ?? [];
    const page = todayPageOf(90, 40);
    const onPage = all.slice((page - 1) * 40, page * 40);
    const rows = yearRows({ year: 2026, entries: onPage }, "2026-11-26", "oldest");
    expect(page).toBe(3);
    expect(rows.findIndex((r) => "today" in r)).toBe(10);
  });
});

describe("yearRows without a marker", () => {
  it("draws no marker for a null today (a page of today's year that does not hold it)", () => {
    const group = groupByYear([e("2026-01-05"), e("2026-12-10")])[0];
    expect(group && yearRows(group, null, "oldest").some((r) => "today" in r)).toBe(false);
  });
});

describe("aroundToday", () => {
  const e = (date: string) => ({ date, key: date });
  const years = ["2018", "2019", "2020", "2021", "2022", "2023", "2024", "2025", "2027", "2028", "2029", "2030"].map(e);
  const keys = (xs: { key: string }[]) => xs.map((x) => x.key);

  it("keeps a short timeline whole", () => {
    expect(keys(aroundToday(years.slice(0, 4), "2026-06-01", 8))).toEqual(["2018", "2019", "2020", "2021"]);
  });

  it("shows up to three entries ahead and the latest before today", () => {
    expect(keys(aroundToday(years, "2026-06-01", 6))).toEqual(["2023", "2024", "2025", "2027", "2028", "2029"]);
  });

  it("shows the latest entries when none is ahead, and the first ones when all are", () => {
    expect(keys(aroundToday(years, "2031-01-01", 3))).toEqual(["2028", "2029", "2030"]);
    expect(keys(aroundToday(years, "2000-01-01", 3))).toEqual(["2018", "2019", "2020"]);
  });
});
