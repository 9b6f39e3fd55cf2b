import { addMonths, dateRange, daysBetween } from "@/lib/dates";
import type { Db } from "@/lib/prisma";
import { countByStatus } from "@/lib/status";
import { tenseOf } from "@/lib/timeline";
import { listAgreementSummaries } from "./agreements";
import { listDialogues } from "./dialogues";
import { listTimelineEntries } from "./timeline";

export const COMING_UP_DAYS = 90;

/** The few numbers that matter, what is coming, and what changed lately. */
export async function getOverview(db: Db, today: string) {
  const year = today.slice(0, 4);
  const [agreements, meetings, items, entries, dialogues, latestUpdates] = await Promise.all([
    listAgreementSummaries(db),
    db.meeting.findMany({
      where: { archivedAt: null, heldOn: { gte: year, lt: String(Number(year) + 1) } },
      select: { status: true },
    }),
    db.planItem.findMany({ where: { archivedAt: null }, select: { status: true } }),
    listTimelineEntries(db, today),
    listDialogues(db, today),
    db.statusUpdate.findMany({
      orderBy: [{ assessedOn: "desc" }, { createdAt: "desc" }],
      take: 5,
      select: {
        id: true,
        status: true,
        assessedOn: true,
        basis: true,
        planItem: {
          select: {
            slug: true,
            number: true,
            titleEn: true,
            titleKo: true,
            titleZh: true,
            plan: { select: { slug: true, titleEn: true, titleKo: true, titleZh: true } },
          },
        },
      },
    }),
  ]);
  const horizon = addMonths(today, 3);
  const comingUp = entries
    .filter((e) => {
      const tense = tenseOf(e.date, today);
      if (tense === "past") return false;
      // Upcoming within the window, or an entry whose span includes today (dated only "2026").
      return tense === "current" || daysBetween(today, dateRange(e.date).first) <= COMING_UP_DAYS;
    })
    .filter((e) => e.kind !== "status")
    .sort((a, b) => dateRange(a.date).first.localeCompare(dateRange(b.date).first));

  return {
    agreements,
    agreementCount: agreements.length,
    inForce: agreements.filter((a) => a.status === "in_force").length,
    signed: agreements.filter((a) => a.status === "signed").length,
    meetingsThisYear: meetings.length,
    meetingsHeldThisYear: meetings.filter((m) => m.status === "held").length,
    itemCounts: countByStatus(items),
    itemTotal: items.length,
    overdueDialogues: dialogues.filter((d) => d.due.kind === "overdue"),
    comingUp,
    horizon,
    latestUpdates,
  };
}
