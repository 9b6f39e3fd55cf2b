/**
 * The staff forms' name lookup (lib/server/search/lookup.ts) on a real database: SQLite
 * here, PostgreSQL under `npm run test:postgres`, with the same expectations on both
 * (the same records, in the same order).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lookupRecords, MAX_LOOKUP_LIMIT, MAX_LOOKUP_TEXT } from "@/lib/server/search";
import { lookupHaystack } from "@/lib/server/search/lookup";
import { createTestDb, onPostgres, type TestDb } from "../helpers/db";

let t: TestDb;

type A = { id: string; titleEn: string; titleKo?: string; titleZh?: string; archived?: boolean };
const AGREEMENTS: A[] = [
  { id: "a-carbon", titleEn: "Carbon Markets MOU", titleKo: "탄소시장 양해각서", titleZh: "碳市场谅解备忘录" },
  {
    id: "a-env",
    titleEn: "Korea–China environmental cooperation on carbon",
    titleKo: "한중 환경협력",
    titleZh: "中韩环境合作",
  },
  { id: "a-zeta", titleEn: "Zeta carbon pact" },
  { id: "a-archived", titleEn: "Carbon archive agreement", titleKo: "탄소 보관 협정", archived: true },
  { id: "a-wild", titleEn: "Fund 100% green_bonds \\ back" },
  { id: "a-plain", titleEn: "Fund 1000 green bonds back" },
  // Byte order (SQLite's BINARY, PostgreSQL's C): upper case, then lower case, then accented.
  { id: "a-apple", titleEn: "apple fruit accord" },
  { id: "a-banana", titleEn: "Banana fruit accord" },
  { id: "a-aepfel", titleEn: "äpfel fruit accord" },
  // Same English title: the id decides.
  { id: "a-twin-2", titleEn: "Twin accord" },
  { id: "a-twin-1", titleEn: "Twin accord" },
  ...Array.from({ length: 30 }, (_, i) => ({
    id: `a-bulk-${String(i).padStart(2, "0")}`,
    titleEn: `Bulk accord ${String(i).padStart(2, "0")}`,
  })),
];

const ids = async (kind: string, text: string, limit?: number) => {
  const result = await lookupRecords(t.db, kind, text, limit);
  if (!result.ok) throw new Error(result.message);
  return result.hits.map((h) => h.id);
};

beforeAll(async () => {
  t = await createTestDb();
  for (const a of AGREEMENTS) {
    await t.db.agreement.create({
      data: {
        id: a.id,
        slug: `slug-${a.id}`,
        kind: "mou",
        status: "signed",
        titleEn: a.titleEn,
        titleKo: a.titleKo ?? null,
        titleZh: a.titleZh ?? null,
        archivedAt: a.archived ? new Date("2026-01-01T00:00:00Z") : null,
      },
    });
  }
  const sector = await t.db.sector.create({ data: { slug: "env", nameEn: "Environment" } });
  await t.db.actionPlan.create({
    data: {
      id: "p-sky",
      slug: "clear-sky",
      titleEn: "Clear Sky Plan",
      titleKo: "맑은 하늘 계획",
      titleZh: "碧水蓝天计划",
      sectorId: sector.id,
    },
  });
  await t.db.planItem.create({
    data: {
      id: "i-dust",
      slug: "clear-sky-dust-forecasts",
      planId: "p-sky",
      number: 3,
      titleEn: "Joint fine dust forecasts",
      titleKo: "미세먼지 공동 예보",
      titleZh: "细颗粒物联合预报",
    },
  });
  await t.db.planItem.create({
    data: {
      id: "i-archived",
      slug: "old-dust-item",
      planId: "p-sky",
      number: 4,
      titleEn: "Dust item archived",
      archivedAt: new Date("2026-01-01T00:00:00Z"),
    },
  });
  await t.db.event.create({
    data: {
      id: "e-delegation",
      slug: "beijing-delegation-2026",
      kind: "delegation",
      status: "held",
      titleEn: "Delegation to Beijing and Tianjin",
      titleKo: "베이징·톈진 대표단",
    },
  });
  await t.db.ministry.create({
    data: {
      id: "m-mofa",
      slug: "foreign-affairs",
      side: "KR",
      kind: "ministry",
      nameEn: "Ministry of Foreign Affairs",
      nameKo: "외교부",
      nameZh: "外交部",
      abbreviation: "MOFA",
    },
  });
});
afterAll(() => t.cleanup());

describe("lookupRecords", () => {
  it("finds a substring of the English, Korean or Chinese title, or of the slug", async () => {
    expect(await ids("agreement", "markets")).toEqual(["a-carbon"]);
    expect(await ids("agreement", "시장")).toEqual(["a-carbon"]);
    expect(await ids("agreement", "市场")).toEqual(["a-carbon"]);
    expect(await ids("agreement", "碳")).toEqual(["a-carbon"]);
    expect(await ids("agreement", "환경협력")).toEqual(["a-env"]);
    expect(await ids("agreement", "slug-a-zeta")).toEqual(["a-zeta"]);
  });

  it("ignores the case of ASCII letters, in the text and in the titles", async () => {
    const expected = ["a-carbon", "a-env", "a-zeta"];
    expect(await ids("agreement", "carbon")).toEqual(expected);
    expect(await ids("agreement", "CARBON")).toEqual(expected);
    expect(await ids("agreement", "cArBoN mArKeTs")).toEqual(["a-carbon"]);
  });

  it("puts records with a name starting with the text first, then by English title in byte order, then by id", async () => {
    // "Carbon Markets MOU" and its slug-less peers: only a-carbon starts with "carbon".
    expect(await ids("agreement", "carbon")).toEqual(["a-carbon", "a-env", "a-zeta"]);
    // None starts with "fruit": B < a < ä in UTF-8 byte order on both databases.
    expect(await ids("agreement", "fruit")).toEqual(["a-banana", "a-apple", "a-aepfel"]);
    expect(await ids("agreement", "twin")).toEqual(["a-twin-1", "a-twin-2"]);
  });

  it("takes %, _ and the escape character literally", async () => {
    expect(await ids("agreement", "100%")).toEqual(["a-wild"]);
    expect(await ids("agreement", "%")).toEqual(["a-wild"]);
    expect(await ids("agreement", "green_bonds")).toEqual(["a-wild"]);
    expect(await ids("agreement", "_")).toEqual(["a-wild"]);
    expect(await ids("agreement", "\\")).toEqual(["a-wild"]);
    expect(await ids("agreement", "\\ back")).toEqual(["a-wild"]);
    expect(await ids("agreement", "green bonds")).toEqual(["a-plain"]);
  });

  it("never matches across two names", async () => {
    // a-carbon's English title ends with "MOU" and its Korean one starts with 탄소.
    expect(await ids("agreement", "mou 탄소")).toEqual([]);
    expect(await ids("agreement", "mou탄소")).toEqual([]);
  });

  it("leaves archived records out", async () => {
    expect(await ids("agreement", "archive")).toEqual([]);
    expect(await ids("agreement", "보관")).toEqual([]);
  });

  it("returns at most `limit` records, 20 by default", async () => {
    expect(await ids("agreement", "bulk", 5)).toEqual([
      "a-bulk-00",
      "a-bulk-01",
      "a-bulk-02",
      "a-bulk-03",
      "a-bulk-04",
    ]);
    expect(await ids("agreement", "bulk")).toHaveLength(20);
    expect(await ids("agreement", "bulk", MAX_LOOKUP_LIMIT)).toHaveLength(30);
  });

  it("looks up plans by title and ministries by name or abbreviation", async () => {
    expect(await ids("plan", "sky")).toEqual(["p-sky"]);
    expect(await ids("plan", "하늘")).toEqual(["p-sky"]);
    expect(await ids("ministry", "mofa")).toEqual(["m-mofa"]);
    expect(await ids("ministry", "外交")).toEqual(["m-mofa"]);
    const result = await lookupRecords(t.db, "ministry", "외교");
    expect(result).toEqual({
      ok: true,
      hits: [
        {
          id: "m-mofa",
          slug: "foreign-affairs",
          en: "Ministry of Foreign Affairs",
          ko: "외교부",
          zh: "外交部",
          abbreviation: "MOFA",
        },
      ],
    });
  });

  it("looks up plan items and events by title or slug, archived items left out", async () => {
    expect(await ids("item", "dust")).toEqual(["i-dust"]);
    expect(await ids("item", "미세먼지")).toEqual(["i-dust"]);
    expect(await ids("item", "细颗粒物")).toEqual(["i-dust"]);
    expect(await ids("item", "dust-forecasts")).toEqual(["i-dust"]);
    expect(await ids("event", "TIANJIN")).toEqual(["e-delegation"]);
    expect(await ids("event", "톈진")).toEqual(["e-delegation"]);
    // Each kind reads its own table only.
    expect(await ids("agreement", "delegation")).toEqual([]);
    expect(await ids("plan", "forecasts")).toEqual([]);
  });

  it("trims the text and finds nothing for text no name holds", async () => {
    expect(await ids("agreement", "  markets  ")).toEqual(["a-carbon"]);
    expect(await ids("agreement", "nothing like this")).toEqual([]);
  });

  it.each([
    ["an unknown kind", "person", "x", undefined, "kind"],
    ["an empty kind", "", "x", undefined, "kind"],
    ["empty text", "agreement", "", undefined, "text"],
    ["only spaces", "agreement", "   ", undefined, "text"],
    ["text too long", "agreement", "가".repeat(MAX_LOOKUP_TEXT + 1), undefined, "text"],
    ["a NUL character", "agreement", "car\u0000bon", undefined, "text"],
    ["the names' separator", "agreement", "mou\u001f탄소", undefined, "text"],
    ["a limit of 0", "agreement", "x", 0, "limit"],
    ["a limit over the maximum", "agreement", "x", MAX_LOOKUP_LIMIT + 1, "limit"],
    ["a fractional limit", "agreement", "x", 1.5, "limit"],
  ])("refuses %s, naming the field", async (_label, kind, text, limit, field) => {
    const result = await lookupRecords(t.db, kind, text, limit);
    expect(result).toMatchObject({ ok: false, field });
    if (!result.ok) expect(result.message.startsWith(`${field} `)).toBe(true);
  });

  it("on PostgreSQL, the searched expression is the one the migration's trigram index holds", async (ctx) => {
    if (!onPostgres()) {
      console.log("Skipped on SQLite: the trigram indexes are PostgreSQL's (SQLite scans)");
      ctx.skip();
    }
    // The test tables are tiny, so the planner is told not to scan them: the trigram
    // index is then used, which it can be only while the expressions are the same.
    for (const [kind, table, index] of [
      ["agreement", "Agreement", "Agreement_lookup_trgm_idx"],
      ["plan", "ActionPlan", "ActionPlan_lookup_trgm_idx"],
      ["item", "PlanItem", "PlanItem_lookup_trgm_idx"],
      ["event", "Event", "Event_lookup_trgm_idx"],
      ["ministry", "Ministry", "Ministry_lookup_trgm_idx"],
    ] as const) {
      const plan = await t.db.$transaction(async (tx) => {
        await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
        return tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
          `EXPLAIN SELECT "id" FROM "${table}" WHERE ${lookupHaystack(kind, "postgresql")} LIKE $1 ESCAPE '\\'`,
          "%carbon%",
        );
      });
      expect(plan.map((r) => r["QUERY PLAN"]).join("\n")).toContain(`Bitmap Index Scan on "${index}"`);
    }
  });
});
