import { describe, expect, it } from "vitest";
import { groupByYear, tenseOf, todayIndex } from "@/lib/timeline";

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
