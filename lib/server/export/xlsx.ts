import "server-only";
import ExcelJS from "exceljs";
import { escapeFormula } from "./csv";
import type { SheetRow } from "./sheets";

/** A fixed date for the workbook's metadata, so the same rows make the same file (and ETag). */
const STAMP = new Date(Date.UTC(2000, 0, 1));

/**
 * Rows as an Excel workbook of one sheet: the header row bold and frozen, every cell
 * text. Cells carry the same text as the CSV, formula triggers prefixed with a quote,
 * so the file imports back like the CSV does (the import refuses a cell starting with =).
 */
export async function toXlsx(
  sheetName: string,
  columns: readonly string[],
  rows: readonly SheetRow[],
): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Korea–China Cooperation Tracker";
  workbook.created = STAMP;
  workbook.modified = STAMP;
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c, key: c, width: widthOf(c, rows) }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(columns.map((c) => escapeFormula(row[c] ?? "")));
  const buffer = await workbook.xlsx.writeBuffer();
  return withFixedEntryTimes(new Uint8Array(buffer as ArrayBuffer));
}

/** 2000-01-01 00:00 as a ZIP header's MS-DOS date (years from 1980, month, day) and time. */
const DOS_DATE = ((2000 - 1980) << 9) | (1 << 5) | 1;
const DOS_TIME = 0;

/**
 * The workbook's ZIP with every entry's modification time set to STAMP. ExcelJS's zip
 * library stamps each entry with the clock when it is added, so two writes of the same
 * rows a second apart differed, and so did their ETags. The times sit in each central
 * directory header and in the local header it points to (APPNOTE.TXT 4.3.7, 4.3.12,
 * 4.3.16); no checksum covers them. The bytes are changed in place.
 */
export function withFixedEntryTimes(zip: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = endOfCentralDirectory(view);
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < entries; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error(`ZIP central directory entry ${i} not found`);
    view.setUint16(at + 12, DOS_TIME, true);
    view.setUint16(at + 14, DOS_DATE, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== 0x04034b50) throw new Error(`ZIP local header of entry ${i} not found`);
    view.setUint16(local + 10, DOS_TIME, true);
    view.setUint16(local + 12, DOS_DATE, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return zip;
}

/** Where the end-of-central-directory record starts: its signature, searched from the end past any comment. */
function endOfCentralDirectory(view: DataView): number {
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === 0x06054b50) return at;
  }
  throw new Error("not a ZIP file: no end-of-central-directory record");
}

/** Wide enough for the header and most values, never wider than a screenful. */
function widthOf(column: string, rows: readonly SheetRow[]): number {
  const longest = rows.reduce((max, r) => Math.max(max, (r[column] ?? "").length), column.length);
  return Math.min(60, Math.max(8, longest + 2));
}
