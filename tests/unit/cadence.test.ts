import { describe, expect, it } from "vitest";
import { dialogueDueState } from "@/lib/cadence";

const held = (heldOn: string) => ({ status: "held", heldOn });
const scheduled = (heldOn: string) => ({ status: "scheduled", heldOn });

describe("dialogueDueState", () => {
  it("annual: due twelve months after the last meeting", () => {
    expect(dialogueDueState(12, [held("2025-03-10")], "2025-12-01")).toEqual({
      kind: "due",
      on: "2026-03-10",
      after: "2025-03-10",
    });
  });

  it("annual: overdue once that date has passed with no meeting", () => {
    expect(dialogueDueState(12, [held("2025-03-10")], "2026-03-11")).toMatchObject({
      kind: "overdue",
      on: "2026-03-10",
    });
    expect(dialogueDueState(12, [held("2025-03-10")], "2026-03-10")).toMatchObject({ kind: "due" });
  });

  it("every other year: due 24 months on, counted from the latest meeting", () => {
    const meetings = [held("2016-11"), held("2023-12-20")];
    expect(dialogueDueState(24, meetings, "2025-06-01")).toMatchObject({ kind: "due", on: "2025-12-20" });
    expect(dialogueDueState(24, meetings, "2026-11-26")).toMatchObject({ kind: "overdue", on: "2025-12-20" });
  });

  it("a meeting held late resets the clock from when it was actually held", () => {
    // Due 2025-03 after the 2024-03 meeting; held late in 2025-09; next due 2026-09.
    const meetings = [held("2024-03"), held("2025-09")];
    expect(dialogueDueState(12, meetings, "2026-01-15")).toEqual({ kind: "due", on: "2026-09", after: "2025-09" });
  });

  it("a month-precision meeting is due by the end of the month a cadence later", () => {
    expect(dialogueDueState(12, [held("2024-11")], "2025-11-30")).toMatchObject({ kind: "due", on: "2025-11" });
    expect(dialogueDueState(12, [held("2024-11")], "2025-12-01")).toMatchObject({ kind: "overdue" });
  });

  it("an announced meeting is the next one until its date has passed", () => {
    expect(dialogueDueState(null, [scheduled("2026")], "2026-11-26")).toEqual({ kind: "scheduled", on: "2026" });
    expect(dialogueDueState(null, [scheduled("2024")], "2026-11-26")).toEqual({ kind: "unconfirmed", on: "2024" });
    expect(dialogueDueState(12, [held("2025-05"), scheduled("2026-05")], "2026-06-15")).toEqual({
      kind: "unconfirmed",
      on: "2026-05",
    });
  });

  it("a scheduled meeting older than the last meeting held is ignored", () => {
    expect(dialogueDueState(12, [scheduled("2024-05"), held("2025-05")], "2025-06-01")).toMatchObject({
      kind: "due",
      on: "2026-05",
    });
  });

  it("irregular dialogues and dialogues with no dated meeting have no due date", () => {
    expect(dialogueDueState(null, [held("2023-12-20")], "2026-11-26")).toEqual({ kind: "unknown" });
    expect(dialogueDueState(12, [], "2026-11-26")).toEqual({ kind: "unknown" });
    expect(dialogueDueState(12, [{ status: "held", heldOn: null }], "2026-11-26")).toEqual({ kind: "unknown" });
  });
});
