"use server";
import "server-only";

import { requireRole } from "@/lib/server/auth";
import { revalidatePublicPages } from "@/lib/server/cache/revalidate";
import { db } from "@/lib/server/db/client";
import { commitImport, dryRunImport, type ImportReport, MAX_IMPORT_BYTES } from "@/lib/server/services/import";

export type ImportState =
  | { status: "idle" }
  | { status: "report"; mode: "dry-run" | "commit"; fileName: string; report: ImportReport }
  | { status: "error"; kind: "unauthenticated" | "forbidden" | "invalid"; message: string };

/**
 * An admin uploads a spreadsheet: "dry-run" shows what would happen, "commit" writes
 * it all in one transaction (lib/import) or nothing.
 */
export async function importSheetAction(_prev: ImportState, formData: FormData): Promise<ImportState> {
  const gate = await requireRole("admin");
  if (!gate.ok) return { status: "error", kind: gate.kind, message: gate.kind };
  const file = formData.get("file");
  const mode = formData.get("mode") === "commit" ? "commit" : "dry-run";
  if (!(file instanceof File) || file.size === 0) {
    return { status: "error", kind: "invalid", message: "Choose a CSV or XLSX file to import." };
  }
  if (file.size > MAX_IMPORT_BYTES) {
    return {
      status: "error",
      kind: "invalid",
      message: `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`,
    };
  }
  const upload = { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
  if (mode === "dry-run") {
    return { status: "report", mode, fileName: file.name, report: await dryRunImport(db, upload) };
  }
  const report = await commitImport(db, { userId: gate.user.id, label: gate.user.name }, upload);
  if (report.committed) revalidatePublicPages();
  return { status: "report", mode, fileName: file.name, report };
}
