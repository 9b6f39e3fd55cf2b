import "server-only";
import { hasRole, type Role } from "@/lib/roles";
import type { Db } from "@/lib/server/db/prisma";
import type { Actor } from "@/lib/server/services/audit";
import { planAccounts } from "./accounts";
import { planAgreements } from "./agreements";
import { type FileRefusal, type ImportFile, type RowError, refusal } from "./issues";
import { planItems } from "./items";
import type { Reader, RowAction, RowPlan, Step } from "./plan";
import { readImportFile, type Sheet } from "./read";
import { IMPORT_ROLE, type ImportKind } from "./sheets";
import { planStatusUpdates } from "./status-updates";
import { consumeUpload, findUpload, keepUpload } from "./uploads";

export { IMPORT_LIMITS, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "./limits";
export type { FileRefusal, ImportFile, RowAction, RowError, RowPlan };

/**
 * Spreadsheet import of agreements, plan items, status updates (editors) or staff
 * accounts (admins), in the columns the exports write. A dry run reads the file, says
 * what each row would do and lists every error by row, column and code, and keeps the
 * file under a token (./uploads.ts); the import, confirmed with that token, re-checks
 * the same bytes inside one transaction and writes every row with its audit entry, or
 * nothing. A row equal to what is stored is left alone, so importing the same file
 * twice changes nothing the second time.
 */

/** Who imports: their audit identity and role (checked here for the sheet's kind, not only by the caller). */
export type Importer = Actor & { userId: string; role: Role };

export type ImportCounts = Record<RowAction, number> & {
  /** Data rows in the file. */
  read: number;
  /** Rows without an error (each one created, changed or unchanged). */
  ready: number;
  /** Rows with at least one error. read = ready + refused. */
  refused: number;
};

export type ImportReport = {
  /** False when the file was refused (size, encoding, columns, role, token) or has errors. */
  ok: boolean;
  /** Why the whole file was refused, if it was. */
  refused: FileRefusal | null;
  kind: ImportKind | null;
  format: "csv" | "xlsx" | null;
  fileName: string | null;
  counts: ImportCounts;
  rows: RowPlan[];
  errors: RowError[];
  /** Set by confirmImport: whether anything was written. */
  committed?: boolean;
};

/** A dry run's report, and the token that confirms its import when it has no errors. */
export type DryRun = { report: ImportReport; token: string | null };

const emptyCounts = (): ImportCounts => ({ read: 0, ready: 0, refused: 0, create: 0, update: 0, unchanged: 0 });

export function refusedReport(why: FileRefusal, fileName: string | null = null): ImportReport {
  return {
    ok: false,
    refused: { code: why.code, params: why.params } as FileRefusal,
    kind: null,
    format: null,
    fileName,
    counts: emptyCounts(),
    rows: [],
    errors: [],
  };
}

function planSheet(db: Reader, sheet: Sheet, errors: RowError[], importer: Importer): Promise<Step[]> {
  if (sheet.kind === "agreements") return planAgreements(db, sheet, errors);
  if (sheet.kind === "items") return planItems(db, sheet, errors);
  if (sheet.kind === "accounts") return planAccounts(db, sheet, errors, importer);
  return planStatusUpdates(db, sheet, errors);
}

function report(sheet: Sheet, fileName: string, steps: Step[], errors: RowError[]): ImportReport {
  const counts = emptyCounts();
  for (const s of steps) counts[s.plan.action]++;
  errors.sort((a, b) => a.row - b.row);
  counts.read = sheet.read;
  counts.ready = steps.length;
  counts.refused = new Set(errors.map((e) => e.row)).size;
  return {
    ok: errors.length === 0,
    refused: null,
    kind: sheet.kind,
    format: sheet.format,
    fileName,
    counts,
    rows: steps.map((s) => s.plan),
    errors,
  };
}

/** The file read and its kind allowed to the importer's role, or the report that refuses it. */
async function readFor(importer: Importer, file: ImportFile): Promise<{ ok: true; sheet: Sheet } | ImportReport> {
  const read = await readImportFile(file);
  if (!read.ok) return refusedReport(read, file.name);
  if (!hasRole(importer.role, IMPORT_ROLE[read.sheet.kind]))
    return refusedReport(refusal("accountsAdminOnly", {}), file.name);
  return read;
}

/**
 * What importing `file` would do, row by row, and every error; writes nothing but
 * the kept upload, and gives its token only when the file is ready to import.
 */
export async function dryRunImport(db: Db, importer: Importer, file: ImportFile): Promise<DryRun> {
  const read = await readFor(importer, file);
  if (!("sheet" in read)) return { report: read, token: null };
  const errors: RowError[] = [...read.sheet.refused];
  const steps = await planSheet(db, read.sheet, errors, importer);
  const planned = report(read.sheet, file.name, steps, errors);
  return { report: planned, token: planned.ok ? await keepUpload(db, importer.userId, file) : null };
}

class ImportAborted extends Error {
  constructor(readonly report: ImportReport) {
    super("import aborted");
  }
}

/**
 * Imports the file a dry run kept under `token`, in one transaction: uses the token
 * up, re-plans against the database as it is now, and writes every row with its
 * audit entry, or, at the first error, nothing at all (the token then still works).
 */
export async function confirmImport(db: Db, importer: Importer, token: unknown): Promise<ImportReport> {
  const found = await findUpload(db, importer.userId, token);
  if (!found.ok) return { ...refusedReport(found), committed: false };
  const { file, id } = found.upload;
  const read = await readFor(importer, file);
  if (!("sheet" in read)) return { ...read, committed: false };
  const note = `import of ${file.name}`;
  try {
    return await db.$transaction(
      async (tx) => {
        if (!(await consumeUpload(tx, id, importer.userId)))
          throw new ImportAborted(refusedReport(refusal("tokenInvalid", {}), file.name));
        const errors: RowError[] = [...read.sheet.refused];
        const steps = await planSheet(tx, read.sheet, errors, importer);
        const planned = report(read.sheet, file.name, steps, errors);
        if (!planned.ok) throw new ImportAborted(planned);
        for (const step of steps) await step.apply(tx, importer, note);
        return { ...planned, committed: planned.counts.create + planned.counts.update > 0 };
      },
      { timeout: 60_000 },
    );
  } catch (error) {
    if (error instanceof ImportAborted) return { ...error.report, committed: false };
    throw error;
  }
}
