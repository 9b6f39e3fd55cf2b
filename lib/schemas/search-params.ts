import { z } from "zod";
import { hasNoNul } from "./vocab";

export type RawSearchParams = Record<string, string | string[] | undefined>;

/**
 * What can be wrong with a URL parameter, as a stable code. Pages render the code
 * through the `paramErrors` namespace in the reader's language; `message` is the same
 * in English, for logs, the API and tests.
 */
export const PARAM_ERROR_CODES = [
  "tooLong",
  "hasNul",
  "notIdentifier",
  "tooMany",
  "notOneOf",
  "notYear",
  "yearRange",
  "notWholeNumber",
  "tooSmall",
  "tooLarge",
  "invalid",
] as const;
export type ParamErrorCode = (typeof PARAM_ERROR_CODES)[number];
export type ParamErrorValues = Record<string, string | number>;

export type ParamError = { field: string; code: ParamErrorCode; values: ParamErrorValues; message: string };

const ENGLISH: Record<ParamErrorCode, (v: ParamErrorValues) => string> = {
  tooLong: (v) => `is too long: at most ${v.max} characters`,
  hasNul: () => "must not contain a NUL character",
  notIdentifier: () => "is not a valid identifier",
  tooMany: (v) => `has too many values: at most ${v.max}`,
  notOneOf: (v) => `must be one of: ${v.allowed}`,
  notYear: () => "must be a year such as 2026",
  yearRange: (v) => `must be a year between ${v.min} and ${v.max}`,
  notWholeNumber: () => "must be a whole number",
  tooSmall: (v) => `must be ${v.min} or more`,
  tooLarge: (v) => `must be at most ${v.max}`,
  invalid: () => "is not valid",
};

/**
 * Zod carries only a message per issue, so each helper's message is the code and its
 * values as JSON; parseSearchParams turns it back into a ParamError.
 */
function issue(code: ParamErrorCode, values: ParamErrorValues = {}): { error: string } {
  return { error: JSON.stringify({ code, values }) };
}

function toParamError(field: string, zodMessage: string | undefined): ParamError {
  let code: ParamErrorCode = "invalid";
  let values: ParamErrorValues = {};
  try {
    const parsed = JSON.parse(zodMessage ?? "") as { code?: unknown; values?: unknown };
    if ((PARAM_ERROR_CODES as readonly unknown[]).includes(parsed.code)) {
      code = parsed.code as ParamErrorCode;
      if (parsed.values && typeof parsed.values === "object") values = parsed.values as ParamErrorValues;
    }
  } catch {
    // A schema of the page's own with a plain message: reported as "is not valid".
  }
  return { field, code, values, message: ENGLISH[code](values) };
}

/**
 * Parses URL search parameters field by field, so one bad value (`?status=nonsense`)
 * is reported by name and dropped while the others still apply. Never throws.
 */
export function parseSearchParams<Shape extends z.ZodRawShape>(
  schema: z.ZodObject<Shape>,
  raw: RawSearchParams,
): { values: z.infer<z.ZodObject<Shape>>; errors: ParamError[] } {
  const values: Record<string, unknown> = {};
  const errors: ParamError[] = [];
  for (const [field, fieldSchema] of Object.entries(schema.shape) as [string, z.ZodType][]) {
    const result = fieldSchema.safeParse(raw[field]);
    if (result.success) values[field] = result.data;
    else {
      errors.push(toParamError(field, result.error.issues[0]?.message));
      values[field] = fieldSchema.safeParse(undefined).data;
    }
  }
  return { values: values as z.infer<z.ZodObject<Shape>>, errors };
}

/** The first value of a parameter given once or several times; blank counts as absent. */
const first = (v: unknown) => {
  const value = Array.isArray(v) ? v[0] : v;
  return typeof value === "string" && value.trim() === "" ? undefined : value;
};

/** A list parameter (`?ministry=a&ministry=b`); blanks dropped. */
const list = (v: unknown) =>
  (v === undefined ? [] : Array.isArray(v) ? v : [v]).filter((s) => typeof s !== "string" || s.trim() !== "");

export const param = {
  text: (max: number) =>
    z.preprocess(
      first,
      z.string().refine(hasNoNul, issue("hasNul")).trim().max(max, issue("tooLong", { max })).optional(),
    ),
  slug: () =>
    z.preprocess(
      first,
      z
        .string()
        .regex(/^[a-z0-9-]{1,120}$/, issue("notIdentifier"))
        .optional(),
    ),
  slugs: () =>
    z.preprocess(
      list,
      z.array(z.string().regex(/^[a-z0-9-]{1,120}$/, issue("notIdentifier"))).max(10, issue("tooMany", { max: 10 })),
    ),
  oneOf: <T extends readonly [string, ...string[]]>(values: T) =>
    z.preprocess(first, z.enum(values, issue("notOneOf", { allowed: values.join(", ") })).optional()),
  year: () =>
    z.preprocess(
      first,
      z.coerce
        .number(issue("notYear"))
        .int(issue("notYear"))
        .min(1900, issue("yearRange", { min: 1900, max: 2100 }))
        .max(2100, issue("yearRange", { min: 1900, max: 2100 }))
        .optional(),
    ),
  /** A whole number between min and max, with a default when absent. */
  integer: ({ min, max, fallback }: { min: number; max: number; fallback: number }) =>
    z.preprocess(
      first,
      z.coerce
        .number(issue("notWholeNumber"))
        .int(issue("notWholeNumber"))
        .min(min, issue("tooSmall", { min }))
        .max(max, issue("tooLarge", { max }))
        .default(fallback),
    ),
  page: () => param.integer({ min: 1, max: 100_000, fallback: 1 }),
};

/** Builds a query string from values, leaving out empty ones; for links that keep state. */
export function toQueryString(values: Record<string, string | number | readonly string[] | undefined | null>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || value === null || value === "") continue;
    if (Array.isArray(value)) for (const v of value) params.append(key, v);
    else params.set(key, String(value));
  }
  const s = params.toString();
  return s ? `?${s}` : "";
}
