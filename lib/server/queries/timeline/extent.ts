import "server-only";
import { cachedByStamp, dataStamp } from "@/lib/server/cache/cache";
import type { Db } from "@/lib/server/db/prisma";

/** How many dated rows the timeline holds, and the years they span: for choosing a window. Cached by the data stamp. */
export async function getTimelineExtent(db: Db) {
  return cachedByStamp("timeline-extent", await dataStamp(db), [], () => readTimelineExtent(db));
}

async function readTimelineExtent(db: Db) {
  const [a, m, p, i, s, e] = await Promise.all([
    db.agreement.aggregate({
      where: { archivedAt: null },
      _count: { signedOn: true },
      _min: { signedOn: true },
      _max: { expiresOn: true },
    }),
    db.meeting.aggregate({
      where: { archivedAt: null },
      _count: { heldOn: true },
      _min: { heldOn: true },
      _max: { heldOn: true },
    }),
    db.actionPlan.aggregate({
      where: { archivedAt: null },
      _count: { startOn: true },
      _min: { startOn: true },
      _max: { endOn: true },
    }),
    db.planItem.aggregate({ where: { archivedAt: null }, _count: { dueOn: true }, _max: { dueOn: true } }),
    db.statusUpdate.aggregate({ _count: { _all: true }, _max: { assessedOn: true } }),
    db.event.aggregate({
      where: { archivedAt: null },
      _count: { startOn: true },
      _min: { startOn: true },
      _max: { startOn: true },
    }),
  ]);
  const years = [
    a._min.signedOn,
    a._max.expiresOn,
    m._min.heldOn,
    m._max.heldOn,
    p._min.startOn,
    p._max.endOn,
    i._max.dueOn,
    s._max.assessedOn,
    e._min.startOn,
    e._max.startOn,
  ]
    .filter((d): d is string => Boolean(d))
    .map((d) => Number(d.slice(0, 4)));
  return {
    rows:
      a._count.signedOn + m._count.heldOn + 2 * p._count.startOn + i._count.dueOn + s._count._all + e._count.startOn,
    firstYear: years.length > 0 ? Math.min(...years) : null,
    lastYear: years.length > 0 ? Math.max(...years) : null,
  };
}
