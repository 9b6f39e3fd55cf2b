import "server-only";
import type { Role } from "@/lib/roles";
import { type Column, nameColumns, SHEETS, type SheetKind } from "@/lib/server/export/sheets";
import type { SheetParam } from "./issues";

/**
 * The sheets an import reads: the exports' three (lib/server/export/sheets.ts), in the
 * same columns, and staff accounts, which only admins may import.
 */
const ACCOUNTS = {
  label: "accounts",
  key: "email",
  columns: [
    { name: "email", description: "Email address the person signs in with", required: true },
    { name: "name", description: "Name shown to other staff (the part before @ when empty)" },
    { name: "role", description: "viewer, editor or admin", required: true },
  ],
} as const satisfies { label: string; key: string; columns: readonly Column[] };

export const IMPORT_SHEETS = { ...SHEETS, accounts: ACCOUNTS };
export type ImportKind = keyof typeof IMPORT_SHEETS;
export const IMPORT_KINDS = Object.keys(IMPORT_SHEETS) as ImportKind[];
export const importColumns = (kind: ImportKind): string[] => IMPORT_SHEETS[kind].columns.map((c) => c.name);
/** Every column a file of the sheet may have: its own and the names an export writes beside the codes (ignored). */
export const acceptedColumns = (kind: ImportKind): string[] =>
  kind in SHEETS ? [...importColumns(kind), ...nameColumns(kind as SheetKind)] : importColumns(kind);
export const requiredColumns = (kind: ImportKind): string[] =>
  IMPORT_SHEETS[kind].columns.filter((c) => "required" in c && c.required).map((c) => c.name);

/**
 * The least role that may import each sheet: editors keep records and statuses
 * current; accounts grant access, so only admins bring them in.
 */
export const IMPORT_ROLE: Record<ImportKind, Role> = {
  agreements: "editor",
  items: "editor",
  "status-updates": "editor",
  accounts: "admin",
};

/** A kind as a message argument. */
export const sheetParam = (kind: ImportKind): SheetParam => (kind === "status-updates" ? "statusUpdates" : kind);
