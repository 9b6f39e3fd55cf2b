/**
 * The edit and create forms of every kind of record, through their services on a
 * real database: each schema refuses wrong types, over-long and empty text naming
 * the field and writing nothing; Korean, Chinese and markup are stored as typed;
 * a stale save is refused; every write has its audit entry with field diffs.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CITED_COLUMNS, type EditableEntity } from "@/lib/schemas/record-edit";
import type { Db } from "@/lib/server/db/prisma";
import {
  choiceLabels,
  citableKinds,
  getEditableRecord,
  namesInChanges,
  namesOfValues,
} from "@/lib/server/queries/record-edit";
import { searchRecords } from "@/lib/server/search";
import type { Actor } from "@/lib/server/services/audit";
import { createRecord, slugify } from "@/lib/server/services/create-record";
import { archiveRecord, delegate, restoreRecord, updateRecord } from "@/lib/server/services/edit-record";
import { createSeededDb, type TestDb } from "../helpers/db";

let t: TestDb;
const editor: Actor = { userId: null, label: "editor K" };

beforeAll(async () => {
  t = await createSeededDb();
});
afterAll(() => t.cleanup());

/** The edit form of the first open record of a kind, as the browser would submit it. */
async function formOf(db: Db, entity: EditableEntity) {
  // In a fixed order: without one, PostgreSQL may return another row once one was
  // updated (an update that changes an indexed column moves the row, and the lookup's
  // trigram indexes cover the names), and a test calling this twice would edit two records.
  const row = await delegate(db, entity).findFirst({ where: { archivedAt: null }, orderBy: { id: "asc" } });
  if (!row) throw new Error(`no ${entity} in the seed`);
  const record = await getEditableRecord(db, entity, row.id);
  if (!record) throw new Error("not found");
  return { entity, id: record.id, expectedVersion: String(record.version), ...record.values } as Record<string, string>;
}

async function snapshot(entity: EditableEntity, id: string) {
  return delegate(t.db, entity).findUnique({ where: { id } });
}

/** For each new kind: a text field to write, a required field, and a wrongly typed value. */
const CASES: {
  entity: EditableEntity;
  text: string;
  required: string;
  wrong: [string, string];
}[] = [
  { entity: "Ministry", text: "nameKo", required: "nameEn", wrong: ["side", "Mars"] },
  { entity: "Dialogue", text: "nameZh", required: "sectorId", wrong: ["cadence", "weekly"] },
  { entity: "Meeting", text: "placeKo", required: "dialogueId", wrong: ["number", "seventh"] },
  { entity: "Person", text: "nameZh", required: "nameEn", wrong: ["nameKo", "가".repeat(301)] },
  { entity: "Source", text: "publisher", required: "trustNote", wrong: ["url", "javascript:alert(1)"] },
  { entity: "Citation", text: "quote", required: "quote", wrong: ["stance", "maybe"] },
];

describe.each(CASES)("$entity edit form", ({ entity, text, required, wrong }) => {
  it("saves Korean and Chinese text and markup as typed, with an audit entry of the changed fields", async () => {
    const form = await formOf(t.db, entity);
    const value = `<script>alert(1)</script> 환경 협력 · 环境合作 ${entity}`;
    const result = await updateRecord(t.db, editor, { ...form, [text]: value, note: "기록 보완 · 补充" });
    expect(result).toMatchObject({ ok: true, version: Number(form.expectedVersion) + 1 });
    const after = await getEditableRecord(t.db, entity, form.id as string);
    expect(after?.values[text]).toBe(value);
    const audit = await t.db.auditEntry.findFirstOrThrow({
      where: { entityType: entity, entityId: form.id },
      orderBy: { at: "desc" },
    });
    expect(audit).toMatchObject({ action: "update", actorLabel: "editor K", note: "기록 보완 · 补充" });
    const changes = JSON.parse(audit.changes) as Record<string, unknown[]>;
    expect(Object.keys(changes)).toEqual([entity === "Citation" ? "quote" : text]);
    expect(changes[entity === "Citation" ? "quote" : text]?.[1]).toBe(value);
  });

  it.each([
    ["a wrong type or value", (f: Record<string, string>) => ({ ...f, [wrong[0]]: wrong[1] }), wrong[0]],
    ["an empty required field", (f: Record<string, string>) => ({ ...f, [required]: "  " }), required],
    ["over-long text", (f: Record<string, string>) => ({ ...f, [text]: "字".repeat(5000) }), text],
  ])("refuses %s naming the field, and writes nothing", async (_, patch, field) => {
    const form = await formOf(t.db, entity);
    const before = await snapshot(entity, form.id as string);
    const audit = await t.db.auditEntry.count();
    const result = await updateRecord(t.db, editor, patch(form));
    expect(result).toMatchObject({ ok: false, kind: "invalid" });
    if (!result.ok && result.kind === "invalid") expect(Object.keys(result.fieldErrors)).toContain(field);
    expect(await snapshot(entity, form.id as string)).toEqual(before);
    expect(await t.db.auditEntry.count()).toBe(audit);
  });

  it("refuses a stale save of a field another editor changed meanwhile, naming who, and writes nothing", async () => {
    const stale = await formOf(t.db, entity);
    const first = { ...stale, [text]: "먼저 저장 先保存", note: "first" };
    expect(await updateRecord(t.db, { userId: null, label: "editor J" }, first)).toMatchObject({ ok: true });
    const before = await snapshot(entity, stale.id as string);
    const audit = await t.db.auditEntry.count();
    const result = await updateRecord(t.db, editor, { ...stale, [text]: "늦은 저장 迟到的保存" });
    expect(result).toMatchObject({
      ok: false,
      kind: "conflict",
      changedBy: { label: "editor J", note: "first" },
      conflicts: [{ field: text, theirs: "먼저 저장 先保存", mine: "늦은 저장 迟到的保存" }],
    });
    expect(await snapshot(entity, stale.id as string)).toEqual(before);
    expect(await t.db.auditEntry.count()).toBe(audit);
  });

  it("archives and restores, each with its audit entry", async () => {
    const form = await formOf(t.db, entity);
    const id = form.id as string;
    const archived = await archiveRecord(t.db, editor, { entity, id, expectedVersion: form.expectedVersion });
    expect(archived).toMatchObject({ ok: true });
    expect((await snapshot(entity, id))?.archivedAt).not.toBeNull();
    if (!archived.ok) return;
    expect(await restoreRecord(t.db, editor, { entity, id, expectedVersion: archived.version })).toMatchObject({
      ok: true,
    });
    expect((await snapshot(entity, id))?.archivedAt).toBeNull();
    const actions = await t.db.auditEntry.findMany({ where: { entityId: id }, orderBy: { at: "desc" }, take: 2 });
    expect(actions.map((a) => a.action)).toEqual(["restore", "archive"]);
  });
});

describe("references", () => {
  it("refuses a relation to a record that does not exist, beside the field", async () => {
    const form = await formOf(t.db, "Dialogue");
    const before = await snapshot("Dialogue", form.id as string);
    const result = await updateRecord(t.db, editor, { ...form, agreementId: "no-such-agreement" });
    expect(result).toEqual({ ok: false, kind: "invalid", fieldErrors: { agreementId: ["must be a known record"] } });
    expect(await snapshot("Dialogue", form.id as string)).toEqual(before);
  });

  it("refuses a ministry as its own predecessor", async () => {
    const form = await formOf(t.db, "Ministry");
    const result = await updateRecord(t.db, editor, { ...form, predecessorId: form.id });
    expect(result).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { predecessorId: expect.any(Array) } });
  });

  it("a dialogue's cadence sets its months between meetings", async () => {
    const form = await formOf(t.db, "Dialogue");
    await updateRecord(t.db, editor, { ...form, cadence: "biennial" });
    expect((await t.db.dialogue.findUniqueOrThrow({ where: { id: form.id } })).cadenceMonths).toBe(24);
  });

  it("a citation moves to another record through its one record field", async () => {
    const form = await formOf(t.db, "Citation");
    const person = await t.db.person.findFirstOrThrow();
    expect(await updateRecord(t.db, editor, { ...form, record: `personId:${person.id}` })).toMatchObject({ ok: true });
    const row = await t.db.citation.findUniqueOrThrow({ where: { id: form.id } });
    expect(row.personId).toBe(person.id);
    expect([row.agreementId, row.ministryId, row.dialogueId, row.meetingId, row.planId, row.eventId]).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(
      await updateRecord(t.db, editor, { ...(await formOf(t.db, "Citation")), record: "secretId:x" }),
    ).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { record: expect.any(Array) } });
  });
});

describe("a citation's record field", () => {
  it("offers every kind a citation may back: the large ones looked up, the others listed (open records only)", async () => {
    const kinds = await citableKinds(t.db, "en", (k) => `kind ${k}`);
    expect(kinds.map((k) => k.column)).toEqual([...CITED_COLUMNS]);
    const byColumn = Object.fromEntries(kinds.map((k) => [k.column, k]));
    expect(byColumn.agreementId).toEqual({ column: "agreementId", label: "kind Agreement", lookup: "agreement" });
    expect(byColumn.planId?.lookup).toBe("plan");
    expect(byColumn.planItemId?.lookup).toBe("item");
    expect(byColumn.eventId?.lookup).toBe("event");
    for (const k of kinds.filter((k) => k.lookup)) expect(k.options, k.column).toBeUndefined();
    const dialogues = await t.db.dialogue.findMany({ where: { archivedAt: null }, select: { id: true } });
    expect(byColumn.dialogueId?.options?.map((o) => o.value).sort()).toEqual(dialogues.map((d) => d.id).sort());
    expect(byColumn.ministryId?.options?.length).toBe(await t.db.ministry.count({ where: { archivedAt: null } }));
  });

  it("labels the looked-up record a form opens with, in the reader's language, archived ones too", async () => {
    // A plan item is labelled in Korean for a Korean reader; with no Korean title, in English.
    const item = await t.db.planItem.findFirstOrThrow({ where: { titleKo: { not: null } }, orderBy: { id: "asc" } });
    expect(await choiceLabels(t.db, "PlanItem", [item.id, ""], "ko")).toEqual({
      [item.id]: { label: item.titleKo, lang: "ko" },
    });
    await t.db.planItem.update({ where: { id: item.id }, data: { titleKo: null } });
    try {
      expect(await choiceLabels(t.db, "PlanItem", [item.id, ""], "ko")).toEqual({
        [item.id]: { label: item.titleEn, lang: "en" },
      });
    } finally {
      await t.db.planItem.update({ where: { id: item.id }, data: { titleKo: item.titleKo } });
    }
    const event = await t.db.event.findFirstOrThrow({ orderBy: { id: "asc" } });
    await t.db.event.update({ where: { id: event.id }, data: { archivedAt: new Date() } });
    try {
      expect(await choiceLabels(t.db, "Event", [event.id], "en")).toEqual({
        [event.id]: { label: event.titleEn, lang: "en" },
      });
    } finally {
      await t.db.event.update({ where: { id: event.id }, data: { archivedAt: null } });
    }
    expect(await choiceLabels(t.db, "Agreement", ["no-such-agreement"], "en")).toEqual({});
  });
});

describe("names in a history", () => {
  it("names the records a change mentions by id, archived ones too, and only in fields that name records", async () => {
    const [a, b] = await t.db.agreement.findMany({
      take: 2,
      orderBy: { id: "asc" },
      select: { id: true, titleEn: true },
    });
    if (!a || !b) throw new Error("the seed has fewer than two agreements");
    const topic = await t.db.topic.findFirstOrThrow({ orderBy: { id: "asc" }, select: { id: true, nameEn: true } });
    await t.db.agreement.update({ where: { id: b.id }, data: { archivedAt: new Date() } });
    try {
      const changes: Record<string, [unknown, unknown]>[] = [
        { previousId: [null, b.id], topicIds: [[], [topic.id]], titleEn: ["old", a.id] },
        { toString: ["x", a.id] as [unknown, unknown] },
      ];
      const names = await namesInChanges(t.db, changes, "en");
      expect(names).toEqual({
        [b.id]: { label: b.titleEn, lang: "en" },
        [topic.id]: { label: topic.nameEn, lang: "en" },
      });
    } finally {
      await t.db.agreement.update({ where: { id: b.id }, data: { archivedAt: null } });
    }
  });
});

describe("names of a conflict's current values", () => {
  it("names a relation and a citation's record in the form's language, and nothing else", async () => {
    const agreement = await t.db.agreement.create({
      data: {
        slug: "names-ko-agreement",
        kind: "mou",
        status: "signed",
        titleEn: "Names MOU",
        titleKo: "이름 양해각서",
      },
    });
    const ministry = await t.db.ministry.create({
      data: { slug: "names-ko-ministry", side: "KR", kind: "ministry", nameEn: "Names ministry", nameKo: "이름부" },
    });
    const names = await namesOfValues(
      t.db,
      [
        ["previousId", agreement.id],
        ["record", `ministryId:${ministry.id}`],
        ["record", "secretId:x"],
        ["titleEn", ministry.id],
      ],
      "ko",
    );
    expect(names).toEqual({
      [agreement.id]: { label: agreement.titleKo, lang: "ko" },
      [ministry.id]: { label: ministry.nameKo, lang: "ko" },
    });
  });
});

describe("an agreement's lineage", () => {
  /** The edit form of a seeded agreement, by slug. */
  async function agreementForm(slug: string) {
    const row = await t.db.agreement.findUniqueOrThrow({ where: { slug } });
    const record = await getEditableRecord(t.db, "Agreement", row.id);
    if (!record) throw new Error("not found");
    return { entity: "Agreement", id: row.id, expectedVersion: String(record.version), ...record.values } as Record<
      string,
      string
    >;
  }

  it("refuses a NUL character in text by field, on SQLite and PostgreSQL alike, writing nothing", async () => {
    const form = await agreementForm("digital-technology-agreement-2026");
    const before = await snapshot("Agreement", form.id as string);
    expect(await updateRecord(t.db, editor, { ...form, titleEn: "Digital\u0000 agreement" })).toEqual({
      ok: false,
      kind: "invalid",
      fieldErrors: { titleEn: ["must not contain a NUL character"] },
    });
    expect(await snapshot("Agreement", form.id as string)).toEqual(before);
  });

  it("shows the lineage the seed holds: 2026 follows 2014 follows 1993", async () => {
    const mou = await agreementForm("environmental-cooperation-mou-2026");
    const y2014 = await t.db.agreement.findUniqueOrThrow({
      where: { slug: "environmental-cooperation-agreement-2014" },
    });
    expect(mou.previousId).toBe(y2014.id);
    expect(mou.relation).toBeTruthy();
  });

  it("refuses a loop (1993 continuing 2026, which continues it) and itself, writing nothing", async () => {
    const oldest = await agreementForm("environmental-cooperation-agreement-1993");
    const mou = await t.db.agreement.findUniqueOrThrow({ where: { slug: "environmental-cooperation-mou-2026" } });
    const before = await snapshot("Agreement", oldest.id as string);
    expect(await updateRecord(t.db, editor, { ...oldest, previousId: mou.id, relation: "follows" })).toEqual({
      ok: false,
      kind: "invalid",
      fieldErrors: { previousId: ["would make the lineage a loop"] },
    });
    expect(await updateRecord(t.db, editor, { ...oldest, previousId: oldest.id, relation: "follows" })).toMatchObject({
      ok: false,
      fieldErrors: { previousId: ["must be another record"] },
    });
    expect(await snapshot("Agreement", oldest.id as string)).toEqual(before);
  });

  it("needs a relation from the vocabulary when it names a previous agreement", async () => {
    const digital = await agreementForm("digital-technology-agreement-2026");
    const science = await t.db.agreement.findUniqueOrThrow({ where: { slug: "science-technology-agreement-2026" } });
    expect(await updateRecord(t.db, editor, { ...digital, previousId: science.id, relation: "" })).toMatchObject({
      ok: false,
      fieldErrors: { relation: expect.any(Array) },
    });
    expect(
      await updateRecord(t.db, editor, { ...digital, previousId: science.id, relation: "<script>x</script>" }),
    ).toMatchObject({ ok: false, fieldErrors: { relation: expect.any(Array) } });
  });

  it("links two agreements, audits the change, and clears the relation with the link", async () => {
    const digital = await agreementForm("digital-technology-agreement-2026");
    const science = await t.db.agreement.findUniqueOrThrow({ where: { slug: "science-technology-agreement-2026" } });
    expect(await updateRecord(t.db, editor, { ...digital, previousId: science.id, relation: "follows" })).toMatchObject(
      {
        ok: true,
      },
    );
    const linked = await t.db.agreement.findUniqueOrThrow({ where: { id: digital.id } });
    expect([linked.previousId, linked.relation]).toEqual([science.id, "follows"]);
    const audit = await t.db.auditEntry.findFirstOrThrow({
      where: { entityType: "Agreement", entityId: digital.id },
      orderBy: { at: "desc" },
    });
    expect(JSON.stringify(audit.changes)).toContain(science.id);

    const again = await agreementForm("digital-technology-agreement-2026");
    expect(await updateRecord(t.db, editor, { ...again, previousId: "", relation: "follows" })).toMatchObject({
      ok: true,
    });
    const unlinked = await t.db.agreement.findUniqueOrThrow({ where: { id: digital.id } });
    expect([unlinked.previousId, unlinked.relation]).toEqual([null, null]);
  });
});

describe("createRecord", () => {
  it("slugify keeps ASCII words and drops the rest", () => {
    expect(slugify("Korea–China Café Forum 2026!")).toBe("korea-china-cafe-forum-2026");
    expect(slugify("환경부")).toBe("");
  });

  it("creates a ministry with a Korean name: a slug from its English name, an audit entry of every field", async () => {
    const result = await createRecord(t.db, editor, {
      entity: "Ministry",
      side: "KR",
      kind: "agency",
      nameEn: "Korea Forest Service",
      nameKo: "산림청",
      nameZh: "韩国山林厅",
      note: "from the press release",
    });
    expect(result).toMatchObject({ ok: true, slug: "korea-forest-service" });
    if (!result.ok) return;
    const row = await t.db.ministry.findUniqueOrThrow({ where: { id: result.id } });
    expect(row).toMatchObject({ nameKo: "산림청", nameZh: "韩国山林厅", version: 1, archivedAt: null });
    const audit = await t.db.auditEntry.findFirstOrThrow({ where: { entityId: result.id } });
    expect(audit).toMatchObject({ action: "create", entityType: "Ministry", note: "from the press release" });
    expect(JSON.parse(audit.changes)).toMatchObject({ nameKo: [null, "산림청"], slug: [null, "korea-forest-service"] });
  });

  it("gives a second record with the same English name a unique slug; a name with no Latin letters still gets one", async () => {
    const input = { entity: "Person", nameEn: "Kim Min-jun" };
    const a = await createRecord(t.db, editor, input);
    const b = await createRecord(t.db, editor, input);
    const c = await createRecord(t.db, editor, { entity: "Person", nameEn: "김민준" });
    expect(a).toMatchObject({ ok: true, slug: "kim-min-jun" });
    expect(b).toMatchObject({ ok: true, slug: "kim-min-jun-2" });
    expect(c).toMatchObject({ ok: true, slug: expect.stringMatching(/^person-[0-9a-f]{6}$/) });
  });

  it("creates an agreement and indexes it for search in the same transaction", async () => {
    const result = await createRecord(t.db, editor, {
      entity: "Agreement",
      kind: "mou",
      status: "signed",
      titleEn: "MOU on Peatland Restoration",
      titleZh: "泥炭地恢复谅解备忘录",
      signedOn: "2026-03",
    });
    expect(result).toMatchObject({ ok: true, slug: "mou-on-peatland-restoration" });
    const found = await searchRecords(t.db, "agreement", "泥炭地");
    expect(found?.hits.map((h) => h.id)).toContain(result.ok ? result.id : "");
  });

  it("numbers a new plan item after the plan's last and slugs it from the plan", async () => {
    const plan = await t.db.actionPlan.findFirstOrThrow({
      where: { slug: "clear-sky-plan" },
      include: { items: true },
    });
    const last = Math.max(...plan.items.map((i) => i.number));
    const result = await createRecord(t.db, editor, {
      entity: "PlanItem",
      planId: plan.id,
      titleEn: "Joint forecasting",
    });
    expect(result).toMatchObject({ ok: true, slug: `clear-sky-plan-${last + 1}` });
    const taken = await createRecord(t.db, editor, {
      entity: "PlanItem",
      planId: plan.id,
      number: String(last),
      titleEn: "Twice",
    });
    expect(taken).toMatchObject({ ok: false, fieldErrors: { number: ["is already used in this plan"] } });
  });

  it("creates a meeting of a dialogue, a source and a citation of it", async () => {
    const dialogue = await t.db.dialogue.findFirstOrThrow();
    const meeting = await createRecord(t.db, editor, {
      entity: "Meeting",
      dialogueId: dialogue.id,
      status: "scheduled",
      number: "31",
      heldOn: "2027",
      placeZh: "北京",
    });
    expect(meeting).toMatchObject({ ok: true, slug: `${dialogue.slug}-31` });
    const source = await createRecord(t.db, editor, {
      entity: "Source",
      title: "환경부 보도자료",
      fileName: "me-press-2026.html",
      kind: "government",
      trust: "primary",
      trustNote: "Ministry's own release",
      language: "ko",
      url: "https://me.go.kr/press/1",
    });
    expect(source).toMatchObject({ ok: true });
    if (!source.ok || !meeting.ok) return;
    expect(source.id).toBe("me-press-2026");
    const again = await createRecord(t.db, editor, {
      ...{
        entity: "Source",
        title: "x",
        fileName: "me-press-2026.html",
        kind: "news",
        trust: "low",
        trustNote: "x",
        language: "en",
      },
    });
    expect(again).toMatchObject({ ok: false, fieldErrors: { fileName: expect.any(Array) } });
    const citation = await createRecord(t.db, editor, {
      entity: "Citation",
      sourceId: source.id,
      record: `meetingId:${meeting.id}`,
      quote: "제31차 회의는 베이징에서 열린다",
      stance: "supports",
      field: "placeEn",
    });
    expect(citation).toMatchObject({ ok: true, slug: null });
    if (!citation.ok) return;
    expect(await t.db.citation.findUniqueOrThrow({ where: { id: citation.id } })).toMatchObject({
      meetingId: meeting.id,
      sourceId: source.id,
    });
  });

  it.each([
    ["an unknown kind of record", { entity: "Secret", nameEn: "x" }, "entity"],
    ["an empty name", { entity: "Ministry", side: "KR", kind: "agency", nameEn: "" }, "nameEn"],
    ["a wrong side", { entity: "Ministry", side: "North", kind: "agency", nameEn: "X" }, "side"],
    ["a plan item with no plan", { entity: "PlanItem", titleEn: "Orphan" }, "planId"],
    ["a meeting of no known dialogue", { entity: "Meeting", dialogueId: "nope", status: "held" }, "dialogueId"],
    ["an over-long name", { entity: "Person", nameEn: "A".repeat(301) }, "nameEn"],
  ])("refuses %s naming the field, and writes nothing", async (_, input, field) => {
    const audit = await t.db.auditEntry.count();
    const people = await t.db.person.count();
    const result = await createRecord(t.db, editor, input);
    expect(result).toMatchObject({ ok: false, kind: "invalid" });
    if (!result.ok) expect(Object.keys(result.fieldErrors)).toContain(field);
    expect(await t.db.auditEntry.count()).toBe(audit);
    expect(await t.db.person.count()).toBe(people);
  });
});

describe("an agreement's topics and signatories", () => {
  async function agreementForm() {
    return formOf(t.db, "Agreement");
  }

  it("are chosen on the edit form: written, audited as id lists, and searchable", async () => {
    const form = await agreementForm();
    const topic = await t.db.topic.create({
      data: {
        slug: "peat-test",
        nameEn: "Peatland",
        nameKo: "이탄지",
        nameZh: "泥炭沼泽",
        sectorId: (await t.db.sector.findFirstOrThrow()).id,
      },
    });
    const bodies = await t.db.ministry.findMany({ where: { archivedAt: null }, take: 2, orderBy: { slug: "asc" } });
    const signatoryIds = bodies.map((b) => b.id);
    // As the browser sends a multiple select: a hidden empty value, then each choice.
    const result = await updateRecord(t.db, editor, {
      ...form,
      topicIds: `,${topic.id}`,
      signatoryIds: `,${signatoryIds.join(",")}`,
    });
    expect(result).toMatchObject({ ok: true });
    expect(await t.db.agreementTopic.findMany({ where: { agreementId: form.id } })).toEqual([
      expect.objectContaining({ topicId: topic.id }),
    ]);
    expect(
      (await t.db.signatory.findMany({ where: { agreementId: form.id } })).map((s) => s.ministryId).sort(),
    ).toEqual([...signatoryIds].sort());
    const audit = await t.db.auditEntry.findFirstOrThrow({ where: { entityId: form.id }, orderBy: { at: "desc" } });
    expect(JSON.parse(audit.changes).topicIds?.[1]).toEqual([topic.id]);
    const found = await searchRecords(t.db, "agreement", "이탄지");
    expect(found?.hits.map((h) => h.id)).toContain(form.id);
    const reread = await getEditableRecord(t.db, "Agreement", form.id as string);
    expect(reread?.values.topicIds).toBe(topic.id);
  });

  it("an empty choice clears them; an absent field leaves them", async () => {
    const form = await agreementForm();
    const { topicIds: _omit, signatoryIds: _omit2, ...rest } = form;
    expect(await updateRecord(t.db, editor, { ...rest, titleZh: "协定" })).toMatchObject({ ok: true });
    expect(await t.db.agreementTopic.count({ where: { agreementId: form.id } })).toBeGreaterThan(0);
    expect(await updateRecord(t.db, editor, { ...(await agreementForm()), topicIds: "" })).toMatchObject({ ok: true });
    expect(await t.db.agreementTopic.count({ where: { agreementId: form.id } })).toBe(0);
  });

  it("refuses an unknown topic or body beside its field and writes nothing, not even the version", async () => {
    const form = await agreementForm();
    const before = await snapshot("Agreement", form.id as string);
    const links = await t.db.signatory.count({ where: { agreementId: form.id } });
    const audit = await t.db.auditEntry.count();
    const a = await updateRecord(t.db, editor, { ...form, titleEn: "Changed", signatoryIds: "no-such-body" });
    expect(a).toEqual({ ok: false, kind: "invalid", fieldErrors: { signatoryIds: ["must be a known record"] } });
    const b = await updateRecord(t.db, editor, { ...form, topicIds: "no-such-topic" });
    expect(b).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { topicIds: expect.any(Array) } });
    expect(await snapshot("Agreement", form.id as string)).toEqual(before);
    expect(await t.db.signatory.count({ where: { agreementId: form.id } })).toBe(links);
    expect(await t.db.auditEntry.count()).toBe(audit);
  });

  it("a stale save of the lists is merged: the other editor's title stays, the topic is added", async () => {
    const stale = await agreementForm();
    expect(await updateRecord(t.db, editor, { ...stale, titleKo: "먼저 저장" })).toMatchObject({ ok: true });
    const topic = await t.db.topic.findFirstOrThrow({ where: { id: { notIn: stale.topicIds?.split(",") ?? [] } } });
    const topics = [...(stale.topicIds?.split(",").filter(Boolean) ?? []), topic.id].join(",");
    const result = await updateRecord(t.db, editor, { ...stale, topicIds: topics });
    expect(result).toMatchObject({ ok: true, mergedFrom: Number(stale.expectedVersion) });
    expect(await t.db.agreementTopic.count({ where: { agreementId: stale.id, topicId: topic.id } })).toBe(1);
    expect((await t.db.agreement.findUniqueOrThrow({ where: { id: stale.id } })).titleKo).toBe("먼저 저장");
  });

  it("a new agreement can be created with its topics and signatories", async () => {
    const topic = await t.db.topic.findFirstOrThrow();
    const body = await t.db.ministry.findFirstOrThrow({ where: { archivedAt: null } });
    const result = await createRecord(t.db, editor, {
      entity: "Agreement",
      kind: "agreement",
      status: "proposed",
      titleEn: "Agreement with topics",
      topicIds: topic.id,
      signatoryIds: body.id,
    });
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    expect(await t.db.agreementTopic.count({ where: { agreementId: result.id } })).toBe(1);
    expect(await t.db.signatory.count({ where: { agreementId: result.id } })).toBe(1);
  });
});
