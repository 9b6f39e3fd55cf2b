import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countMissing, listMissingTranslations } from "@/lib/queries/translations";
import { createSeededDb, type TestDb } from "../helpers/db";

let t: TestDb;

beforeAll(async () => {
  t = await createSeededDb();
});
afterAll(() => t.cleanup());

describe("listMissingTranslations (/admin/translations)", () => {
  it("lists the MOU's title and summary as missing in Korean and Chinese, since the sources give them in English", async () => {
    const rows = await listMissingTranslations(t.db);
    const mou = rows.find((r) => r.kind === "agreement" && r.slug === "environmental-cooperation-mou-2026");
    expect(mou?.href).toBe("/agreements/environmental-cooperation-mou-2026");
    expect(mou?.fields).toEqual([
      { field: "title", missing: ["ko", "zh"] },
      { field: "summary", missing: ["ko", "zh"] },
    ]);
  });

  it("does not list what every language has, or what no language has", async () => {
    const rows = await listMissingTranslations(t.db);
    // Sector names exist in all three languages in the seed.
    expect(rows.filter((r) => r.kind === "sector")).toEqual([]);
    // A field no language has (an unknown meeting place) is unknown, not untranslated.
    for (const r of rows) for (const f of r.fields) expect(f.missing.length).toBeLessThan(3);
  });

  it("drops a record once an editor fills in the missing languages", async () => {
    await t.db.agreement.update({
      where: { slug: "environmental-cooperation-mou-2026" },
      data: { titleKo: "한중 환경협력 양해각서", titleZh: "中韩环境合作谅解备忘录" },
    });
    const rows = await listMissingTranslations(t.db);
    const mou = rows.find((r) => r.slug === "environmental-cooperation-mou-2026");
    expect(mou?.fields.map((f) => f.field)).toEqual(["summary"]);
    const counts = countMissing(rows);
    expect(counts.en).toBe(0);
    expect(counts.ko).toBeGreaterThan(0);
  });
});
