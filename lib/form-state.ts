import type { FieldErrors } from "@/lib/server/services/record-status-update";

/**
 * The one shape every form's server action returns to `useActionState`. Field errors
 * are message codes (lib/i18n/messages/<locale>/formErrors.json) so the form shows
 * them in the reader's language; `values` is what the user typed, kept on refusal.
 */
export type FormState =
  | { status: "idle" }
  | {
      status: "ok";
      version?: number;
      savedAt: number;
      /** A generated password, shown once to the admin who made it and never again. */
      secret?: string;
    }
  | {
      status: "error";
      kind:
        | "invalid"
        | "unauthenticated"
        | "forbidden"
        | "not_found"
        | "credentials"
        | "locked"
        | "disabled"
        | "conflict";
      fieldErrors: Record<string, ErrorCode[]>;
      values: Record<string, string>;
      /** For kind "locked": when sign-in opens again (ISO). */
      until?: string;
      /** For kind "conflict": what the record holds now and who changed it. */
      conflict?: {
        version: number;
        current: Record<string, string | number | null>;
        /** The names of the records the current values name, by id (a relation shows its title, not its id). */
        names?: Record<string, { label: string; lang: string }>;
        changedBy: { label: string | null; at: string; note: string | null } | null;
      };
    };

export const IDLE: FormState = { status: "idle" };

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
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * The services speak English (they also serve scripts and the API); a form shows a
 * code its catalogue translates. Unknown messages fall back to "invalid".
 */
export function errorCode(message: string): ErrorCode {
  const rules: [RegExp, ErrorCode][] = [
    [/required|Too small: expected string to have >=1/i, "required"],
    [/too long|Too big: expected string/i, "tooLong"],
    [/must be 100 when/i, "completed100"],
    [/must be a number|expected number/i, "number"],
    [/whole number of 1 or more/i, "positive"],
    [/0 or more|100 or less|whole number|1 or more/i, "range"],
    [/web address|Invalid URL/i, "url"],
    [/date like/i, "date"],
    [/email/i, "email"],
    [/Invalid option|expected one of/i, "choice"],
    [/known source/i, "unknownSource"],
    [/known record|another record/i, "unknownRecord"],
    [/already used/i, "taken"],
    [/your own account/i, "self"],
    [/loop/i, "loop"],
  ];
  return rules.find(([re]) => re.test(message))?.[1] ?? "invalid";
}

export function toCodes(fieldErrors: FieldErrors): Record<string, ErrorCode[]> {
  return Object.fromEntries(Object.entries(fieldErrors).map(([k, v]) => [k, [...new Set(v.map(errorCode))]]));
}

/**
 * The text fields of a submitted form, to refill it after a refusal (files and
 * passwords left out). A field sent several times (a multiple select) is joined
 * with commas, as the schemas of such fields read it.
 */
export function typedValues(formData: FormData, omit: readonly string[] = ["password"]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [k, v] of formData.entries()) {
    if (typeof v !== "string" || k.startsWith("$ACTION") || omit.includes(k)) continue;
    values[k] = k in values ? `${values[k]},${v}` : v;
  }
  return values;
}

/** A form field's string value; "" for missing, so zod says "required" rather than "expected string". */
export function str(formData: FormData, name: string): string {
  const v = formData.get(name);
  return typeof v === "string" ? v : "";
}
