import "server-only";
import type { Db } from "@/lib/server/db/prisma";
import type { SheetKind } from "@/lib/server/export/sheets";
import type { Actor } from "@/lib/server/services/audit";
import { planAgreements } from "./agreements";
import { planItems } from "./items";
import type { Reader, RowAction, RowPlan, Step } from "./plan";
import { type ImportFile, type RowError, readImportFile, type Sheet } from "./read";
import { planStatusUpdates } from "./status-updates";

export { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "./read";
export type { ImportFile, RowAction, RowError, RowPlan };

/**
 * Spreadsheet import of agreements, plan items or status updates, in the columns the
 * exports write. A dry run says what each row would do and lists every error by row,
 * column and reason; a commit re-checks inside one transaction and writes all rows
 * with their audit entries, or nothing. A row equal to what is stored is left alone,
 * so importing the same file twice changes nothing the second time.
 */

export type ImportReport = {
  /** False when the file was refused (size, encoding, columns) or has errors. */
  ok: boolean;
  /** Why the whole file was refused, if it was. */
  refused: string | null;
  kind: SheetKind | null;
  format: "csv" | "xlsx" | null;
  counts: Record<RowAction, number>;
  rows: RowPlan[];
  errors: RowError[];
  /** Set by commitImport: whether anything was written. */
  committed?: boolean;
};

const emptyCounts = (): Record<RowAction, number> => ({ create: 0, update: 0, unchanged: 0 });

function refusedReport(reason: string): ImportReport {
  return { ok: false, refused: reason, kind: null, format: null, counts: emptyCounts(), rows: [], errors: [] };
}

function planSheet(db: Reader, sheet: Sheet, errors: RowError[]): Promise<Step[]> {
  if (sheet.kind === "agreements") return planAgreements(db, sheet, errors);
  if (sheet.kind === "items") return planItems(db, sheet, errors);
  return planStatusUpdates(db, sheet, errors);
}

// ---------------------------------------------------------------- entry points

function report(sheet: Sheet, steps: Step[], errors: RowError[]): ImportReport {
  const counts = emptyCounts();
  for (const s of steps) counts[s.plan.action]++;
  errors.sort((a, b) => a.row - b.row);
  return {
    ok: errors.length === 0,
    refused: null,
    kind: sheet.kind,
    format: sheet.format,
    counts,
    rows: steps.map((s) => s.plan),
    errors,
  };
}

/** What importing `file` would do, row by row, and every error; writes nothing. */
export async function dryRunImport(db: Db, file: ImportFile): Promise<ImportReport> {
  const read = await readImportFile(file);
  if (!read.ok) return refusedReport(read.reason);
  const errors: RowError[] = [];
  const steps = await planSheet(db, read.sheet, errors);
  return report(read.sheet, steps, errors);
}

class ImportAborted extends Error {
  constructor(readonly report: ImportReport) {
    super("import has errors");
  }
}

/**
 * Imports `file` in one transaction: re-plans against the database as it is now, and
 * writes every row with its audit entry, or, at the first error, nothing at all.
 */
export async function commitImport(db: Db, actor: Actor, file: ImportFile): Promise<ImportReport> {
  const read = await readImportFile(file);
  if (!read.ok) return { ...refusedReport(read.reason), committed: false };
  const note = `import of ${file.name}`;
  try {
    return await db.$transaction(
      async (tx) => {
        const errors: RowError[] = [];
        const steps = await planSheet(tx, read.sheet, errors);
        const planned = report(read.sheet, steps, errors);
        if (!planned.ok) throw new ImportAborted({ ...planned, committed: false });
        for (const step of steps) await step.apply(tx, actor, note);
        return { ...planned, committed: planned.counts.create + planned.counts.update > 0 };
      },
      { timeout: 60_000 },
    );
  } catch (error) {
    if (error instanceof ImportAborted) return error.report;
    throw error;
  }
}
