"use server";
import "server-only";

import { requireRole } from "@/lib/server/auth";
import { revalidatePublicPages } from "@/lib/server/cache/revalidate";
import { db } from "@/lib/server/db/client";
import { confirmImport } from "@/lib/server/services/import";
import { localeOf, type WordedReport, wordMessage, wordReport } from "@/lib/server/services/import/messages";

export type ImportState =
  | { status: "idle" }
  | { status: "report"; report: WordedReport }
  | { status: "error"; kind: "unauthenticated" | "forbidden"; message: string };

/**
 * Imports the file a dry run checked (POST /api/import kept it under a token): the
 * form sends the token, never the file again. Editors import records and statuses;
 * the service refuses a sheet of accounts to anyone but an admin. All rows in one
 * transaction, or nothing.
 */
export async function importSheetAction(_prev: ImportState, formData: FormData): Promise<ImportState> {
  const locale = localeOf(formData.get("locale"));
  const gate = await requireRole("editor");
  if (!gate.ok) return { status: "error", kind: gate.kind, message: await wordMessage(locale, gate.kind) };
  const importer = { userId: gate.user.id, label: gate.user.name, role: gate.user.role };
  const report = await confirmImport(db, importer, formData.get("token"));
  if (report.committed) revalidatePublicPages();
  return { status: "report", report: await wordReport(locale, report) };
}
