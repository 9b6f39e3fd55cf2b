import "server-only";
import { AuditFiltersSchema } from "@/lib/schemas/audit-filters";
import { parseSearchParams, type RawSearchParams } from "@/lib/schemas/search-params";
import type { Locale } from "@/lib/schemas/vocab";
import { db } from "@/lib/server/db/client";
import { type AuditRow, listAudit, listRecordHistory } from "./audit";
import { namesInChanges } from "./record-edit";

/** The names of the records audit entries' changes name, by id, in the reader's language. */
export type HistoryNames = Record<string, { label: string; lang: string }>;

function namesInHistory(rows: readonly AuditRow[], locale: Locale): Promise<HistoryNames> {
  return namesInChanges(
    db,
    rows.map((r) => r.changes),
    locale,
  );
}

/** Some records' history (newest first, e.g. a plan and its items) and the names of the records its changes name. */
export async function getRecordHistory(records: readonly { entityType: string; entityId: string }[], locale: Locale) {
  const rows = await listRecordHistory(db, records);
  const names: HistoryNames = rows.length === 0 ? {} : await namesInHistory(rows, locale);
  return { rows, names };
}

export type RecordHistoryData = Awaited<ReturnType<typeof getRecordHistory>>;

/** What /admin/audit shows for a query: the filters read from it, their errors, one page of the log and the names its changes name. */
export async function getAuditPage(searchParams: RawSearchParams, locale: Locale) {
  const { values: filters, errors } = parseSearchParams(AuditFiltersSchema, searchParams);
  const result = await listAudit(db, filters);
  const names = await namesInHistory(result.rows, locale);
  return { filters, errors, result, names };
}
