import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EditableEntitySchema } from "@/lib/schemas/record-edit";
import { getEditableRecord } from "@/lib/server/queries/record-edit";
import { countMissing, countTranslated, listMissingTranslations } from "@/lib/server/queries/translations";
import { updateRecord } from "@/lib/server/services/edit-record";
import { createSeededDb, type TestDb } from "../helpers/db";

let t: TestDb;
const MOU = "environmental-cooperation-mou-2026";

beforeAll(async () => {
  t = await createSeededDb();
});
afterAll(() => t.cleanup());

const rowOf = async (slug: string) => (await listMissingTranslations(t.db)).find((r) => r.slug === slug);

describe("listMissingTranslations (/admin/translations)", () => {
  it("lists the Korean and Chinese texts that are the tracker's own translation, by language", async () => {
    await t.db.agreement.update({
      where: { slug: MOU },
      data: { titleKo: "한중 환경 및 기후 협력에 관한 양해각서", translated: "titleZh summaryKo summaryZh" },
    });
    const mou = await rowOf(MOU);
    expect(mou?.href).toBe(`/agreements/${MOU}`);
    expect(mou?.fields).toEqual([
      { field: "title", missing: [], translated: ["zh"] },
      { field: "summary", missing: [], translated: ["ko", "zh"] },
    ]);
    expect(countTranslated(await listMissingTranslations(t.db)).zh).toBeGreaterThan(0);
  });

  it("does not list what every language has in official forms, or what no language has", async () => {
    const sector = await t.db.sector.findFirstOrThrow({ where: { nameKo: { not: null }, nameZh: { not: null } } });
    await t.db.sector.update({ where: { id: sector.id }, data: { translated: "" } });
    expect(await rowOf(sector.slug)).toBeUndefined();
    // A field no language has (an unknown meeting place) is unknown, not untranslated.
    for (const r of await listMissingTranslations(t.db))
      for (const f of r.fields) expect(f.missing.length).toBeLessThan(3);
  });

  it("lists a missing language, and drops it once the text is filled in", async () => {
    await t.db.agreement.update({ where: { slug: MOU }, data: { titleZh: null, translated: "" } });
    expect((await rowOf(MOU))?.fields).toContainEqual({ field: "title", missing: ["zh"], translated: [] });
    expect(countMissing(await listMissingTranslations(t.db)).zh).toBeGreaterThan(0);
    await t.db.agreement.update({ where: { slug: MOU }, data: { titleZh: "中韩环境与气候合作谅解备忘录" } });
    expect((await rowOf(MOU))?.fields.map((f) => f.field) ?? []).not.toContain("title");
  });

  it("links every row, of every kind it lists, to an edit form that has the fields it names", async () => {
    const rows = await listMissingTranslations(t.db);
    expect(new Set(rows.map((r) => r.kind)).size).toBeGreaterThan(3);
    for (const r of rows) {
      const [, , entity, id] = r.editHref.split("/");
      const record = await getEditableRecord(t.db, EditableEntitySchema.parse(entity), id ?? "");
      expect(record, r.editHref).not.toBeNull();
      for (const f of r.fields)
        for (const l of [...f.missing, ...f.translated]) {
          const field = `${f.field}${l === "en" ? "En" : l === "ko" ? "Ko" : "Zh"}`;
          expect(Object.keys(record?.values ?? {}), `${r.editHref} ${field}`).toContain(field);
        }
    }
  });

  it("an editor replacing the tracker's translation through the edit form takes that mark off, and only that one", async () => {
    const person = await t.db.person.findFirstOrThrow({
      where: { translated: { contains: "nameKo" }, nameZh: { not: null } },
      orderBy: { slug: "asc" },
    });
    await t.db.person.update({ where: { id: person.id }, data: { translated: "nameKo nameZh" } });
    const record = await getEditableRecord(t.db, "Person", person.id);
    if (!record) throw new Error("no record");
    const result = await updateRecord(
      t.db,
      { userId: null, label: "translator" },
      { entity: "Person", id: person.id, expectedVersion: record.version, ...record.values, nameKo: "공식 이름" },
    );
    expect(result).toMatchObject({ ok: true });
    const after = await t.db.person.findUniqueOrThrow({ where: { id: person.id } });
    expect(after.nameKo).toBe("공식 이름");
    expect(after.translated).toBe("nameZh");
    expect((await rowOf(person.slug))?.fields).toEqual([{ field: "name", missing: [], translated: ["zh"] }]);
  });
});
