import type { ErrorCode, FieldErrors } from "@/lib/schemas/errors";

export type { ErrorCode } from "@/lib/schemas/errors";

/**
 * The one shape every form's server action returns to `useActionState`. Field errors
 * are codes (lib/schemas/errors.ts), each a message of the `formErrors` catalogue, so
 * the form shows them in the reader's language; `values` is what the user typed, kept
 * on refusal.
 */
export type FormState =
  | { status: "idle" }
  | {
      status: "ok";
      version?: number;
      savedAt: number;
      /** The record's fields as saved, as form strings: the form's values and its new base. */
      values?: Record<string, string>;
      /** The save was merged onto changes another editor made meanwhile. */
      merged?: boolean;
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
      fieldErrors: FieldErrors<ErrorCode>;
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
        /** The record now as form strings: the base of the next save. */
        base?: Record<string, string>;
        /** The fields both editors changed: theirs beside mine, for the editor to choose. */
        fields?: ConflictField[];
      };
    };

/** A field two editors changed to different values, as the form shows it. */
export type ConflictField = {
  field: string;
  theirs: string;
  mine: string;
  /** Who saved theirs and when (ISO), when the history says. */
  by: { label: string; at: string } | null;
};

export const IDLE: FormState = { status: "idle" };

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

/** A stored value as a form field holds it: null and false as "", true as "on", a list comma-separated. */
export function formString(value: unknown): string {
  if (value === null || value === undefined || value === false) return "";
  if (value === true) return "on";
  if (Array.isArray(value)) return value.map(String).join(",");
  return String(value);
}

/** A form field's string value; "" for missing, so the schema reports "required" rather than a wrong type. */
export function str(formData: FormData, name: string): string {
  const v = formData.get(name);
  return typeof v === "string" ? v : "";
}
