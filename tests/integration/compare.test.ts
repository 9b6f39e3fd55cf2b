import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handleExport } from "@/lib/server/export/handler";
import { compareAgreements } from "@/lib/server/queries/compare";
import { createSeededDb, type TestDb } from "../helpers/db";

let t: TestDb;

beforeAll(async () => {
  t = await createSeededDb();
});
afterAll(() => t.cleanup());

const MOU = "environmental-cooperation-mou-2026";
const MOU_2014 = "environmental-cooperation-agreement-2014";
const PLAN = "clear-sky-plan";

describe("the compare loader", () => {
  it("reads each agreement in the order given, with lineage, plans, dialogues and sources", async () => {
    const result = await compareAgreements(t.db, [PLAN, MOU]);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.agreements.map((a) => a.slug)).toEqual([PLAN, MOU]);
    const [plan, mou] = result.agreements as [(typeof result.agreements)[0], (typeof result.agreements)[0]];
    expect(mou.kind).toBe("mou");
    expect(mou.signedOn).toBe("2026-01-05");
    expect(mou.previous?.slug).toBe(MOU_2014);
    expect(mou.relation).toBe("updates");
    expect(mou.dialogues.map((d) => d.slug)).toContain("environment-ministers-annual-meeting");
    expect(mou.dialogues.find((d) => d.slug === "environment-ministers-annual-meeting")?.established).toBe(true);
    expect(mou.signatories.map((s) => s.side).sort()).toEqual(["CN", "KR"]);
    expect(mou.sectors.length).toBeGreaterThan(0);
    // Sources once each, however many of the agreement's citations rest on them.
    expect(new Set(mou.sources.map((s) => s.id)).size).toBe(mou.sources.length);
    expect(mou.sources.length).toBeGreaterThan(1);
    expect(plan.plans.length).toBeGreaterThan(0);
    expect(plan.plans[0]?.items.length).toBeGreaterThan(0);
  });

  it("lists the agreements that continue one", async () => {
    const result = await compareAgreements(t.db, [MOU_2014, MOU]);
    if (!result.ok) throw new Error("refused");
    expect(result.agreements[0]?.followers.map((f) => f.slug)).toEqual([MOU]);
    expect(result.agreements[0]?.previous?.slug).toBe("environmental-cooperation-agreement-1993");
  });

  it("compares a slug given twice once, and then counts too few", async () => {
    expect(await compareAgreements(t.db, [MOU, MOU])).toEqual({
      ok: false,
      slugs: [],
      problems: [{ code: "tooFew", values: { count: 1, min: 2 } }],
    });
  });

  it("refuses one, none and five, by count", async () => {
    const one = await compareAgreements(t.db, MOU);
    expect(one.ok ? [] : one.problems).toEqual([{ code: "tooFew", values: { count: 1, min: 2 } }]);
    const none = await compareAgreements(t.db, undefined);
    expect(none.ok ? [] : none.problems).toEqual([{ code: "none" }]);
    const slugs = (await t.db.agreement.findMany({ take: 5, select: { slug: true } })).map((a) => a.slug);
    const five = await compareAgreements(t.db, slugs);
    expect(five.ok ? [] : five.problems).toEqual([{ code: "tooMany", values: { count: 5, max: 4 } }]);
  });

  it("names an unknown slug, and an archived agreement is unknown", async () => {
    const unknown = await compareAgreements(t.db, [MOU, "no-such-agreement"]);
    expect(unknown.ok ? [] : unknown.problems).toEqual([{ code: "unknown", values: { slug: "no-such-agreement" } }]);
    const archived = await t.db.agreement.create({
      data: { slug: "archived-for-compare", kind: "mou", status: "signed", titleEn: "Gone", archivedAt: new Date() },
    });
    const gone = await compareAgreements(t.db, [MOU, archived.slug]);
    expect(gone.ok ? [] : gone.problems).toEqual([{ code: "unknown", values: { slug: archived.slug } }]);
  });

  it("refuses a value that is no slug: badly encoded, upper case, markup, too long", async () => {
    // What `?a=%E0%A4%A` decodes to: the bytes are no UTF-8, so the reader gets U+FFFD.
    const decoded = new URL("http://x/compare?a=%E0%A4%A&a=ok").searchParams.getAll("a");
    const bad = await compareAgreements(t.db, decoded);
    expect(bad.ok ? [] : bad.problems.map((p) => p.code)).toEqual(["notIdentifier"]);
    for (const value of ["UPPER", "<b>x</b>", "a".repeat(200), "x\u0000y"]) {
      const result = await compareAgreements(t.db, [MOU, value]);
      expect(result.ok, value).toBe(false);
      if (!result.ok) {
        expect(result.problems[0]?.code).toBe("notIdentifier");
        // A long value is shown cut short.
        const shown = "values" in (result.problems[0] ?? {}) ? JSON.stringify(result.problems[0]) : "";
        expect(shown.length).toBeLessThan(120);
      }
    }
  });
});

const get = (query: string) => handleExport(t.db, new Request(`http://test/export/compare.csv${query}`), "compare.csv");

describe("the compare CSV", () => {
  it("writes one row per agreement in the order chosen, codes with names beside them", async () => {
    const res = await get(`?a=${MOU}&a=${PLAN}&lang=ko`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(/compare-\d{4}-\d{2}-\d{2}\.csv/);
    const lines: string[][] = parse(await res.text(), { bom: true });
    const header = lines[0] ?? [];
    expect(header.slice(0, 6)).toEqual(["slug", "title", "kind", "kind_name", "status", "status_name"]);
    expect(lines).toHaveLength(3);
    const cell = (line: number, column: string) => lines[line]?.[header.indexOf(column)];
    expect(cell(1, "slug")).toBe(MOU);
    expect(cell(2, "slug")).toBe(PLAN);
    expect(cell(1, "status_name")).toBe("서명");
    expect(cell(1, "signed_precision")).toBe("day");
    expect(cell(1, "continues")).toBe(MOU_2014);
  });

  it("words the names in Chinese with lang=zh and in English without", async () => {
    const zh = await (await get(`?a=${MOU}&a=${PLAN}&lang=zh`)).text();
    const en = await (await get(`?a=${MOU}&a=${PLAN}`)).text();
    expect(zh).toContain("已签署");
    expect(en).toContain(",Signed,");
  });

  it("answers 400 naming the problem, in the language asked for", async () => {
    const one = await get(`?a=${MOU}`);
    expect(one.status).toBe(400);
    expect((await one.json()).problems).toEqual([
      { field: "a", message: "Only one agreement is chosen: choose at least 2." },
    ]);
    const unknown = await get(`?a=${MOU}&a=nope&lang=ko`);
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(await unknown.json())).toContain("“nope”(이)라는 협정이 없습니다");
    const badLang = await get(`?a=${MOU}&a=${PLAN}&lang=fr`);
    expect(badLang.status).toBe(400);
  });
});
