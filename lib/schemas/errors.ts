import { z } from "zod";
import type FormErrorMessages from "@/lib/i18n/messages/en/formErrors.json";

/**
 * What can be wrong with a form field, as a stable code. Each code is a key of the
 * `formErrors` catalogue (lib/i18n/messages/<locale>/formErrors.json), so a form shows
 * it in the reader's language; the compiler checks that every code has its message.
 */
export const ERROR_CODES = [
  "required",
  "tooLong",
  "number",
  "range",
  "url",
  "date",
  "email",
  "choice",
  "completed100",
  "unknownSource",
  "unknownRecord",
  "taken",
  "positive",
  "self",
  "loop",
  "invalid",
] as const satisfies readonly (keyof typeof FormErrorMessages)[];
export type ErrorCode = (typeof ERROR_CODES)[number];

const isErrorCode = (value: unknown): value is ErrorCode => (ERROR_CODES as readonly unknown[]).includes(value);

/**
 * One thing wrong with a field: its code for forms, and the English sentence the API,
 * scripts and logs show ("is too long"). Both are decided where the error is found,
 * so nothing ever reads the sentence to find the code.
 */
export type FieldIssue = { code: ErrorCode; message: string };

/** Errors by field name, worded for the caller: English sentences unless it asked for codes. */
export type FieldErrors<M = string> = Record<string, M[]>;
export type FieldIssues = FieldErrors<FieldIssue>;

export const fieldIssue = (code: ErrorCode, message: string): FieldIssue => ({ code, message });

/**
 * A refinement's options whose issue carries its code: zod keeps `params` on custom
 * issues (`.refine(fn, coded("date", "must be a date…"))`, or `ctx.addIssue`).
 */
export const coded = (code: ErrorCode, message: string) => ({ message, params: { code } });

/**
 * The code of a zod issue. A custom issue names its own (`coded`); a built-in check's
 * follows from what zod reports about it: its kind, what it checked (a string, a
 * number, an array) and the bound it enforced.
 */
export function codeOf(issue: z.core.$ZodIssue): ErrorCode {
  switch (issue.code) {
    case "custom":
      return isErrorCode(issue.params?.code) ? issue.params.code : "invalid";
    case "too_small":
      if (issue.origin === "number" || issue.origin === "int") return "range";
      // A text's or list's minimum of one is "give one"; longer minimums have no message of their own.
      return issue.minimum === 1 ? "required" : "invalid";
    case "too_big":
      if (issue.origin === "number" || issue.origin === "int") return "range";
      return issue.origin === "string" || issue.origin === "array" ? "tooLong" : "invalid";
    case "invalid_type":
      return issue.expected === "number" ? "number" : issue.expected === "int" ? "range" : "invalid";
    case "invalid_value":
      return "choice";
    case "invalid_format":
      return issue.format === "url" ? "url" : issue.format === "email" ? "email" : "invalid";
    default:
      return "invalid";
  }
}

const toFieldIssue = (issue: z.core.$ZodIssue): FieldIssue => fieldIssue(codeOf(issue), issue.message);

/**
 * A zod error's issues by field (the first segment of each path), with their codes;
 * issues about the input as a whole go under `root`.
 */
export function issuesOf(error: z.ZodError, root = "form"): FieldIssues {
  const flat = z.flattenError(error, toFieldIssue);
  const byField: Partial<FieldIssues> = flat.fieldErrors;
  const fields: FieldIssues = {};
  for (const [field, issues] of Object.entries(byField)) if (issues) fields[field] = issues;
  const { formErrors } = flat;
  return formErrors.length > 0 ? { [root]: formErrors, ...fields } : fields;
}

/** How a service words its field errors for its caller. */
export type Wording<M> = (issues: readonly FieldIssue[]) => M[];
/** English sentences, as the API, scripts and tests read them (every one, in order). */
export const inEnglish: Wording<string> = (issues) => issues.map((i) => i.message);
/** Codes for a form to translate, each once. */
export const asCodes: Wording<ErrorCode> = (issues) => [...new Set(issues.map((i) => i.code))];

export function worded<M>(issues: FieldIssues, wording: Wording<M>): FieldErrors<M> {
  return Object.fromEntries(Object.entries(issues).map(([field, list]) => [field, wording(list)]));
}

export const hasIssues = (issues: FieldIssues) => Object.keys(issues).length > 0;

type Invalid<M> = { ok: false; kind: "invalid"; fieldErrors: FieldErrors<M> };
const isInvalid = (result: object): result is Invalid<FieldIssue> => "kind" in result && result.kind === "invalid";

/** A service's result with its field errors worded for the caller; any other result as it is. */
export function wordResult<R extends object, M>(result: R, wording: Wording<M>): R | Invalid<M> {
  return isInvalid(result) ? { ...result, fieldErrors: worded(result.fieldErrors, wording) } : result;
}
