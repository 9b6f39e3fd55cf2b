import { addMonths, comparePartialDates, dateRange } from "./dates";

/** The part of a meeting the cadence needs. */
export type CadenceMeeting = { status: string; heldOn: string | null };

/**
 * Where a dialogue stands against its cadence on a given day:
 * - `scheduled`: a meeting is announced and its date has not passed;
 * - `due`: no meeting announced; the next is due by `on` (from the last meeting and the cadence);
 * - `overdue`: that due date has passed with no meeting held or announced;
 * - `unconfirmed`: an announced meeting's date has passed, but no source says it was held;
 * - `unknown`: an irregular dialogue with nothing announced, or no dated meeting at all.
 */
export type DueState =
  | { kind: "scheduled"; on: string }
  | { kind: "due"; on: string; after: string }
  | { kind: "overdue"; on: string; after: string }
  | { kind: "unconfirmed"; on: string }
  | { kind: "unknown" };

export function dialogueDueState(
  cadenceMonths: number | null,
  meetings: readonly CadenceMeeting[],
  today: string,
): DueState {
  const dated = meetings.filter((m): m is CadenceMeeting & { heldOn: string } => m.heldOn !== null);
  const held = dated.filter((m) => m.status === "held").sort((a, b) => comparePartialDates(a.heldOn, b.heldOn));
  const last = held.at(-1);
  // An announced meeting after the last one held is the next meeting.
  const announced = dated
    .filter((m) => m.status === "scheduled" && (!last || comparePartialDates(m.heldOn, last.heldOn) > 0))
    .sort((a, b) => comparePartialDates(a.heldOn, b.heldOn))[0];
  if (announced) {
    const passed = dateRange(announced.heldOn).last < today;
    return { kind: passed ? "unconfirmed" : "scheduled", on: announced.heldOn };
  }
  if (!last || cadenceMonths === null) return { kind: "unknown" };
  // Counted from when the last meeting was actually held, so a late meeting moves the next due date.
  const on = addMonths(last.heldOn, cadenceMonths);
  return { kind: dateRange(on).last < today ? "overdue" : "due", on, after: last.heldOn };
}
