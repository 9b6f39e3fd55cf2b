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
  return new Uint8Array(buffer as ArrayBuffer);
}

/** Wide enough for the header and most values, never wider than a screenful. */
function widthOf(column: string, rows: readonly SheetRow[]): number {
  const longest = rows.reduce((max, r) => Math.max(max, (r[column] ?? "").length), column.length);
  return Math.min(60, Math.max(8, longest + 2));
}
