import "server-only";
import type { z } from "zod";
import type { Db, Tx } from "@/lib/server/db/prisma";
import type { Actor, Changes } from "@/lib/server/services/audit";
import { issueOfZod, type RowError, rowError } from "./issues";
import { checkCell, type Sheet } from "./read";

/** What the import does with one row, as the report shows it. */
export type RowAction = "create" | "update" | "unchanged";
export type RowPlan = { row: number; key: string; action: RowAction; changes: Changes };

/** One row's plan and the writes that carry it out, run inside the commit's transaction. */
export type Step = { plan: RowPlan; apply: (tx: Tx, actor: Actor, note: string) => Promise<void> };
export type Apply = Step["apply"];
export type Reader = Db | Tx;
type SheetRow = Sheet["rows"][number];

export { rowError };

const isRowError = (planned: Step | RowError): planned is RowError => "code" in planned;

/** An unchanged row writes nothing. */
export const nothing: Apply = async () => {};

/** Cells checked for formulas, then the row parsed by its zod schema. */
function parseRow<T>(schema: z.ZodType<T>, row: SheetRow, errors: RowError[]): T | null {
  const cells: Record<string, string> = {};
  let bad = false;
  for (const [column, raw] of Object.entries(row.cells)) {
    const checked = checkCell(raw);
    if (!checked.ok) {
      errors.push(rowError(row.row, column, checked.issue));
      bad = true;
    } else cells[column] = checked.value;
  }
  const parsed = schema.safeParse(cells);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const column = String(issue.path[0] ?? "");
      // A formula cell already has its error.
      if (!errors.some((e) => e.row === row.row && e.column === column))
        errors.push(rowError(row.row, column || null, issueOfZod(issue)));
    }
    return null;
  }
  return bad ? null : parsed.data;
}

/**
 * Plans a sheet row by row, in order: each row parsed by `schema`, then planned by
 * `planRow` (which may refuse it with an error). Rows in error get no step.
 */
export async function planRows<T>(
  sheet: Sheet,
  errors: RowError[],
  schema: z.ZodType<T>,
  planRow: (r: T, row: SheetRow) => Promise<Step | RowError>,
): Promise<Step[]> {
  const steps: Step[] = [];
  for (const row of sheet.rows) {
    const r = parseRow(schema, row, errors);
    if (!r) continue;
    const planned = await planRow(r, row);
    if (isRowError(planned)) errors.push(planned);
    else steps.push(planned);
  }
  return steps;
}

/** Field-by-field differences, null and missing treated alike. */
export function diff(before: Record<string, unknown>, after: Record<string, unknown>): Changes {
  const changes: Changes = {};
  for (const [k, v] of Object.entries(after)) {
    const was = before[k] ?? null;
    if (JSON.stringify(was) !== JSON.stringify(v ?? null)) changes[k] = [was, v ?? null];
  }
  return changes;
}

export const created = (after: Record<string, unknown>): Changes =>
  Object.fromEntries(Object.entries(after).map(([k, v]) => [k, [null, v ?? null]]));

/** An update's action: "unchanged" when nothing differs. */
export const actionOf = (changes: Changes): RowAction => (Object.keys(changes).length === 0 ? "unchanged" : "update");

/** Slugs to ids of the records a sheet may name (archived ones are not offered). */
export async function idsBySlug(records: Promise<{ id: string; slug: string }[]>): Promise<Map<string, string>> {
  return new Map((await records).map((r) => [r.slug, r.id]));
}
