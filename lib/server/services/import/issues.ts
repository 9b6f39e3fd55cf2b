import "server-only";
import type { z } from "zod";
import { codeOf } from "@/lib/schemas/errors";

/**
 * What can be wrong with an import, as codes with the values their messages need
 * (docs/decisions/0010): each code is a key of the `importSheet` catalogue
 * (lib/i18n/messages/<locale>/importSheet.json), worded in the reader's language by
 * ./messages.ts. Nothing here is an English sentence to be read back.
 */

export type ImportFile = { name: string; bytes: Uint8Array };

/** A sheet kind as a message argument (ICU select keys). */
export type SheetParam = "agreements" | "items" | "statusUpdates" | "accounts";

/** Why a whole file (or a confirmation) is refused: `importSheet.refused.<code>`. */
type RefusalParams = {
  noFile: Record<string, never>;
  empty: Record<string, never>;
  tooLarge: { maxMb: number };
  tooManyRows: { max: number };
  inflatedTooLarge: { maxMb: number };
  utf16: Record<string, never>;
  notUtf8: Record<string, never>;
  csvQuote: { line: number };
  csvSyntax: { line: number };
  notXlsx: Record<string, never>;
  damagedXlsx: Record<string, never>;
  noWorksheet: Record<string, never>;
  tooSlow: Record<string, never>;
  unreadable: Record<string, never>;
  noHeader: Record<string, never>;
  noRows: Record<string, never>;
  duplicateColumns: { columns: string };
  noSheet: { closest: SheetParam; missing: string };
  unknownColumns: { sheet: SheetParam; columns: string; expected: string };
  accountsAdminOnly: Record<string, never>;
  tokenInvalid: Record<string, never>;
  tokenExpired: Record<string, never>;
};
export type RefusalCode = keyof RefusalParams;
export type FileRefusal = { [K in RefusalCode]: { code: K; params: RefusalParams[K] } }[RefusalCode];

/** What is wrong with one cell or row: `importSheet.issues.<code>`. */
type IssueParams = {
  required: Record<string, never>;
  tooShort: { limit: number };
  tooLong: { limit: number };
  tooMany: { limit: number };
  number: Record<string, never>;
  wholeNumber: Record<string, never>;
  atLeast: { limit: number };
  atMost: { limit: number };
  url: Record<string, never>;
  date: Record<string, never>;
  email: Record<string, never>;
  choice: { options: string };
  slug: Record<string, never>;
  completed100: Record<string, never>;
  invalid: Record<string, never>;
  nul: Record<string, never>;
  formula: { char: string };
  cellCount: { cells: number; expected: number };
  duplicateRow: { first: number };
  unknownMinistry: { values: string };
  unknownPlan: { value: string };
  unknownItem: { value: string };
  unknownSource: { value: string };
  archived: Record<string, never>;
  otherPlan: Record<string, never>;
  numberTaken: { slug: string };
  itemInPlan: { item: string; plan: string };
  notAnUpdate: Record<string, never>;
  otherItem: Record<string, never>;
  ownAccount: Record<string, never>;
};
export type IssueCode = keyof IssueParams;
export type RowIssue = { [K in IssueCode]: { code: K; params: IssueParams[K] } }[IssueCode];

/** A problem with one cell (or, column null, a whole row). Rows are numbered as a spreadsheet shows them. */
export type RowError = { row: number; column: string | null } & RowIssue;

export const refusal = <K extends RefusalCode>(code: K, params: RefusalParams[K]) => ({ code, params }) as FileRefusal;
export const issue = <K extends IssueCode>(code: K, params: IssueParams[K]) => ({ code, params }) as RowIssue;
export const rowError = (row: number, column: string | null, found: RowIssue): RowError => ({
  row,
  column,
  ...found,
});
const none = {} as Record<string, never>;

/**
 * A zod issue as an import issue: the code of lib/schemas/errors.ts, made precise
 * from what zod reports about the check (its bound, its options), never its text.
 */
export function issueOfZod(found: z.core.$ZodIssue): RowIssue {
  const code = codeOf(found);
  if (found.code === "too_small") {
    if (found.origin === "number" || found.origin === "int") return issue("atLeast", { limit: Number(found.minimum) });
    return code === "required" ? issue("required", none) : issue("tooShort", { limit: Number(found.minimum) });
  }
  if (found.code === "too_big") {
    if (found.origin === "number" || found.origin === "int") return issue("atMost", { limit: Number(found.maximum) });
    if (found.origin === "array") return issue("tooMany", { limit: Number(found.maximum) });
    return issue("tooLong", { limit: Number(found.maximum) });
  }
  if (found.code === "invalid_type" && found.expected === "int") return issue("wholeNumber", none);
  if (found.code === "invalid_value") return issue("choice", { options: found.values.map(String).join(", ") });
  if (found.code === "invalid_format" && found.format === "regex") return issue("slug", none);
  switch (code) {
    case "number":
    case "url":
    case "date":
    case "email":
    case "completed100":
    case "required":
      return issue(code, none);
    default:
      return issue("invalid", none);
  }
}
