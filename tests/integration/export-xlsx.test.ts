import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { handleExport } from "@/lib/server/export/handler";
import { withFixedEntryTimes } from "@/lib/server/export/xlsx";
import type { Importer } from "@/lib/server/services/import";
import { createSeededDb, type TestDb } from "../helpers/db";
import { createImporter, importFile } from "../helpers/import";

let t: TestDb;
let editor: Importer;

beforeAll(async () => {
  t = await createSeededDb();
  editor = await createImporter(t.db, "editor");
});
afterAll(() => t.cleanup());

async function exportBytes(file: string, query: string) {
  const res = await handleExport(t.db, new Request(`http://test/export/${file}${query}`), file);
  expect(res.status, `${file}${query}`).toBe(200);
  return { res, bytes: new Uint8Array(await res.arrayBuffer()) };
}

/** The first sheet of a workbook as rows of text, header first. */
async function readXlsx(bytes: Uint8Array): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error("no sheet");
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) cells.push(row.getCell(c).text);
    rows.push(cells);
  });
  return rows;
}

const readCsv = (bytes: Uint8Array): string[][] => parse(new TextDecoder().decode(bytes), { bom: true });

describe("XLSX exports", () => {
  for (const [file, query] of [
    ["agreements.xlsx", "?kind=mou&lang=ko"],
    ["items.xlsx", "?lang=zh"],
    ["status-updates.xlsx", ""],
    ["timeline.xlsx", "?kind=meeting&lang=ko"],
    ["status.xlsx", "?status=not_assessed"],
  ] as const) {
    it(`${file}${query} holds the same rows and columns as the CSV`, async () => {
      const { res, bytes } = await exportBytes(file, query);
      expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
      expect(res.headers.get("content-disposition")).toMatch(/\.xlsx"$/);
      const csv = readCsv((await exportBytes(file.replace(".xlsx", ".csv"), query)).bytes);
      const xlsx = await readXlsx(bytes);
      expect(csv.length).toBeGreaterThan(1);
      expect(xlsx).toEqual(csv);
    });
  }

  it("writes the names in the language asked for, beside the codes", async () => {
    const header = (rows: string[][]) => rows[0] ?? [];
    const column = (rows: string[][], name: string) => rows.slice(1).map((r) => r[header(rows).indexOf(name)]);
    const ko = await readXlsx((await exportBytes("agreements.xlsx", "?kind=mou&lang=ko")).bytes);
    const zh = await readXlsx((await exportBytes("agreements.xlsx", "?kind=mou&lang=zh")).bytes);
    const en = await readXlsx((await exportBytes("agreements.xlsx", "?kind=mou")).bytes);
    expect(header(ko).slice(0, 5)).toEqual(["slug", "kind", "kind_name", "status", "status_name"]);
    expect(new Set(column(ko, "kind_name"))).toEqual(new Set(["양해각서"]));
    expect(new Set(column(zh, "kind_name"))).toEqual(new Set(["谅解备忘录"]));
    expect(new Set(column(en, "kind_name"))).toEqual(new Set(["MOU"]));
    // Ministry names: the MOU on the environment is signed by the two environment ministries.
    const row = (rows: string[][]) => rows.find((r) => r[0] === "environmental-cooperation-mou-2026") ?? [];
    const names = (rows: string[][]) => row(rows)[header(rows).indexOf("signatory_names")] ?? "";
    expect(row(ko)[header(ko).indexOf("signatories")]).toBe(row(zh)[header(zh).indexOf("signatories")]);
    expect(names(ko)).toMatch(/\p{Script=Hangul}/u);
    expect(names(zh)).toMatch(/\p{Script=Han}/u);
    expect(names(zh)).not.toBe(names(ko));
  });

  it("an exported workbook imports back unchanged (the name columns are accepted and ignored)", async () => {
    const { bytes } = await exportBytes("agreements.xlsx", "?lang=zh");
    const { dry } = await importFile(t.db, editor, { name: "agreements.xlsx", bytes });
    expect(dry.report.errors).toEqual([]);
    expect(dry.report.counts.create + dry.report.counts.update).toBe(0);
    expect(dry.report.counts.unchanged).toBeGreaterThan(0);
  });

  it("the same URL gives the same bytes, so a cache may keep it, a minute or a day later", async () => {
    // Only Date is faked: the export's promises and timers run as usual.
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(new Date("2026-12-07T21:00:01Z"));
      const a = await exportBytes("items.xlsx", "?lang=ko");
      vi.setSystemTime(new Date("2026-12-08T09:41:37Z"));
      const b = await exportBytes("items.xlsx", "?lang=ko");
      expect(b.bytes).toEqual(a.bytes);
      expect(a.res.headers.get("etag")).toBe(b.res.headers.get("etag"));
    } finally {
      vi.useRealTimers();
    }
  });

  it("sets every entry's time in the ZIP headers, and refuses bytes that are not a ZIP", async () => {
    const { bytes } = await exportBytes("status.xlsx", "");
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const times: number[] = [];
    for (let at = 0; at + 4 <= bytes.length; at++) {
      const signature = view.getUint32(at, true);
      if (signature === 0x04034b50) times.push(view.getUint32(at + 10, true));
      if (signature === 0x02014b50) times.push(view.getUint32(at + 12, true));
    }
    expect(times.length).toBeGreaterThan(10);
    expect(new Set(times)).toEqual(new Set([(((2000 - 1980) << 9) | (1 << 5) | 1) * 0x10000]));
    expect(() => withFixedEntryTimes(new TextEncoder().encode("slug,kind\n") as Uint8Array<ArrayBuffer>)).toThrow(
      /not a ZIP file/,
    );
  });

  it("refuses an unknown language", async () => {
    const res = await handleExport(t.db, new Request("http://test/export/items.xlsx?lang=fr"), "items.xlsx");
    expect(res.status).toBe(400);
  });
});
