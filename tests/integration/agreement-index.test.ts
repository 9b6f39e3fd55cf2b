/**
 * The agreement index (lib/server/queries/agreement-index.ts) counts a filtered list
 * in memory instead of in the database, and names the ministries and topics of a
 * page of rows. These tests hold it to the database: for generated filters, the
 * list's total is what the database counts with the same filters, and every row's
 * signatories and topics are the ones its join rows name. They also check that the
 * kept index (lib/server/cache/kept.ts) is read again after the data changes.
 */
import fc from "fast-check";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type AgreementFilters, AgreementFiltersSchema } from "@/lib/schemas/agreement-filters";
import { parseSearchParams } from "@/lib/schemas/search-params";
import { AGREEMENT_KINDS, AGREEMENT_STATUSES, SIDES } from "@/lib/schemas/vocab";
import { keptByStamp } from "@/lib/server/cache/kept";
import { agreementHead } from "@/lib/server/db/fragments";
import { agreementIndex } from "@/lib/server/queries/agreement-index";
import { filtersToWhere, listAgreements } from "@/lib/server/queries/agreements";
import { searchRecords } from "@/lib/server/search";
import { createSeededDb, type TestDb } from "../helpers/db";

let t: TestDb;
let sectors: string[];
let topics: string[];
let ministries: string[];

beforeAll(async () => {
  t = await createSeededDb();
  sectors = (await t.db.sector.findMany({ select: { slug: true } })).map((s) => s.slug);
  topics = (await t.db.topic.findMany({ select: { slug: true } })).map((s) => s.slug);
  ministries = (await t.db.ministry.findMany({ select: { slug: true } })).map((s) => s.slug);
  // Edges the seed lacks: a date of a year alone (on a year bound), an agreement
  // signed by one side only, and one signed by the international body as well
  // (the first four dated agreements by id; the last four are for the date order).
  const dated = (
    await t.db.agreement.findMany({
      where: { archivedAt: null, signedOn: { not: null } },
      orderBy: { id: "asc" },
      select: { id: true },
    })
  ).map((a) => a.id);
  const [year2020, year2021, oneSided, withIntl] = dated.slice(0, 4) as [string, string, string, string];
  await t.db.agreement.update({ where: { id: year2020 }, data: { signedOn: "2020" } });
  await t.db.agreement.update({ where: { id: year2021 }, data: { signedOn: "2021" } });
  await t.db.signatory.deleteMany({ where: { agreementId: oneSided, ministry: { side: "CN" } } });
  const intl = await t.db.ministry.findFirstOrThrow({ where: { side: "INTL" } });
  await t.db.signatory.create({ data: { agreementId: withIntl, ministryId: intl.id } });
  // Three signed on one day, so that the date order falls back on their titles, and one undated.
  const [tieA, tieB, tieC, undated] = dated.slice(-4) as [string, string, string, string];
  await t.db.agreement.updateMany({ where: { id: { in: [tieA, tieB, tieC] } }, data: { signedOn: "2019-05-01" } });
  await t.db.agreement.update({ where: { id: undated }, data: { signedOn: null } });
});
afterAll(() => t.cleanup());

const parse = (raw: Record<string, string | string[]>) => parseSearchParams(AgreementFiltersSchema, raw).values;

/** Filters as a URL gives them: any mix of the list's filters, known slugs and unknown ones. */
function filtersArbitrary() {
  // Each filter is absent more often than not, so that most cases match something.
  const maybe = <T>(arb: fc.Arbitrary<T>) =>
    fc.oneof({ arbitrary: fc.constant(undefined), weight: 3 }, { arbitrary: arb, weight: 1 });
  const slugOf = (known: () => string[]) => fc.oneof(fc.constantFrom(...known()), fc.constant("no-such-slug"));
  return fc
    .record({
      q: maybe(fc.constantFrom("cooperation", "environment", "협력", "合作", "carbon market")),
      sector: maybe(slugOf(() => sectors)),
      topic: maybe(slugOf(() => topics)),
      ministry: fc.array(
        slugOf(() => ministries),
        { maxLength: 2 },
      ),
      side: maybe(fc.constantFrom(...SIDES)),
      kind: maybe(fc.constantFrom(...AGREEMENT_KINDS)),
      status: maybe(fc.constantFrom(...AGREEMENT_STATUSES)),
      from: maybe(fc.integer({ min: 1990, max: 2027 })),
      to: maybe(fc.integer({ min: 1990, max: 2027 })),
    })
    .map((raw) => {
      const params: Record<string, string | string[]> = {};
      for (const [key, value] of Object.entries(raw)) if (value !== undefined) params[key] = String(value);
      params.ministry = raw.ministry;
      return parse(params);
    });
}

/** A page of the list: the first most often (a filtered list is often one page), else one of the next three. */
const pageArbitrary = fc.oneof(
  { arbitrary: fc.constant(1), weight: 3 },
  { arbitrary: fc.integer({ min: 2, max: 4 }), weight: 1 },
);

/** What the database counts for the filters: the same where, with the search's hits when there is a query. */
async function databaseCount(filters: AgreementFilters) {
  const search = filters.q ? await searchRecords(t.db, "agreement", filters.q) : null;
  const ids = filters.q ? (search?.hits.map((h) => h.id) ?? []) : null;
  return t.db.agreement.count({ where: await filtersToWhere(t.db, filters, ids) });
}

describe("the agreement index", () => {
  it("counts what the database counts, for generated filters", async () => {
    let matched = 0;
    await fc.assert(
      fc.asyncProperty(filtersArbitrary(), async (filters) => {
        const list = await listAgreements(t.db, filters, "en");
        expect(list.total).toBe(await databaseCount(filters));
        expect(list.rows.length).toBe(Math.min(list.total, 20));
        if (list.total > 0) matched++;
      }),
      { numRuns: 150 },
    );
    // Not a property of empty lists only.
    expect(matched).toBeGreaterThan(15);
  }, 60_000);

  it("pages newest first as the database orders them, for generated filters and pages", async () => {
    let compared = 0;
    await fc.assert(
      fc.asyncProperty(filtersArbitrary(), pageArbitrary, async (generated, page) => {
        const filters = { ...generated, sort: "date" as const, page };
        const list = await listAgreements(t.db, filters, "en");
        const search = filters.q ? await searchRecords(t.db, "agreement", filters.q) : null;
        const ids = filters.q ? (search?.hits.map((h) => h.id) ?? []) : null;
        const expected = await t.db.agreement.findMany({
          where: await filtersToWhere(t.db, filters, ids),
          orderBy: [{ signedOn: { sort: "desc", nulls: "last" } }, { titleEn: "asc" }, { id: "asc" }],
          skip: (list.page - 1) * 20,
          take: 20,
          select: { slug: true },
        });
        expect(list.rows.map((r) => r.slug)).toEqual(expected.map((r) => r.slug));
        if (list.rows.length > 1) compared++;
      }),
      { numRuns: 250 },
    );
    // Not a property of empty or one-row pages only (about 35 of 250 compare more).
    expect(compared).toBeGreaterThan(15);
  }, 60_000);

  it("reads a page's rows as Prisma reads them: every column, inferred dates and empty fields included", async () => {
    const inferred = await t.db.agreement.findFirstOrThrow({
      where: { archivedAt: null, signedInferred: false },
      select: { id: true, summaryZh: true },
    });
    await t.db.agreement.update({ where: { id: inferred.id }, data: { signedInferred: true, summaryZh: null } });
    try {
      const rows = [];
      const first = await listAgreements(t.db, parse({}), "en");
      for (let page = 1; page <= first.pageCount; page++) {
        rows.push(...(await listAgreements(t.db, parse({ page: String(page) }), "en")).rows);
      }
      const prisma = await t.db.agreement.findMany({
        where: { id: { in: rows.map((r) => r.id) } },
        select: agreementHead,
      });
      const byId = new Map(prisma.map((r) => [r.id, r]));
      expect(rows.some((r) => r.signedInferred === true)).toBe(true);
      expect(rows.some((r) => r.signedInferred === false)).toBe(true);
      for (const { signatories, topics, ...row } of rows) expect(row).toEqual(byId.get(row.id));
    } finally {
      await t.db.agreement.update({
        where: { id: inferred.id },
        data: { signedInferred: false, summaryZh: inferred.summaryZh },
      });
    }
  });

  it("orders one day's agreements by title and puts the undated last", async () => {
    const all = [];
    const first = await listAgreements(t.db, parse({}), "en");
    for (let page = 1; page <= first.pageCount; page++) {
      all.push(...(await listAgreements(t.db, parse({ page: String(page) }), "en")).rows);
    }
    expect(all.length).toBe(first.total);
    const sameDay = all.filter((r) => r.signedOn === "2019-05-01").map((r) => r.titleEn);
    expect(sameDay.length).toBe(3);
    expect(sameDay).toEqual([...sameDay].sort());
    const undated = all.findIndex((r) => r.signedOn === null);
    expect(undated).toBeGreaterThan(0);
    expect(all.slice(undated).every((r) => r.signedOn === null)).toBe(true);
  });

  it("counts the edges: a year alone on its bound, one side's agreements, a third party", async () => {
    const edges: Record<string, string>[] = [
      { from: "2020" },
      { to: "2020" },
      { from: "2020", to: "2020" },
      { side: "KR" },
      { side: "INTL" },
      { to: "2020", side: "KR" },
    ];
    for (const raw of edges) {
      const list = await listAgreements(t.db, parse(raw), "en");
      expect(list.total, JSON.stringify(raw)).toBe(await databaseCount(parse(raw)));
      expect(list.total, JSON.stringify(raw)).toBeGreaterThan(0);
    }
  });

  it("leaves out archived agreements, as the database does", async () => {
    const live = await t.db.agreement.findFirstOrThrow({ where: { archivedAt: null }, orderBy: { id: "asc" } });
    const before = (await listAgreements(t.db, parse({}), "en")).total;
    await t.db.agreement.update({ where: { id: live.id }, data: { archivedAt: new Date() } });
    try {
      const after = await listAgreements(t.db, parse({}), "en");
      expect(after.total).toBe(before - 1);
      expect(after.total).toBe(await databaseCount(parse({})));
    } finally {
      await t.db.agreement.update({ where: { id: live.id }, data: { archivedAt: null } });
    }
  });

  it("names each row's signatories and topics as its join rows do", async () => {
    const list = await listAgreements(t.db, parse({}), "en");
    expect(list.rows.length).toBeGreaterThan(0);
    for (const row of list.rows) {
      const joins = await t.db.agreement.findUniqueOrThrow({
        where: { id: row.id },
        select: {
          signatories: { select: { ministry: { select: { slug: true, side: true } } } },
          topics: { select: { topic: { select: { slug: true, sector: { select: { slug: true } } } } } },
        },
      });
      expect(row.signatories.map((s) => `${s.slug}/${s.side}`).sort()).toEqual(
        joins.signatories.map((s) => `${s.ministry.slug}/${s.ministry.side}`).sort(),
      );
      expect(row.topics.map((x) => `${x.slug}/${x.sector}`).sort()).toEqual(
        joins.topics.map((x) => `${x.topic.slug}/${x.topic.sector.slug}`).sort(),
      );
    }
  });

  it("matches nothing for a slug that names nothing, and everything live without filters", async () => {
    const index = await agreementIndex(t.db);
    expect((await listAgreements(t.db, parse({ sector: "no-such-sector" }), "en")).total).toBe(0);
    expect((await listAgreements(t.db, parse({ ministry: "no-such-ministry" }), "en")).total).toBe(0);
    expect((await listAgreements(t.db, parse({}), "en")).total).toBe(index.entries.length);
  });
});

describe("keptByStamp", () => {
  const runtime = process.env.NEXT_RUNTIME;
  afterEach(() => {
    if (runtime === undefined) delete process.env.NEXT_RUNTIME;
    else process.env.NEXT_RUNTIME = runtime;
  });
  const audit = () =>
    t.db.auditEntry.create({
      data: { actorLabel: "test", action: "update", entityType: "agreement", entityId: "x", changes: "{}" },
    });

  it("keeps a value in a Next.js server until the data's stamp moves", async () => {
    process.env.NEXT_RUNTIME = "nodejs";
    let loads = 0;
    const load = async () => ++loads;
    expect(await keptByStamp(t.db, "kept-test", load)).toBe(1);
    expect(await keptByStamp(t.db, "kept-test", load)).toBe(1);
    await audit();
    expect(await keptByStamp(t.db, "kept-test", load)).toBe(2);
    expect(loads).toBe(2);
  });

  it("does not keep a failed load", async () => {
    process.env.NEXT_RUNTIME = "nodejs";
    await audit();
    await expect(keptByStamp(t.db, "kept-fail", () => Promise.reject(new Error("disk gone")))).rejects.toThrow(
      "disk gone",
    );
    expect(await keptByStamp(t.db, "kept-fail", async () => "read again")).toBe("read again");
  });

  it("loads every time outside a Next.js server, where writes need not leave an audit entry", async () => {
    delete process.env.NEXT_RUNTIME;
    let loads = 0;
    await keptByStamp(t.db, "kept-outside", async () => ++loads);
    await keptByStamp(t.db, "kept-outside", async () => ++loads);
    expect(loads).toBe(2);
  });
});
