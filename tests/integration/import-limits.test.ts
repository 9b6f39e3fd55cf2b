import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { columnNames } from "@/lib/server/export/sheets";
import { dryRunImport, IMPORT_LIMITS, type Importer } from "@/lib/server/services/import";
import { parseImportFile } from "@/lib/server/services/import/parse";
import { createSeededDb, type TestDb } from "../helpers/db";
import { createImporter, csvFile } from "../helpers/import";
import { bombXml, sheetXml, zip } from "../helpers/zip";

/**
 * The limits of issue 17's "a large import stalls everyone": each checked while the
 * file is read, stopping there, in a worker thread that leaves the event loop free.
 */

let t: TestDb;
let editor: Importer;

beforeAll(async () => {
  t = await createSeededDb();
  editor = await createImporter(t.db, "editor");
});
afterAll(() => t.cleanup());

const MB = 1024 * 1024;
const UPDATE_HEADER = columnNames("status-updates").join(",");

/** Runs `work` and reports how long it took, the longest the event loop went without a 5 ms timer firing, and the memory it added. */
async function watch<T>(work: () => Promise<T>) {
  let last = performance.now();
  let longestGap = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longestGap = Math.max(longestGap, now - last);
    last = now;
  }, 5);
  const rss = process.memoryUsage().rss;
  const started = performance.now();
  try {
    const result = await work();
    return { result, ms: performance.now() - started, longestGap, addedMb: (process.memoryUsage().rss - rss) / MB };
  } finally {
    clearInterval(timer);
  }
}

describe("XLSX: the inflated size is checked before and while inflating", () => {
  it("refuses a small workbook holding 49 MB of sheet XML from its declared sizes, inflating nothing", async () => {
    const xml = bombXml(49);
    expect(xml.length).toBeGreaterThan(49 * MB);
    const bytes = zip([
      { name: "[Content_Types].xml", data: Buffer.from("<Types/>") },
      { name: "xl/worksheets/sheet1.xml", data: xml },
    ]);
    expect(bytes.byteLength).toBeLessThan(150 * 1024);
    const { result, ms, addedMb } = await watch(() => parseImportFile({ name: "bomb.xlsx", bytes }));
    expect(result).toEqual({ ok: false, code: "inflatedTooLarge", params: { maxMb: 24 } });
    expect(ms).toBeLessThan(2000);
    expect(addedMb).toBeLessThan(150);
  });

  it("refuses one whose entries lie about their size, stopping at the limit", async () => {
    const bytes = zip([{ name: "xl/worksheets/sheet1.xml", data: bombXml(49), declare: 1000 }]);
    const { result, ms, addedMb } = await watch(() => parseImportFile({ name: "liar.xlsx", bytes }));
    expect(result).toEqual({ ok: false, code: "inflatedTooLarge", params: { maxMb: 24 } });
    expect(ms).toBeLessThan(3000);
    expect(addedMb).toBeLessThan(150);
  });

  it("refuses a workbook with more rows than an import takes before a spreadsheet library reads it", async () => {
    const bytes = zip([{ name: "xl/worksheets/sheet1.xml", data: sheetXml(20_000) }]);
    const result = await parseImportFile({ name: "rows.xlsx", bytes });
    expect(result).toEqual({ ok: false, code: "tooManyRows", params: { max: 5000 } });
  });

  it("refuses a zip that is damaged, and bytes that are no zip at all", async () => {
    const good = zip([{ name: "xl/worksheets/sheet1.xml", data: sheetXml(10) }]);
    const cut = good.slice(0, 40);
    expect((await parseImportFile({ name: "cut.xlsx", bytes: cut })).ok).toBe(false);
    const junk = await parseImportFile({ name: "junk.xlsx", bytes: new TextEncoder().encode("not a workbook at all") });
    expect(junk).toMatchObject({ ok: false, code: "notXlsx" });
  });
});

describe("CSV: rows and bytes", () => {
  it("refuses a 1 MB CSV of 70,000 rows quickly, reading no further than the limit", async () => {
    const row = ",,an-item,in_progress,,2026,staff,,,";
    const text = `${UPDATE_HEADER}\n${`${row}\n`.repeat(Math.floor((1 * MB) / (row.length + 1)))}`;
    const { result, ms } = await watch(() => parseImportFile(csvFile("many.csv", text)));
    expect(result).toEqual({ ok: false, code: "tooManyRows", params: { max: 5000 } });
    expect(ms).toBeLessThan(2000);
  });

  it("takes exactly the row limit and refuses one more", async () => {
    const rows = (n: number) =>
      `${UPDATE_HEADER}\n${Array.from({ length: n }, (_, i) => `,,item-${i},in_progress,,2026,staff,,,`).join("\n")}\n`;
    const at = await parseImportFile(csvFile("at.csv", rows(IMPORT_LIMITS.maxRows)));
    expect(at.ok && at.table.length).toBe(IMPORT_LIMITS.maxRows + 1);
    const over = await parseImportFile(csvFile("over.csv", rows(IMPORT_LIMITS.maxRows + 1)));
    expect(over).toEqual({ ok: false, code: "tooManyRows", params: { max: 5000 } });
  });

  it("refuses a file over the byte limit by its size, and an empty one", async () => {
    const big = await parseImportFile({ name: "big.csv", bytes: new Uint8Array(IMPORT_LIMITS.maxBytes + 1).fill(65) });
    expect(big).toEqual({ ok: false, code: "tooLarge", params: { maxMb: 2 } });
    expect(await parseImportFile({ name: "e.csv", bytes: new Uint8Array() })).toMatchObject({ code: "empty" });
  });
});

describe("the worker thread", () => {
  it("keeps the event loop free while a large workbook is read", { timeout: 60_000 }, async () => {
    const item = await t.db.planItem.findFirstOrThrow({ select: { slug: true } });
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("updates");
    sheet.addRow(columnNames("status-updates"));
    for (let i = 0; i < IMPORT_LIMITS.maxRows; i++)
      sheet.addRow([
        "",
        "",
        item.slug,
        "in_progress",
        i % 100,
        "2026-11-20",
        "staff",
        `note ${i} ${"말".repeat(60)}`,
        "",
        "",
      ]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const { result, ms, longestGap } = await watch(() => parseImportFile({ name: "large.xlsx", bytes }));
    expect(result.ok && result.table.length).toBe(IMPORT_LIMITS.maxRows + 1);
    console.log(`large workbook read in ${ms.toFixed(0)} ms; longest event-loop gap ${longestGap.toFixed(0)} ms`);
    // The read takes far longer than any pause the event loop saw: it ran elsewhere.
    expect(ms).toBeGreaterThan(400);
    expect(longestGap).toBeLessThan(250);
  });

  it("a dry run of a refused file over the limit answers in the reader's terms, writing nothing", async () => {
    const before = await t.db.importUpload.count();
    const dry = await dryRunImport(t.db, editor, {
      name: "bomb.xlsx",
      bytes: zip([{ name: "xl/worksheets/sheet1.xml", data: bombXml(49) }]),
    });
    expect(dry.report.refused?.code).toBe("inflatedTooLarge");
    expect(dry.token).toBeNull();
    expect(await t.db.importUpload.count()).toBe(before);
  });
});
