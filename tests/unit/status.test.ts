import { describe, expect, it } from "vitest";
import { IMPLEMENTATION_STATUSES } from "@/lib/schemas/vocab";
import { countByGroup, countByStatus, isOverdue, isStale, STATUS_STYLE, shares } from "@/lib/status";

describe("status vocabulary", () => {
  it("gives every status its own icon, so colour is never the only signal", () => {
    const icons = IMPLEMENTATION_STATUSES.map((s) => STATUS_STYLE[s].icon);
    expect(new Set(icons).size).toBe(IMPLEMENTATION_STATUSES.length);
  });
});

describe("aggregation", () => {
  const items = [
    { status: "completed", plan: "a" },
    { status: "completed", plan: "a" },
    { status: "in_progress", plan: "b" },
    { status: "not_assessed", plan: "b" },
  ];

  it("counts every status, zero where none", () => {
    expect(countByStatus(items)).toEqual({
      not_started: 0,
      in_progress: 1,
      completed: 2,
      delayed: 0,
      discontinued: 0,
      not_assessed: 1,
    });
  });

  it("gives shares that add up to one, and zeros for no items", () => {
    const s = shares(countByStatus(items));
    expect(s.completed).toBe(0.5);
    expect(Object.values(s).reduce((a, b) => a + b, 0)).toBeCloseTo(1);
    expect(Object.values(shares(countByStatus([])))).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it("counts by group", () => {
    const byPlan = countByGroup(items, (i) => i.plan);
    expect(byPlan.get("a")?.completed).toBe(2);
    expect(byPlan.get("b")?.in_progress).toBe(1);
    expect(byPlan.get("b")?.completed).toBe(0);
  });
});

describe("overdue items", () => {
  it("is past the last day of its due date and still open", () => {
    expect(isOverdue({ status: "in_progress", dueOn: "2026-06" }, "2026-07-01")).toBe(true);
    expect(isOverdue({ status: "in_progress", dueOn: "2026-06" }, "2026-06-30")).toBe(false);
    expect(isOverdue({ status: "completed", dueOn: "2020" }, "2026-07-01")).toBe(false);
    expect(isOverdue({ status: "discontinued", dueOn: "2020" }, "2026-07-01")).toBe(false);
    expect(isOverdue({ status: "not_assessed", dueOn: null }, "2026-07-01")).toBe(false);
  });
});

describe("stale items", () => {
  const base = { status: "in_progress", statusAssessedOn: "2026-05-29", createdOn: "2026-01-01" };

  it("is open and not assessed for the threshold or more", () => {
    expect(isStale(base, "2026-11-24")).toBe(false);
    expect(isStale(base, "2026-11-25")).toBe(true);
    expect(isStale(base, "2026-06-10", 10)).toBe(true);
  });

  it("is never stale once completed or discontinued", () => {
    expect(isStale({ ...base, status: "completed" }, "2030-01-01")).toBe(false);
    expect(isStale({ ...base, status: "discontinued" }, "2030-01-01")).toBe(false);
  });

  it("counts from when an item was recorded if it was never assessed", () => {
    const never = { status: "not_assessed", statusAssessedOn: null, createdOn: "2026-11-01" };
    expect(isStale(never, "2026-11-26")).toBe(false);
    expect(isStale(never, "2027-05-01")).toBe(true);
  });
});
