import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AgreementFiltersSchema } from "@/lib/schemas/agreement-filters";
import { parseSearchParams } from "@/lib/schemas/search-params";
import type { TimelineFilters } from "@/lib/schemas/timeline-filters";
import { IMPLEMENTATION_STATUSES } from "@/lib/schemas/vocab";
import { getAgreement, listAgreements } from "@/lib/server/queries/agreements";
import { getDialogue, listDialogues } from "@/lib/server/queries/dialogues";
import { getCounterpartMatrix } from "@/lib/server/queries/ministries";
import { getStatusBoard } from "@/lib/server/queries/status";
import {
  countTimelineYears,
  filterTimeline,
  listTimelineEntries,
  type TimelineEntry,
} from "@/lib/server/queries/timeline";
import { readTimelinePage } from "@/lib/server/queries/timeline-page";
import { isOverdue, isStale, STATUS_PAGE_ITEMS, STATUS_PREVIEW_GROUPS, STATUS_PREVIEW_ITEMS } from "@/lib/status";
import { groupByYear, TIMELINE_PAGE_ENTRIES } from "@/lib/timeline";
import { createSeededDb, type TestDb } from "../helpers/db";

let t: TestDb;
const TODAY = "2026-11-26";
const filters = (raw: Record<string, string | string[]>) => parseSearchParams(AgreementFiltersSchema, raw).values;

beforeAll(async () => {
  t = await createSeededDb();
});
afterAll(() => t.cleanup());

describe("listAgreements", () => {
  it("lists every live agreement, newest first, undated last, across its pages", async () => {
    // An undated agreement, so the order of the undated ones is checked too.
    const undated = await t.db.agreement.findFirstOrThrow({
      where: { signedOn: { not: null } },
      orderBy: { id: "asc" },
    });
    await t.db.agreement.update({ where: { id: undated.id }, data: { signedOn: null } });
    try {
      const first = await listAgreements(t.db, filters({}), "en");
      expect(first.total).toBe(await t.db.agreement.count({ where: { archivedAt: null } }));
      const rows = [...first.rows];
      for (let page = 2; rows.length < first.total; page++) {
        rows.push(...(await listAgreements(t.db, filters({ page: String(page) }), "en")).rows);
      }
      expect(rows.length).toBe(first.total);
      const dated = rows.map((r) => r.signedOn).filter((d): d is string => d !== null);
      expect(dated).toEqual([...dated].sort().reverse());
      const firstUndated = rows.findIndex((r) => r.signedOn === null);
      expect(firstUndated).toBeGreaterThan(0);
      expect(rows.slice(firstUndated).every((r) => r.signedOn === null)).toBe(true);
    } finally {
      await t.db.agreement.update({ where: { id: undated.id }, data: { signedOn: undated.signedOn } });
    }
  });

  it("filters by a pair of ministries: the counterpart matrix's link", async () => {
    const result = await listAgreements(t.db, filters({ ministry: ["mcee", "mee-china"] }), "en");
    expect(result.rows.map((r) => r.slug)).toEqual(["environmental-cooperation-mou-2026"]);
  });

  it("filters by side, kind, sector and signed-year range", async () => {
    const plans = await listAgreements(t.db, filters({ kind: "plan" }), "en");
    expect(plans.rows.every((r) => r.kind === "plan")).toBe(true);
    expect(plans.total).toBeGreaterThan(0);
    const early = await listAgreements(t.db, filters({ from: "1993", to: "1994" }), "en");
    expect(early.rows.map((r) => r.slug)).toContain("environmental-cooperation-agreement-1993");
    expect(early.rows.every((r) => r.signedOn !== null && r.signedOn >= "1993" && r.signedOn < "1995")).toBe(true);
    const digital = await listAgreements(t.db, filters({ sector: "digital" }), "en");
    expect(digital.rows.map((r) => r.slug)).toContain("digital-technology-agreement-2026");
    const chinaSigned = await listAgreements(t.db, filters({ side: "CN" }), "en");
    expect(chinaSigned.rows.every((r) => r.signatories.some((s) => s.side === "CN"))).toBe(true);
  });

  it("combines search with filters and sorts by relevance", async () => {
    const result = await listAgreements(t.db, filters({ q: "carbon market", side: "KR" }), "en");
    expect(result.sort).toBe("relevance");
    expect(result.rows.map((r) => r.slug)).toEqual(["environmental-cooperation-mou-2026"]);
    expect(result.terms).toEqual(["carbon", "market"]);
  });

  it("leaves archived agreements out of a search, with filters and without", async () => {
    const before = await listAgreements(t.db, filters({ q: "carbon market" }), "en");
    const hit = before.rows[0];
    if (!hit) throw new Error("the seed has no agreement about carbon markets");
    await t.db.agreement.update({ where: { slug: hit.slug }, data: { archivedAt: new Date() } });
    try {
      const searches: Record<string, string>[] = [{ q: "carbon market" }, { q: "carbon market", side: "KR" }];
      for (const raw of searches) {
        const after = await listAgreements(t.db, filters(raw), "en");
        expect(
          after.rows.map((r) => r.slug),
          JSON.stringify(raw),
        ).not.toContain(hit.slug);
      }
      expect((await listAgreements(t.db, filters({ q: "carbon market" }), "en")).total).toBe(before.total - 1);
    } finally {
      await t.db.agreement.update({ where: { slug: hit.slug }, data: { archivedAt: null } });
    }
  });

  it("sorts by title in the reader's language", async () => {
    const result = await listAgreements(t.db, filters({ sort: "title" }), "en");
    const titles = result.rows.map((r) => r.titleEn);
    expect(titles).toEqual([...titles].sort());
    const korean = await listAgreements(t.db, filters({ sort: "title" }), "ko");
    expect(korean.total).toBe(result.total);
  });

  it("pages without duplicates or gaps, and clamps a page past the end", async () => {
    const all = await listAgreements(t.db, filters({}), "en");
    const page99 = await listAgreements(t.db, filters({ page: "99" }), "en");
    expect(page99.page).toBe(all.pageCount);
    expect(new Set(all.rows.map((r) => r.slug)).size).toBe(all.rows.length);
  });

  it("shows an empty result, not an error, when nothing matches", async () => {
    const result = await listAgreements(t.db, filters({ q: "zzzznothing" }), "en");
    expect(result).toMatchObject({ total: 0, rows: [], page: 1, pageCount: 1 });
  });

  it("gives no rows, in any order, when the filters allow none of the search's hits", async () => {
    const found = await listAgreements(t.db, filters({ q: "carbon market" }), "en");
    expect(found.total).toBeGreaterThan(0);
    for (const sort of ["relevance", "date", "title"]) {
      const query = { q: "carbon market", ministry: "no-such-ministry", sort, page: "3" };
      const result = await listAgreements(t.db, filters(query), "en");
      expect(result).toMatchObject({ total: 0, rows: [], page: 1, pageCount: 1 });
    }
  });
});

describe("getAgreement", () => {
  it("gives the 2026 MOU with its lineage 1993 → 2014 → 2026 and its competing date claim", async () => {
    const mou = await getAgreement(t.db, "environmental-cooperation-mou-2026");
    expect(mou?.lineage.map((l) => l.slug)).toEqual([
      "environmental-cooperation-agreement-1993",
      "environmental-cooperation-agreement-2014",
      "environmental-cooperation-mou-2026",
    ]);
    const competing = mou?.citations.filter((c) => c.stance === "competing" && c.field === "signedOn");
    expect(competing?.map((c) => c.claim)).toContain("05 Monday 2025");
    expect(mou?.signatories.map((s) => s.ministry.side).sort()).toEqual(["CN", "KR"]);
  });

  it("gives the same lineage from the oldest end", async () => {
    const first = await getAgreement(t.db, "environmental-cooperation-agreement-1993");
    expect(first?.lineage.map((l) => l.slug).at(-1)).toBe("environmental-cooperation-mou-2026");
  });

  it("is null for an unknown slug", async () => {
    expect(await getAgreement(t.db, "no-such-agreement")).toBeNull();
  });
});

describe("counterpart matrix", () => {
  it("counts the agreements each Korean and Chinese ministry signed together", async () => {
    const matrix = await getCounterpartMatrix(t.db);
    const pairs = await t.db.agreement.findMany({
      select: { signatories: { select: { ministry: { select: { slug: true, side: true } } } } },
    });
    let expected = 0;
    for (const a of pairs) {
      const kr = a.signatories.filter((s) => s.ministry.side === "KR").length;
      const cn = a.signatories.filter((s) => s.ministry.side === "CN").length;
      expected += kr * cn;
    }
    const total = Object.values(matrix.counts)
      .flatMap((row) => Object.values(row))
      .reduce((a, b) => a + b, 0);
    expect(total).toBe(expected);
    expect(matrix.counts.mcee?.["mee-china"]).toBe(1);
  });
});

describe("dialogues against their cadence", () => {
  it("never calls a dialogue whose cadence no source states due or overdue; a biennial one is overdue two years on", async () => {
    const slug = "directors-general-policy-dialogue-environment";
    // The sources disagree on how often the director-general dialogue meets (issue 16).
    expect((await listDialogues(t.db, TODAY)).find((d) => d.slug === slug)?.due.kind).toBe("unknown");
    await t.db.dialogue.update({ where: { slug }, data: { cadence: "biennial", cadenceMonths: 24 } });
    try {
      const dg = (await listDialogues(t.db, TODAY)).find((d) => d.slug === slug);
      const last =
        dg?.meetings
          .map((m) => m.heldOn ?? "")
          .sort()
          .at(-1) ?? "";
      expect(last).toBe("2023-12-20");
      expect(dg?.due).toMatchObject({ kind: "overdue", on: "2025-12-20" });
      const before = await listDialogues(t.db, "2025-06-01");
      expect(before.find((d) => d.slug === slug)?.due.kind).toBe("due");
    } finally {
      await t.db.dialogue.update({ where: { slug }, data: { cadence: "unknown", cadenceMonths: null } });
    }
  });

  it("shows the ICT strategy dialogue's 2026 meeting in Beijing as scheduled", async () => {
    const ict = await getDialogue(t.db, "ict-strategy-dialogue", TODAY);
    expect(ict?.due).toEqual({ kind: "scheduled", on: "2026" });
    expect(ict?.meetings[0]?.placeEn).toMatch(/Beijing/);
  });
});

describe("timeline", () => {
  it("lists the 2026 ICT strategy dialogue under science and ICT, and the 7th DG dialogue in 2023", async () => {
    const entries = await listTimelineEntries(t.db, TODAY);
    const ict = filterTimeline(entries, { sector: "science-ict" }).find(
      (e) => e.key === "meeting-ict-strategy-dialogue-2026",
    );
    expect(ict).toMatchObject({ date: "2026", place: { en: expect.stringMatching(/Beijing/) } });
    const in2023 = filterTimeline(entries, { from: 2023, to: 2023 });
    expect(in2023.some((e) => e.kind === "meeting" && e.date === "2023-12-20")).toBe(true);
    expect(in2023.every((e) => e.date.startsWith("2023"))).toBe(true);
  });

  it("filters to one record for the timelines embedded in record pages", async () => {
    const entries = await listTimelineEntries(t.db, TODAY);
    const forMou = filterTimeline(entries, {}, { agreement: "environmental-cooperation-mou-2026" });
    expect(forMou.map((e) => e.key)).toContain("agreement-signed-environmental-cooperation-mou-2026");
    expect(forMou.every((e) => e.refs.agreements.includes("environmental-cooperation-mou-2026"))).toBe(true);
  });

  it("with a limit, gives exactly the earliest entries of the whole filtered timeline, in its order", async () => {
    const order = (es: TimelineEntry[]) => groupByYear(es).flatMap((g) => g.entries);
    const queries: TimelineFilters[] = [{}, { sector: "environment-climate" }, { side: "CN" }, { kind: "meeting" }];
    for (const query of queries) {
      const all = order(filterTimeline(await listTimelineEntries(t.db, TODAY, query), query));
      expect(all.length, JSON.stringify(query)).toBeGreaterThan(2);
      for (const limit of [1, 3, all.length - 1, all.length + 5]) {
        const some = await listTimelineEntries(t.db, TODAY, { ...query, limit });
        expect(some.map((e) => e.key)).toEqual(all.slice(0, limit).map((e) => e.key));
      }
    }
  });

  it("scopes to one record by its key: the same entries as filtering the whole timeline", async () => {
    const scope = { agreement: "environmental-cooperation-mou-2026" };
    const whole = filterTimeline(await listTimelineEntries(t.db, TODAY), {}, scope).map((e) => e.key);
    const scoped = filterTimeline(await listTimelineEntries(t.db, TODAY, { scope }), {}, scope).map((e) => e.key);
    expect(scoped.sort()).toEqual(whole.sort());
    expect(scoped.length).toBeGreaterThan(1);
    expect(await listTimelineEntries(t.db, TODAY, { scope: { agreement: "no-such-agreement" } })).toEqual([]);
  });
});

describe("timeline years", () => {
  const countsOf = (entries: TimelineEntry[]) =>
    groupByYear(entries).map((g) => ({ year: g.year, count: g.entries.length }));

  it("counts each year's entries under the filters, exactly as listing them would, and leaves empty years out", async () => {
    const queries: TimelineFilters[] = [
      {},
      { sector: "science-ict" },
      { side: "CN" },
      { kind: "meeting" },
      { kind: "status" },
      { sector: "environment-climate", side: "KR" },
    ];
    for (const query of queries) {
      const expected = countsOf(filterTimeline(await listTimelineEntries(t.db, TODAY, query), query));
      const counted = await countTimelineYears(t.db, TODAY, query);
      expect(counted, JSON.stringify(query)).toEqual(expected);
      expect(counted.every((y) => y.count > 0)).toBe(true);
    }
  });

  it("spans the record's years with gaps, and one year's count is what a page of that year lists", async () => {
    const years = await countTimelineYears(t.db, TODAY);
    const span = (years.at(-1)?.year ?? 0) - (years[0]?.year ?? 0) + 1;
    expect(years.length).toBeLessThan(span);
    const y2023 = years.find((y) => y.year === 2023);
    expect(y2023?.count).toBeGreaterThan(0);
    const page = filterTimeline(await listTimelineEntries(t.db, TODAY, { from: 2023, to: 2023 }), {
      from: 2023,
      to: 2023,
    });
    expect(page.length).toBe(y2023?.count);
  });

  it("follows the data: an event added in an empty year makes that year appear with one entry", async () => {
    const before = await countTimelineYears(t.db, TODAY);
    expect(before.some((y) => y.year === 1995)).toBe(false);
    const event = await t.db.event.create({
      data: { slug: "test-event-1995", kind: "forum", status: "held", titleEn: "Test forum", startOn: "1995-05" },
    });
    try {
      expect((await countTimelineYears(t.db, TODAY)).find((y) => y.year === 1995)).toEqual({ year: 1995, count: 1 });
    } finally {
      await t.db.event.delete({ where: { id: event.id } });
    }
  });
});

describe("timeline pages within a period", () => {
  it("pages a year holding more than a page, opening on the page that holds today's marker", async () => {
    // More than two pages dated only "2026" (current all year, so before the marker), a few ahead of today.
    const before = 2 * TIMELINE_PAGE_ENTRIES + 7;
    const data = [
      ...Array.from({ length: before }, (_, i) => ({ n: i, startOn: "2026" })),
      ...Array.from({ length: 5 }, (_, i) => ({ n: before + i, startOn: `2026-12-${10 + i}` })),
    ];
    await t.db.event.createMany({
      data: data.map(({ n, startOn }) => ({
        slug: `paging-event-${String(n).padStart(3, "0")}`,
        kind: "forum",
        status: "held",
        titleEn: `Paging forum ${n}`,
        startOn,
      })),
    });
    try {
      const all = groupByYear(
        filterTimeline(await listTimelineEntries(t.db, TODAY, { from: 2026, to: 2026 }), { from: 2026, to: 2026 }),
      ).flatMap((g) => g.entries);
      const marker = all.findIndex((e) => e.date > TODAY && !TODAY.startsWith(e.date));
      expect(all.length).toBeGreaterThan(2 * TIMELINE_PAGE_ENTRIES);

      const first = await readTimelinePage(t.db, TODAY, {});
      expect(first.period).toMatchObject({ from: 2026, to: 2026, chosen: true });
      expect(first.total).toBe(all.length);
      expect(first.pageCount).toBe(Math.ceil(all.length / TIMELINE_PAGE_ENTRIES));
      // The default page holds the last entry before today's marker, and the marker falls on it.
      expect(first.page).toBe(first.todayPage);
      expect(first.page).toBeGreaterThan(1);
      expect(first.entries.map((e) => e.key)).toContain(all[marker - 1]?.key);
      expect(first.entries.length).toBeLessThanOrEqual(TIMELINE_PAGE_ENTRIES);

      // Every page in turn gives the whole year once, in order; a page past the end is the last.
      const keys: string[] = [];
      for (let page = 1; page <= first.pageCount; page++) {
        keys.push(...(await readTimelinePage(t.db, TODAY, { page: String(page) })).entries.map((e) => e.key));
      }
      expect(keys).toEqual(all.map((e) => e.key));
      expect((await readTimelinePage(t.db, TODAY, { page: "999" })).page).toBe(first.pageCount);
      // A deep link to an entry (an event's, from search) opens on the page that holds it.
      const early = all[0]?.key as string;
      expect((await readTimelinePage(t.db, TODAY, { from: "2026", to: "2026", at: early })).entries[0]?.key).toBe(
        early,
      );
      // A past year opens on its first page.
      expect((await readTimelinePage(t.db, TODAY, { from: "2023", to: "2023" })).page).toBe(1);
    } finally {
      await t.db.event.deleteMany({ where: { slug: { startsWith: "paging-event-" } } });
    }
  });
});

describe("status board", () => {
  it("counts exactly the items in the database, by status", async () => {
    const board = await getStatusBoard(t.db, TODAY, 180);
    for (const status of IMPLEMENTATION_STATUSES) {
      expect(board.counts[status], status).toBe(await t.db.planItem.count({ where: { status, archivedAt: null } }));
    }
    expect(board.total).toBe(await t.db.planItem.count({ where: { archivedAt: null } }));
  });

  it("finds items stale after the configured number of days", async () => {
    const assessed = await t.db.planItem.findMany({ where: { statusAssessedOn: { not: null } } });
    expect(assessed.length).toBeGreaterThan(0);
    const soon = await getStatusBoard(t.db, "2026-06-10", 180);
    expect(soon.stale).toHaveLength(0);
    const later = await getStatusBoard(t.db, "2026-06-10", 10);
    expect(later.stale.map((i) => i.slug).sort()).toEqual(assessed.map((i) => i.slug).sort());
  });

  it("windows its lists: the first few on the overview, every one of them a page at a time when shown whole", async () => {
    const open = await t.db.planItem.findMany({
      where: { archivedAt: null, status: { in: ["not_started", "in_progress", "delayed", "not_assessed"] } },
      select: { slug: true },
    });
    // Stale after one day: every open item, assessed or not (the seed's were recorded before today).
    const overview = await getStatusBoard(t.db, "2030-01-01", 1);
    expect(overview.staleCount).toBe(open.length);
    expect(overview.stale.length).toBe(Math.min(open.length, STATUS_PREVIEW_ITEMS));
    expect(overview.byPlan.length).toBeLessThanOrEqual(STATUS_PREVIEW_GROUPS);
    const whole = await getStatusBoard(t.db, "2030-01-01", 1, undefined, { show: "stale", page: 1 });
    expect(whole.stale.map((i) => i.slug).sort()).toEqual(open.map((i) => i.slug).sort());
    // A list shown whole leaves the others out, and the mix too.
    expect(whole.overdue).toEqual([]);
    expect(whole.mix).toEqual([]);
    const plans = await getStatusBoard(t.db, TODAY, 180, undefined, { show: "plans", page: 1 });
    expect(plans.byPlan.length).toBe(plans.planCount);
    const selected = await getStatusBoard(t.db, TODAY, 180, "not_assessed");
    expect(selected.selected.length).toBe(Math.min(selected.counts.not_assessed, STATUS_PAGE_ITEMS));
  });
});

describe("status board queries agree with the status rules", () => {
  it("finds exactly the items that isOverdue and isStale pick, at every date precision", async () => {
    const plan = await t.db.actionPlan.findFirstOrThrow({ where: { slug: "clear-sky-plan" } });
    const dues = ["2026", "2025", "2026-11", "2026-10", "2026-11-25", "2026-11-26", "2027-01-01"];
    const assessed = ["2026-05-28", "2026-05", "2026", "2025", "2026-05-29", null, "2026-06-01"];
    for (const [i, dueOn] of dues.entries()) {
      await t.db.planItem.create({
        data: {
          slug: `rule-check-${i}`,
          planId: plan.id,
          number: 100 + i,
          titleEn: `Rule check ${i}`,
          dueOn,
          status: i === 1 ? "completed" : "in_progress",
          statusAssessedOn: assessed[i] ?? null,
        },
      });
    }
    const board = await getStatusBoard(t.db, TODAY, 180);
    const items = await t.db.planItem.findMany({ where: { archivedAt: null } });
    const expectedOverdue = items.filter((i) => isOverdue(i, TODAY)).map((i) => i.slug);
    expect(board.overdue.map((i) => i.slug).sort()).toEqual(expectedOverdue.sort());
    // Due in October, and yesterday; not "2026" (the year is not over), not today, not a completed item.
    expect(expectedOverdue.sort()).toEqual(["rule-check-3", "rule-check-4"]);
    const expectedStale = items
      .filter((i) => isStale({ ...i, createdOn: i.createdAt.toISOString().slice(0, 10) }, TODAY, 180))
      .map((i) => i.slug);
    expect(board.stale.map((i) => i.slug).sort()).toEqual(expectedStale.sort());
    expect(board.staleCount).toBe(expectedStale.length);
    await t.db.planItem.deleteMany({ where: { slug: { startsWith: "rule-check-" } } });
  });

  it("ends the status mix with today's counts", async () => {
    const board = await getStatusBoard(t.db, TODAY, 180);
    const now = board.mix.at(-1);
    expect(now?.end).toBe(TODAY);
    const assessed = IMPLEMENTATION_STATUSES.filter((s) => s !== "not_assessed");
    for (const s of assessed) expect(now?.counts[s], s).toBe(board.counts[s]);
    expect(board.mix.length).toBeGreaterThan(1);
  });

  it("counts each year end's mix as the latest assessment up to that day, same-day ties by recording time", async () => {
    const plan = await t.db.actionPlan.findFirstOrThrow({ where: { slug: "clear-sky-plan" } });
    // Histories across year ends, on a year end itself, after today, and two on one day.
    const histories: [string, string, string][][] = [
      [
        ["2021-03-01", "not_started", "2021-03-01T00:00:00Z"],
        ["2023-12-31", "in_progress", "2024-01-01T00:00:00Z"],
      ],
      [
        ["2022-06-01", "delayed", "2022-06-01T00:00:00Z"],
        ["2022-06-01", "completed", "2022-06-02T00:00:00Z"],
      ],
      [
        ["2024-12-31", "in_progress", "2025-01-01T00:00:00Z"],
        ["2026-11-27", "completed", "2026-11-27T00:00:00Z"],
      ],
      [["2019-01-05", "discontinued", "2019-01-05T00:00:00Z"]],
    ];
    for (const [i, history] of histories.entries()) {
      const item = await t.db.planItem.create({
        data: { slug: `mix-check-${i}`, planId: plan.id, number: 200 + i, titleEn: `Mix check ${i}` },
      });
      for (const [assessedOn, status, createdAt] of history)
        await t.db.statusUpdate.create({
          data: { planItemId: item.id, assessedOn, status, basis: "staff", createdAt: new Date(createdAt) },
        });
    }
    const board = await getStatusBoard(t.db, TODAY, 180);
    // The reference: for each end, every live item's latest update on or before it, by brute force.
    const updates = await t.db.statusUpdate.findMany({
      where: { planItem: { archivedAt: null } },
      select: { planItemId: true, status: true, assessedOn: true, createdAt: true, id: true },
    });
    const items = await t.db.planItem.findMany({
      where: { archivedAt: null },
      select: { id: true, plan: { select: { startOn: true } } },
    });
    for (const { end, counts } of board.mix) {
      const expected = Object.fromEntries(IMPLEMENTATION_STATUSES.map((s) => [s, 0])) as Record<string, number>;
      for (const item of items) {
        const latest = updates
          .filter((u) => u.planItemId === item.id && u.assessedOn <= end)
          .sort(
            (a, b) =>
              a.assessedOn.localeCompare(b.assessedOn) ||
              a.createdAt.getTime() - b.createdAt.getTime() ||
              a.id.localeCompare(b.id),
          )
          .at(-1);
        if (latest) expected[latest.status] = (expected[latest.status] ?? 0) + 1;
        else if (item.plan.startOn === null || item.plan.startOn <= end)
          expected.not_assessed = (expected.not_assessed ?? 0) + 1;
      }
      expect(counts, end).toEqual(expected);
    }
    const at2022 = board.mix.find((m) => m.end === "2022-12-31");
    expect(at2022?.counts.completed).toBeGreaterThan(0);
    await t.db.statusUpdate.deleteMany({ where: { planItem: { slug: { startsWith: "mix-check-" } } } });
    await t.db.planItem.deleteMany({ where: { slug: { startsWith: "mix-check-" } } });
  });
});
