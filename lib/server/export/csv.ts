import "server-only";
import { stringify } from "csv-stringify/sync";
import type { SheetRow } from "./sheets";

/** Spreadsheet programs run a cell starting with one of these as a formula. */
export const FORMULA_TRIGGERS = ["=", "+", "-", "@", "\t", "\r"] as const;

/**
 * Rows as CSV that Excel opens correctly in Korean and Chinese (UTF-8 with a
 * byte-order mark, CRLF line ends) and that cannot run as formulas: csv-stringify's
 * `escape_formulas` prefixes a cell starting with = + - @ tab or CR with a quote (').
 */
export function toCsv(columns: readonly string[], rows: readonly SheetRow[]): string {
  return stringify(
    rows.map((r) => columns.map((c) => r[c] ?? "")),
    { header: true, columns: [...columns], bom: true, record_delimiter: "windows", escape_formulas: true },
  );
}

/** A cell as the CSV writes it: a formula trigger at the start is prefixed with a quote ('). */
export function escapeFormula(value: string): string {
  return (FORMULA_TRIGGERS as readonly string[]).includes(value.charAt(0)) ? `'${value}` : value;
}
