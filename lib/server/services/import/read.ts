import "server-only";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { FORMULA_TRIGGERS } from "@/lib/server/export/csv";
import { columnNames, SHEET_KINDS, SHEETS, type SheetKind } from "@/lib/server/export/sheets";

/** The largest file an import accepts. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
/** The most data rows an import accepts. */
export const MAX_IMPORT_ROWS = 5000;

export type ImportFile = { name: string; bytes: Uint8Array };

/** A problem with one cell (or row: column null) of the file. Rows are numbered as a spreadsheet shows them. */
export type RowError = { row: number; column: string | null; reason: string };

export type Sheet = {
  kind: SheetKind;
  format: "csv" | "xlsx";
  columns: string[];
  /** Data rows with their spreadsheet row numbers, cells keyed by column. */
  rows: { row: number; cells: Record<string, string> }[];
};

export type ReadResult = { ok: true; sheet: Sheet } | { ok: false; reason: string };

const isXlsx = (file: ImportFile) =>
  file.name.toLowerCase().endsWith(".xlsx") ||
  (file.bytes[0] === 0x50 && file.bytes[1] === 0x4b && file.bytes[2] === 0x03 && file.bytes[3] === 0x04);

/**
 * Reads an uploaded CSV or XLSX into rows of text cells, refusing, with a reason a
 * person can act on, a file too large, not UTF-8, without a known header, or with
 * columns no sheet has.
 */
export async function readImportFile(file: ImportFile): Promise<ReadResult> {
  if (file.bytes.byteLength === 0) return { ok: false, reason: "The file is empty." };
  if (file.bytes.byteLength > MAX_IMPORT_BYTES) {
    return {
      ok: false,
      reason: `The file is ${(file.bytes.byteLength / 1024 / 1024).toFixed(1)} MB; the most an import takes is ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Split it into smaller files.`,
    };
  }
  let table: { row: number; cells: string[] }[];
  let format: Sheet["format"];
  if (isXlsx(file)) {
    format = "xlsx";
    const read = await readXlsx(file.bytes);
    if (!read.ok) return read;
    table = read.table;
  } else {
    format = "csv";
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(file.bytes);
    } catch {
      return {
        ok: false,
        reason:
          "The file is not UTF-8 text. Save it as “CSV UTF-8 (comma delimited)” in Excel, or as UTF-8 in another program, and upload it again.",
      };
    }
    try {
      const records = parse(text, {
        bom: true,
        comment: "#",
        comment_no_infix: true,
        relax_column_count: true,
        skip_empty_lines: true,
        info: true,
      }) as unknown as { record: string[]; info: { lines: number } }[];
      table = records.map((r) => ({ row: r.info.lines, cells: r.record }));
    } catch (error) {
      return {
        ok: false,
        reason: `The file is not valid CSV: ${error instanceof Error ? error.message : String(error)}`,
      };
    }
  }

  const header = table[0];
  if (!header) return { ok: false, reason: "The file has no header row." };
  const columns = header.cells.map((c) => c.trim().toLowerCase());
  const kind = detectKind(columns);
  if (!kind.ok) return kind;
  const body = table.slice(1).filter((r) => r.cells.some((c) => c.trim() !== ""));
  if (body.length === 0) return { ok: false, reason: "The file has a header but no rows." };
  if (body.length > MAX_IMPORT_ROWS) {
    return { ok: false, reason: `The file has ${body.length} rows; the most an import takes is ${MAX_IMPORT_ROWS}.` };
  }
  return {
    ok: true,
    sheet: {
      kind: kind.kind,
      format,
      columns,
      rows: body.map((r) => ({
        row: r.row,
        // Optional columns the file leaves out read as empty cells.
        cells: {
          ...Object.fromEntries(columnNames(kind.kind).map((c) => [c, ""])),
          ...Object.fromEntries(columns.map((c, i) => [c, r.cells[i] ?? ""])),
        },
      })),
    },
  };
}

function detectKind(columns: string[]): { ok: true; kind: SheetKind } | { ok: false; reason: string } {
  const duplicates = columns.filter((c, i) => columns.indexOf(c) !== i);
  if (duplicates.length > 0) return { ok: false, reason: `The header names a column twice: ${duplicates.join(", ")}.` };
  // The sheet whose required columns are all present; among those, the one with fewest unknown columns.
  const candidates = SHEET_KINDS.map((kind) => {
    const known = new Set(columnNames(kind));
    const required = SHEETS[kind].columns.filter((c) => "required" in c && c.required).map((c) => c.name);
    return {
      kind,
      missing: required.filter((c) => !columns.includes(c)),
      unknown: columns.filter((c) => !known.has(c)),
    };
  }).sort((a, b) => a.missing.length - b.missing.length || a.unknown.length - b.unknown.length);
  const best = candidates[0];
  if (!best || best.missing.length > 0) {
    return {
      ok: false,
      reason: `The header does not match any importable sheet (agreements, plan items, status updates). ${
        best ? `Closest: ${SHEETS[best.kind].label}, which needs the columns ${best.missing.join(", ")}.` : ""
      } Download a template to see the columns.`,
    };
  }
  if (best.unknown.length > 0) {
    return {
      ok: false,
      reason: `Unknown columns for a ${SHEETS[best.kind].label} sheet: ${best.unknown.join(", ")}. The columns are: ${columnNames(best.kind).join(", ")}.`,
    };
  }
  return { ok: true, kind: best.kind };
}

async function readXlsx(
  bytes: Uint8Array,
): Promise<{ ok: true; table: { row: number; cells: string[] }[] } | { ok: false; reason: string }> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch (error) {
    return {
      ok: false,
      reason: `The file is not a readable Excel workbook (.xlsx): ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { ok: false, reason: "The workbook has no worksheet." };
  const table: { row: number; cells: string[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value));
    if (cells[0]?.startsWith("#")) return;
    table.push({ row: rowNumber, cells });
  });
  return { ok: true, table };
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("formula" in value || "sharedFormula" in value) return `=${"formula" in value ? value.formula : ""}`;
    if ("text" in value) return String(value.text);
    if ("error" in value) return "";
  }
  return String(value);
}

/**
 * A cell a spreadsheet would run as a formula is refused; one the export escaped
 * with a leading quote (') is read back without it.
 */
export function checkCell(value: string): { ok: true; value: string } | { ok: false; reason: string } {
  const first = value.charAt(0);
  if (first === "'" && (FORMULA_TRIGGERS as readonly string[]).includes(value.charAt(1))) {
    return { ok: true, value: value.slice(1) };
  }
  if ((FORMULA_TRIGGERS as readonly string[]).includes(first)) {
    const shown = first === "\t" ? "a tab" : first === "\r" ? "a carriage return" : `“${first}”`;
    return {
      ok: false,
      reason: `starts with ${shown}, which a spreadsheet runs as a formula; remove it, or start the cell with ' to keep it as text`,
    };
  }
  return { ok: true, value };
}
