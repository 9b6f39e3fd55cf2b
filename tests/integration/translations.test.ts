import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EditableEntitySchema } from "@/lib/schemas/record-edit";
import { getEditableRecord } from "@/lib/server/queries/record-edit";
import { countMissing, listMissingTranslations } from "@/lib/server/queries/translations";
import { updateRecord } from "@/lib/server/services/edit-record";
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

  it("links every row, of every kind it lists, to an edit form that has the missing fields", async () => {
    const rows = await listMissingTranslations(t.db);
    expect(new Set(rows.map((r) => r.kind)).size).toBeGreaterThan(3);
    for (const r of rows) {
      const [, , entity, id] = r.editHref.split("/");
      const record = await getEditableRecord(t.db, EditableEntitySchema.parse(entity), id ?? "");
      expect(record, r.editHref).not.toBeNull();
      for (const f of r.fields)
        for (const l of f.missing) {
          const field = `${f.field}${l === "en" ? "En" : l === "ko" ? "Ko" : "Zh"}`;
          expect(Object.keys(record?.values ?? {}), `${r.editHref} ${field}`).toContain(field);
        }
    }
  });

  it("an editor filling in a person's missing names through the edit form takes the row off the list", async () => {
    const person = (await listMissingTranslations(t.db)).find((r) => r.kind === "person");
    expect(person).toBeDefined();
    if (!person) return;
    const id = person.editHref.split("/")[3] ?? "";
    const record = await getEditableRecord(t.db, "Person", id);
    if (!record) throw new Error("no record");
    const result = await updateRecord(
      t.db,
      { userId: null, label: "translator" },
      {
        entity: "Person",
        id,
        expectedVersion: record.version,
        ...record.values,
        nameEn: record.values.nameEn || "Name",
        nameKo: record.values.nameKo || "이름",
        nameZh: record.values.nameZh || "名字",
      },
    );
    expect(result).toMatchObject({ ok: true });
    expect((await listMissingTranslations(t.db)).find((r) => r.editHref === person.editHref)).toBeUndefined();
  });
});
