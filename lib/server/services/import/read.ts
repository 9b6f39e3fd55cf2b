import "server-only";
import { FORMULA_TRIGGERS } from "@/lib/server/export/csv";
import {
  type FileRefusal,
  type ImportFile,
  issue,
  type RowError,
  type RowIssue,
  refusal,
  rowError,
  type SheetParam,
} from "./issues";
import { parseImportFile, type Table } from "./parse";
import { acceptedColumns, IMPORT_KINDS, type ImportKind, importColumns, requiredColumns, sheetParam } from "./sheets";

export type Sheet = {
  kind: ImportKind;
  format: "csv" | "xlsx";
  columns: string[];
  /** Data rows the file holds (every one is either ready or refused in the end). */
  read: number;
  /** Data rows whose cells line up with the header, cells keyed by column. */
  rows: { row: number; cells: Record<string, string> }[];
  /** Rows refused before their cells are looked at (their cell count differs from the header's). */
  refused: RowError[];
};

export type ReadResult = { ok: true; sheet: Sheet } | ({ ok: false } & FileRefusal);

/**
 * Reads an uploaded CSV or XLSX (in a worker thread, limits enforced while reading:
 * ./parse.ts) and lines its rows up with a known sheet's header. A row whose number
 * of cells differs from the header's is refused by row number, never padded or cut:
 * a line break gone astray shows instead of shifting cells into the wrong columns.
 */
export async function readImportFile(file: ImportFile): Promise<ReadResult> {
  const parsed = await parseImportFile(file);
  if (!parsed.ok) return parsed;
  return toSheet(parsed.table, parsed.format);
}

function toSheet(table: Table, format: Sheet["format"]): ReadResult {
  const [header, ...body] = table;
  if (!header) return { ok: false, ...refusal("noHeader", {}) };
  const columns = header.cells.map((c) => c.trim().toLowerCase());
  // Excel may leave empty cells after the last column of an XLSX header.
  while (format === "xlsx" && columns.at(-1) === "") columns.pop();
  const kind = detectKind(columns);
  if (!kind.ok) return kind;
  if (body.length === 0) return { ok: false, ...refusal("noRows", {}) };
  const sheet: Sheet = { kind: kind.kind, format, columns, read: body.length, rows: [], refused: [] };
  for (const { row, cells } of body) {
    const count = countCells(cells, format);
    // An XLSX row stores no empty trailing cells: only one reaching past the header is off.
    if (format === "csv" ? count !== columns.length : count > columns.length) {
      sheet.refused.push(rowError(row, null, issue("cellCount", { cells: count, expected: columns.length })));
      continue;
    }
    sheet.rows.push({
      row,
      // Optional columns the file leaves out read as empty cells.
      cells: {
        ...Object.fromEntries(importColumns(kind.kind).map((c) => [c, ""])),
        ...Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? ""])),
      },
    });
  }
  return { ok: true, sheet };
}

/** A CSV row's cells as written; an XLSX row's up to its last non-empty one (empty trailing cells are not stored). */
function countCells(cells: string[], format: Sheet["format"]): number {
  if (format === "csv") return cells.length;
  let last = cells.length;
  while (last > 0 && (cells[last - 1] ?? "") === "") last--;
  return last;
}

function detectKind(columns: string[]): { ok: true; kind: ImportKind } | ({ ok: false } & FileRefusal) {
  const duplicates = columns.filter((c, i) => columns.indexOf(c) !== i);
  if (duplicates.length > 0) return { ok: false, ...refusal("duplicateColumns", { columns: duplicates.join(", ") }) };
  // The sheet whose required columns are all present; among those, the one with fewest unknown columns.
  const candidates = IMPORT_KINDS.map((kind) => {
    const known = new Set(acceptedColumns(kind));
    return {
      kind,
      missing: requiredColumns(kind).filter((c) => !columns.includes(c)),
      unknown: columns.filter((c) => !known.has(c)),
    };
  }).sort((a, b) => a.missing.length - b.missing.length || a.unknown.length - b.unknown.length);
  const best = candidates[0];
  if (!best || best.missing.length > 0) {
    const closest: SheetParam = best ? sheetParam(best.kind) : "agreements";
    return { ok: false, ...refusal("noSheet", { closest, missing: best?.missing.join(", ") ?? "" }) };
  }
  if (best.unknown.length > 0) {
    return {
      ok: false,
      ...refusal("unknownColumns", {
        sheet: sheetParam(best.kind),
        columns: best.unknown.join(", "),
        expected: importColumns(best.kind).join(", "),
      }),
    };
  }
  return { ok: true, kind: best.kind };
}

/**
 * A cell a spreadsheet would run as a formula is refused; one the export escaped
 * with a leading quote (') is read back without it. NUL is refused in any cell
 * (PostgreSQL cannot store it).
 */
export function checkCell(value: string): { ok: true; value: string } | { ok: false; issue: RowIssue } {
  if (value.includes("\u0000")) return { ok: false, issue: issue("nul", {}) };
  const first = value.charAt(0);
  const triggers = FORMULA_TRIGGERS as readonly string[];
  if (first === "'" && triggers.includes(value.charAt(1))) return { ok: true, value: value.slice(1) };
  if (triggers.includes(first)) {
    const char = first === "\t" ? "tab" : first === "\r" ? "cr" : first;
    return { ok: false, issue: issue("formula", { char }) };
  }
  return { ok: true, value };
}
