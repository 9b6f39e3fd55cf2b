import "server-only";
import { toCsv } from "@/lib/server/export/csv";
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "./limits";
import { IMPORT_SHEETS, type ImportKind, importColumns } from "./sheets";

/**
 * The downloadable template of a sheet: lines starting with # explain each column
 * (the importer skips them), then the header row the export writes. Fill in rows
 * below the header, or start from an export of the same list.
 */
export function templateCsv(kind: ImportKind): string {
  const sheet = IMPORT_SHEETS[kind];
  const lines = [
    `# Template: ${sheet.label}. Lines starting with # are notes; the importer skips them.`,
    "# Save as CSV UTF-8 (or upload .xlsx). One row per record; the header row must stay as it is.",
    "# Every row has as many cells as the header (a row with more or fewer is refused by its number).",
    `# Rows are matched on ${sheet.key}: a new one is created, a differing one updated, an equal one left alone.`,
    `# At most ${MAX_IMPORT_ROWS} rows and ${MAX_IMPORT_BYTES / 1024 / 1024} MB. A cell may not start with = + - @ (prefix it with ' to keep it as text).`,
    ...(kind === "accounts"
      ? ["# Admins only. New accounts get no password: an admin sets one at /admin/users (reset password)."]
      : []),
    ...sheet.columns.map(
      (c) =>
        `# ${c.name}: ${c.description}${"required" in c && c.required ? " (required)" : ""}${"readOnly" in c && c.readOnly ? " (informational: ignored on import)" : ""}`,
    ),
  ];
  // Notes are plain text lines; the header goes through the CSV writer like any export.
  const csv = toCsv(importColumns(kind), []);
  return `\uFEFF${lines.map((l) => l.replaceAll(",", ";")).join("\r\n")}\r\n${csv.replace(/^\uFEFF/, "")}`;
}
