import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureSearchIndex, indexAgreements, searchRecords } from "@/lib/server/search";
import { chooseHits, MAX_SEARCH_HITS, RANKED_CANDIDATES, type RankedPart } from "@/lib/server/search/fts";
import { insertDocument, tsvectorLiteral } from "@/lib/server/search/pg";
import { PG_SEARCH_TABLE } from "@/lib/server/search/pg-tables";
import { tokensForIndex } from "@/lib/server/search/tokenize";
import { createSeededDb, createTestDb, onPostgres, type TestDb } from "../helpers/db";

let t: TestDb;
const slugsFor = async (query: string) => {
  const result = await searchRecords(t.db, "agreement", query);
  const ids = result?.hits.map((h) => h.id) ?? [];
  const rows = await t.db.agreement.findMany({ where: { id: { in: ids } }, select: { id: true, slug: true } });
  const slug = new Map(rows.map((r) => [r.id, r.slug]));
  return ids.map((id) => slug.get(id));
};

beforeAll(async () => {
  t = await createSeededDb();
});
afterAll(() => t.cleanup());

describe("search over the seeded agreements", () => {
  it("finds the January 2026 environmental MOU for “carbon market”, and only it", async () => {
    expect(await slugsFor("carbon market")).toEqual(["environmental-cooperation-mou-2026"]);
  });

  it("finds the same MOU in Korean and Chinese, whatever the spacing", async () => {
    expect(await slugsFor("탄소시장")).toEqual(["environmental-cooperation-mou-2026"]);
    expect(await slugsFor("碳市场")).toEqual(["environmental-cooperation-mou-2026"]);
  });

  it("finds one- and two-character Korean and Chinese words", async () => {
    expect(await slugsFor("碳")).toContain("environmental-cooperation-mou-2026");
    expect(await slugsFor("탄소")).toContain("environmental-cooperation-mou-2026");
    expect(await slugsFor("투자")).toContain("industrial-complexes-mou-2026");
  });

  it("searches ministry names, aliases and the passages cited", async () => {
    expect(await slugsFor("Saemangeum")).toContain("industrial-complexes-mou-2026");
    // Signed by MOFCOM: found by its signatory's name and its aliases, not only its own title.
    for (const term of ["Commerce", "商务部", "MOTIE", "새만금"]) {
      expect(await slugsFor(term), term).toContain("industrial-complexes-mou-2026");
    }
    const commerce = await t.db.agreement.findMany({
      where: { slug: { in: (await slugsFor("Commerce")) as string[] } },
      select: { titleEn: true },
    });
    expect(commerce.some((a) => !/commerce/i.test(a.titleEn))).toBe(true);
  });

  it("ranks a title match above a match only in the body", async () => {
    const slugs = await slugsFor("environmental");
    const rows = await t.db.agreement.findMany({
      where: { slug: { in: slugs as string[] } },
      select: { slug: true, titleEn: true },
    });
    const hasTitle = (s: string | undefined) => /environmental/i.test(rows.find((r) => r.slug === s)?.titleEn ?? "");
    const firstWithout = slugs.findIndex((s) => !hasTitle(s));
    const lastWith = slugs.map(hasTitle).lastIndexOf(true);
    expect(slugs.slice(0, lastWith + 1)).toContain("environmental-cooperation-mou-2026");
    expect(firstWithout).toBeGreaterThan(0);
    expect(lastWith).toBeLessThan(firstWithout);
  });

  it("treats operators and stray syntax as text instead of failing", async () => {
    await expect(slugsFor('carbon OR NOT "market')).resolves.toEqual(expect.any(Array));
    await expect(slugsFor("NEAR(carbon market) *^:")).resolves.toEqual(expect.any(Array));
    expect(await searchRecords(t.db, "agreement", "()*")).toBeNull();
  });

  it("follows an edit once the record is re-indexed", async () => {
    const mou = await t.db.agreement.findUniqueOrThrow({ where: { slug: "science-technology-agreement-2026" } });
    expect(await slugsFor("quantumfoam")).toEqual([]);
    await t.db.agreement.update({ where: { id: mou.id }, data: { summaryEn: `${mou.summaryEn} quantumfoam` } });
    await indexAgreements(t.db, [mou.id]);
    expect(await slugsFor("quantumfoam")).toEqual(["science-technology-agreement-2026"]);
  });

  it("inside a transaction, sees the transaction's own re-indexing; outside, once it is committed", async () => {
    const mou = await t.db.agreement.findUniqueOrThrow({ where: { slug: "industrial-complexes-mou-2026" } });
    await t.db.$transaction(async (tx) => {
      await tx.agreement.update({ where: { id: mou.id }, data: { summaryEn: `${mou.summaryEn} xylograph` } });
      await indexAgreements(tx, [mou.id]);
      expect((await searchRecords(tx, "agreement", "xylograph"))?.hits.map((h) => h.id)).toEqual([mou.id]);
    });
    // The search's own connection (SQLite) or pool (PostgreSQL) reads what was committed.
    expect(await slugsFor("xylograph")).toEqual(["industrial-complexes-mou-2026"]);
    expect(await slugsFor("xylograph commerce")).toEqual(["industrial-complexes-mou-2026"]);
  });
});

describe("chooseHits", () => {
  const part = (ids: string[], capped = false): RankedPart => ({
    hits: ids.map((id, i) => ({ id, rank: i, entry: 1000 - i })),
    capped,
  });

  it("takes a rare query's matches from `few` and ranks no part", async () => {
    const asked: string[] = [];
    const hits = await chooseHits({
      few: async () => part(["a", "b"]),
      rank: async (p) => {
        asked.push(p);
        return part([]);
      },
    });
    expect(hits.map((h) => h.id)).toEqual(["a", "b"]);
    expect(asked).toEqual([]);
  });

  it("ranks the parts when `few` finds many, or is not given", async () => {
    const many = Array.from({ length: MAX_SEARCH_HITS }, (_, i) => `t${i}`);
    const title = await chooseHits({ few: async () => null, rank: async () => part(many) });
    expect(title.map((h) => h.id)).toEqual(many);
    const asked: string[] = [];
    const hits = await chooseHits({
      rank: async (p) => {
        asked.push(p);
        return p === "title" ? part(["t"]) : part(["x", "y"]);
      },
    });
    expect(asked).toEqual(["title", "all"]);
    expect(hits.map((h) => h.id)).toEqual(["x", "y"]);
  });
});

describe("search over more matches than it ranks", () => {
  // Index rows written straight into the search table (FTS5 on SQLite, tsvector on
  // PostgreSQL): search reads nothing else.
  let big: TestDb;
  const BODY_ONLY = RANKED_CANDIDATES + 300;
  const add = (recordId: string, title: string, body: string) => {
    if (!onPostgres())
      return big.db.$executeRawUnsafe(
        "INSERT INTO search_fts (kind, record_id, title, body) VALUES ('agreement', ?, ?, ?)",
        recordId,
        title,
        body,
      );
    const titleTokens = tokensForIndex(title);
    const vector = `${tsvectorLiteral(titleTokens, "A")} ${tsvectorLiteral(tokensForIndex(body), "B", titleTokens.split(" ").length)}`;
    return big.db.$executeRawUnsafe(insertDocument, recordId, vector);
  };
  const remove = (recordId: string) =>
    onPostgres()
      ? big.db.$executeRawUnsafe(`DELETE FROM "${PG_SEARCH_TABLE}" WHERE record_id = $1`, recordId)
      : big.db.$executeRawUnsafe("DELETE FROM search_fts WHERE record_id = ?", recordId);

  beforeAll(async () => {
    big = await createTestDb();
    await ensureSearchIndex(big.db);
    // Oldest first: three title matches, then body-only matches, the last few saying it twice.
    for (let i = 0; i < 3; i++) await add(`title-${i}`, `plenary ${i}`, "filler text");
    for (let i = 0; i < BODY_ONLY; i++)
      await add(`body-${i}`, `other ${i}`, i >= BODY_ONLY - 5 ? "plenary plenary filler" : "plenary filler text");
  });
  afterAll(() => big.cleanup());

  const ids = async (q: string) => (await searchRecords(big.db, "agreement", q))?.hits.map((h) => h.id) ?? [];

  it("returns at most MAX_SEARCH_HITS distinct records, title matches first even when oldest", async () => {
    const hits = await ids("plenary");
    expect(hits.length).toBe(MAX_SEARCH_HITS);
    expect(new Set(hits).size).toBe(hits.length);
    expect(hits.slice(0, 3).sort()).toEqual(["title-0", "title-1", "title-2"]);
  });

  it("ranks the newest candidates (BM25, ts_rank): the records saying it twice lead the body matches", async () => {
    const hits = await ids("plenary");
    const twice = Array.from({ length: 5 }, (_, i) => `body-${BODY_ONLY - 5 + i}`);
    expect(hits.slice(3, 8).sort()).toEqual(twice.sort());
  });

  it("leaves out only body matches older than the newest RANKED_CANDIDATES", async () => {
    const hits = new Set(await ids("plenary"));
    expect(hits.has("body-0")).toBe(false);
    // A record re-indexed (edited) becomes a candidate again.
    await remove("body-0");
    await add("body-0", "other 0", "plenary plenary plenary filler");
    expect((await ids("plenary")).slice(3, 4)).toEqual(["body-0"]);
  });

  it("ranks every match up to RANKED_CANDIDATES of them, and leaves out the oldest past it", async () => {
    // The oldest match says it most: it leads while every match is a candidate.
    await add("tessera-old", "other", "tessera tessera tessera tessera tessera tessera");
    for (let i = 1; i < RANKED_CANDIDATES; i++) await add(`tessera-${i}`, "other", "tessera filler text");
    const all = await ids("tessera");
    expect(all.length).toBe(MAX_SEARCH_HITS);
    expect(all[0]).toBe("tessera-old");
    await add("tessera-new", "other", "tessera filler text");
    const newest = await ids("tessera");
    expect(newest.length).toBe(MAX_SEARCH_HITS);
    expect(newest).not.toContain("tessera-old");
  });

  it("ranks exactly below the bound: a rare term finds every match, best first", async () => {
    await add("rare-1", "other", "zeugma filler text");
    await add("rare-2", "other", "zeugma zeugma zeugma");
    await add("rare-3", "zeugma", "filler");
    expect(await ids("zeugma")).toEqual(["rare-3", "rare-2", "rare-1"]);
    expect(await ids("zeugmas")).toEqual([]);
  });

  it("ranks a rare word beside a common one as the whole query", async () => {
    await add("rare-4", "plenary note", "zeugma");
    expect(await ids("plenary zeugma")).toEqual(["rare-4"]);
    expect(await ids("zeugma other")).toEqual(["rare-2", "rare-1"]);
  });

  it("ranks the same just below MAX_SEARCH_HITS matches and at it", async () => {
    for (let i = 0; i < MAX_SEARCH_HITS - 1; i++)
      await add(`q-${i}`, `other ${i}`, i % 50 === 0 ? "quorum quorum filler" : "quorum filler text");
    const below = await ids("quorum");
    expect(below.length).toBe(MAX_SEARCH_HITS - 1);
    const twice = Array.from({ length: 10 }, (_, i) => `q-${i * 50}`);
    expect(below.slice(0, 10).sort()).toEqual(twice.sort());
    await add("q-last", "other", "quorum filler text");
    const at = await ids("quorum");
    expect(at.length).toBe(MAX_SEARCH_HITS);
    expect(at.slice(0, 10)).toEqual(below.slice(0, 10));
    expect(new Set(at)).toEqual(new Set([...below, "q-last"]));
  });
});
