import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { indexAgreements, searchRecords } from "@/lib/search";
import { createSeededDb, type TestDb } from "../helpers/db";

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

  it("searches ministry names and quoted source passages", async () => {
    expect(await slugsFor("Saemangeum")).toEqual(["industrial-complexes-mou-2026"]);
    expect(await slugsFor("Commerce")).toEqual(["industrial-complexes-mou-2026"]);
  });

  it("ranks a title match above a match only in the body", async () => {
    const slugs = await slugsFor("environmental");
    const titled = slugs.slice(0, 4);
    expect(titled).toEqual(expect.arrayContaining(["environmental-cooperation-mou-2026"]));
    const rows = await t.db.agreement.findMany({
      where: { slug: { in: slugs as string[] } },
      select: { slug: true, titleEn: true },
    });
    const hasTitle = (s: string | undefined) => /environmental/i.test(rows.find((r) => r.slug === s)?.titleEn ?? "");
    const firstWithout = slugs.findIndex((s) => !hasTitle(s));
    const lastWith = slugs.map(hasTitle).lastIndexOf(true);
    if (firstWithout !== -1) expect(lastWith).toBeLessThan(firstWithout);
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
});
