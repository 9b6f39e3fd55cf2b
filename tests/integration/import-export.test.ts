import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handleExport } from "@/lib/server/export/handler";
import { columnNames } from "@/lib/server/export/sheets";
import { commitImport, dryRunImport, type ImportFile, MAX_IMPORT_BYTES } from "@/lib/server/services/import";
import { templateCsv } from "@/lib/server/services/import/template";
import { createSeededDb, type TestDb } from "../helpers/db";

let t: TestDb;
const actor = { userId: null, label: "import test" };

beforeAll(async () => {
  t = await createSeededDb();
});
afterAll(() => t.cleanup());

const exportFile = async (file: string, query = "") => {
  const res = await handleExport(t.db, new Request(`http://test/export/${file}${query}`), file);
  expect(res.status).toBe(200);
  return new Uint8Array(await res.arrayBuffer());
};
const csvFile = (name: string, text: string): ImportFile => ({ name, bytes: new TextEncoder().encode(text) });

/** Everything an import can touch, in a stable order. */
async function dump() {
  const [agreements, signatories, items, updates, audit] = await Promise.all([
    t.db.agreement.findMany({ orderBy: { id: "asc" } }),
    t.db.signatory.findMany({ orderBy: { id: "asc" } }),
    t.db.planItem.findMany({ orderBy: { id: "asc" } }),
    t.db.statusUpdate.findMany({ orderBy: { id: "asc" } }),
    t.db.auditEntry.count(),
  ]);
  return JSON.stringify({ agreements, signatories, items, updates, audit });
}

describe("exports", () => {
  it("writes CSV that Excel opens in Korean and Chinese, safe from formulas", async () => {
    const a = await t.db.agreement.findFirstOrThrow({ where: { slug: "environmental-cooperation-mou-2026" } });
    await t.db.agreement.update({
      where: { id: a.id },
      data: {
        titleKo: "한중 환경협력 양해각서",
        titleZh: "中韩环境合作谅解备忘录",
        summaryZh: '=HYPERLINK("http://evil")',
      },
    });
    const bytes = await exportFile("agreements.csv");
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain("한중 환경협력 양해각서");
    expect(text).toContain("中韩环境合作谅解备忘录");
    expect(text).toContain("'=HYPERLINK");
    expect(text.split("\r\n")[0]).toBe(columnNames("agreements").join(","));
  });

  it("exports exactly what the page's filters show, as CSV and JSON", async () => {
    const json = JSON.parse(
      new TextDecoder().decode(await exportFile("agreements.json", "?ministry=mcee&ministry=mee-china")),
    );
    expect(json.rows.map((r: { slug: string }) => r.slug)).toEqual(["environmental-cooperation-mou-2026"]);
    const timeline = JSON.parse(new TextDecoder().decode(await exportFile("timeline.json", "?kind=meeting")));
    expect(timeline.rows.length).toBeGreaterThan(0);
    expect(timeline.rows.every((r: { kind: string }) => r.kind === "meeting")).toBe(true);
    const status = JSON.parse(new TextDecoder().decode(await exportFile("status.json", "?status=not_assessed")));
    expect(status.rows.every((r: { status: string }) => r.status === "not_assessed")).toBe(true);
    const bad = await handleExport(
      t.db,
      new Request("http://test/export/agreements.csv?status=nope"),
      "agreements.csv",
    );
    expect(bad.status).toBe(400);
    const unknown = await handleExport(t.db, new Request("http://test/export/users.csv"), "users.csv");
    expect(unknown.status).toBe(404);
  });
});

describe("import", () => {
  it("round-trips: export then import leaves the database unchanged", async () => {
    const before = await dump();
    for (const file of ["agreements.csv", "items.csv", "status-updates.csv"]) {
      const bytes = await exportFile(file);
      const dry = await dryRunImport(t.db, { name: file, bytes });
      expect(dry.errors, file).toEqual([]);
      expect(dry.counts.create + dry.counts.update, file).toBe(0);
      expect(dry.counts.unchanged, file).toBeGreaterThan(0);
      const done = await commitImport(t.db, actor, { name: file, bytes });
      expect(done.committed).toBe(false);
    }
    expect(await dump()).toBe(before);
  });

  it("dry run lists every error by row, column and reason; committing the file writes nothing", async () => {
    const header = columnNames("items").join(",");
    const plan = await t.db.actionPlan.findFirstOrThrow({ select: { slug: true } });
    const file = csvFile(
      "bad.csv",
      [
        header,
        `${plan.slug},901,new-item-a,New item A,,,mcee,2026-13-01,,,`,
        `${plan.slug},902,new-item-b,New item B,,,no-such-ministry,2026,,,`,
        `${plan.slug},903,new-item-c,New item C,,,,2026-06,,,`,
        `${plan.slug},903,new-item-c,New item C,,,,2026-06,,,`,
        `${plan.slug},904,new-item-d,"=cmd|' /C calc'!A0",,,,,,,`,
      ].join("\n"),
    );
    const before = await dump();
    const dry = await dryRunImport(t.db, file);
    expect(dry.ok).toBe(false);
    expect(dry.errors).toEqual([
      { row: 2, column: "due_on", reason: expect.stringContaining("must be a date") },
      { row: 3, column: "responsible_body", reason: "unknown ministry: no-such-ministry" },
      { row: 5, column: "slug", reason: "duplicates row 4: each item once per file" },
      { row: 6, column: "title_en", reason: expect.stringContaining("formula") },
    ]);
    expect(dry.counts.create).toBe(1);
    const done = await commitImport(t.db, actor, file);
    expect(done.committed).toBe(false);
    expect(done.errors).toHaveLength(4);
    expect(await dump()).toBe(before);
  });

  it("refuses NUL in any cell and control characters inside a web address, by row and column", async () => {
    const item = await t.db.planItem.findFirstOrThrow({ select: { slug: true } });
    const quoted = (cell: string) => `"${cell.replaceAll('"', '""')}"`;
    const row = (cells: { id?: string; note?: string; url?: string; source?: string }) =>
      [
        cells.id ?? "",
        "",
        item.slug,
        "in_progress",
        "40",
        "2026-11-20",
        "staff",
        quoted(cells.note ?? "fine"),
        quoted(cells.url ?? ""),
        quoted(cells.source ?? ""),
      ].join(",");
    const file = csvFile(
      "nul.csv",
      [
        columnNames("status-updates").join(","),
        row({ id: "su-\u0000" }),
        row({ note: "Work has begun\u0000" }),
        row({ url: "https://example.org/a\tb" }),
        row({ url: "\u0000https://example.org/report" }),
        row({ source: "\u0000" }),
      ].join("\n"),
    );
    const before = await dump();
    const dry = await dryRunImport(t.db, file);
    expect(dry.errors).toEqual([
      { row: 2, column: "id", reason: "must not contain a NUL character" },
      { row: 3, column: "note_en", reason: "must not contain a NUL character" },
      { row: 4, column: "evidence_url", reason: "must not contain spaces, control or format characters" },
      { row: 5, column: "evidence_url", reason: "must not contain spaces, control or format characters" },
      { row: 6, column: "evidence_source", reason: "must not contain a NUL character" },
    ]);
    const done = await commitImport(t.db, actor, file);
    expect(done.committed).toBe(false);
    expect(await dump()).toBe(before);
  });

  it("imports status updates once: the second import of the same file changes nothing", async () => {
    const item = await t.db.planItem.findFirstOrThrow({ select: { id: true, slug: true, statusAssessedOn: true } });
    const file = csvFile(
      "updates.csv",
      `${columnNames("status-updates").join(",")}\n,,${item.slug},in_progress,40,2026-11-20,staff,Work has begun; 진행 중,https://example.org/report,\n`,
    );
    const first = await commitImport(t.db, actor, file);
    expect(first.errors).toEqual([]);
    expect(first.counts).toEqual({ create: 1, update: 0, unchanged: 0 });
    expect(first.committed).toBe(true);
    const moved = await t.db.planItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(moved.status).toBe("in_progress");
    expect(moved.progress).toBe(40);
    const audits = await t.db.auditEntry.findMany({ where: { action: "import" } });
    expect(audits.map((a) => a.entityType).sort()).toEqual(["PlanItem", "StatusUpdate"]);
    const before = await dump();
    const second = await commitImport(t.db, actor, file);
    expect(second.counts).toEqual({ create: 0, update: 0, unchanged: 1 });
    expect(second.committed).toBe(false);
    expect(await dump()).toBe(before);
  });

  it("reads XLSX in the same columns", async () => {
    const item = await t.db.planItem.findFirstOrThrow({ select: { slug: true } });
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("updates");
    sheet.addRow(columnNames("status-updates"));
    sheet.addRow(["", "", item.slug, "delayed", "", "2026-11-21", "news", "延迟", "", ""]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const dry = await dryRunImport(t.db, { name: "updates.xlsx", bytes });
    expect(dry.errors).toEqual([]);
    expect(dry.format).toBe("xlsx");
    expect(dry.counts.create).toBe(1);
  });

  it("refuses files too large, not UTF-8, or with unknown columns, saying why", async () => {
    const big = await dryRunImport(t.db, { name: "big.csv", bytes: new Uint8Array(MAX_IMPORT_BYTES + 1).fill(65) });
    expect(big.refused).toMatch(/MB/);
    const latin1 = await dryRunImport(t.db, {
      name: "l.csv",
      bytes: Uint8Array.from([0x73, 0x6c, 0x75, 0x67, 0x0a, 0xe9, 0x0a]),
    });
    expect(latin1.refused).toMatch(/UTF-8/);
    const extra = await dryRunImport(
      t.db,
      csvFile("x.csv", `${columnNames("agreements").join(",")},colour\nx,mou,signed,T,,,,,,,,,,,,,,red\n`),
    );
    expect(extra.refused).toMatch(/Unknown columns.*colour/);
    const none = await dryRunImport(t.db, csvFile("n.csv", "name,age\nx,1\n"));
    expect(none.refused).toMatch(/does not match/);
  });

  it("offers a documented template the importer reads", async () => {
    const text = templateCsv("status-updates");
    expect(text).toContain("# assessed_on:");
    const result = await dryRunImport(t.db, csvFile("template.csv", text));
    expect(result.refused).toBe("The file has a header but no rows.");
  });
});
