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

type Coded = { code: ParamErrorCode; values?: ParamErrorValues };
/** What each kind of failed check means for one parameter. */
type Meaning = Partial<Record<z.core.$ZodIssue["code"], Coded>>;

/**
 * What each parameter helper's issues mean. Its checks stay zod's own (so the API's
 * OpenAPI document shows their bounds, patterns and choices) and the helper says what
 * each kind of failed check is; the values come from the helper, not from a message.
 * Any other schema's issues are reported as "invalid".
 */
const meanings = new WeakMap<z.ZodType, Meaning>();

function coded<T extends z.ZodType>(schema: T, meaning: Meaning): T {
  meanings.set(schema, meaning);
  return schema;
}

/** An integer beyond the safe range fails zod's int check by a bound: it is not a number this reads either. */
const kindOf = (issue: z.core.$ZodIssue) =>
  (issue.code === "too_big" || issue.code === "too_small") && issue.origin === "int" ? "invalid_type" : issue.code;

function toParamError(field: string, schema: z.ZodType, issue: z.core.$ZodIssue | undefined): ParamError {
  const { code, values = {} } = (issue && meanings.get(schema)?.[kindOf(issue)]) ?? { code: "invalid" };
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
      errors.push(toParamError(field, fieldSchema, result.error.issues[0]));
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

const SLUG = /^[a-z0-9-]{1,120}$/;
const YEARS = { min: 1900, max: 2100 };

export const param = {
  text: (max: number) =>
    coded(z.preprocess(first, z.string().refine(hasNoNul, ENGLISH.hasNul({})).trim().max(max).optional()), {
      custom: { code: "hasNul" },
      too_big: { code: "tooLong", values: { max } },
    }),
  slug: () =>
    coded(z.preprocess(first, z.string().regex(SLUG).optional()), { invalid_format: { code: "notIdentifier" } }),
  slugs: () =>
    coded(z.preprocess(list, z.array(z.string().regex(SLUG)).max(10)), {
      invalid_format: { code: "notIdentifier" },
      too_big: { code: "tooMany", values: { max: 10 } },
    }),
  oneOf: <T extends readonly [string, ...string[]]>(values: T) =>
    coded(z.preprocess(first, z.enum(values).optional()), {
      invalid_value: { code: "notOneOf", values: { allowed: values.join(", ") } },
    }),
  year: () =>
    coded(z.preprocess(first, z.coerce.number().int().min(YEARS.min).max(YEARS.max).optional()), {
      invalid_type: { code: "notYear" },
      too_small: { code: "yearRange", values: YEARS },
      too_big: { code: "yearRange", values: YEARS },
    }),
  /** A whole number between min and max, with a default when absent. */
  integer: ({ min, max, fallback }: { min: number; max: number; fallback: number }) =>
    coded(z.preprocess(first, z.coerce.number().int().min(min).max(max).default(fallback)), {
      invalid_type: { code: "notWholeNumber" },
      too_small: { code: "tooSmall", values: { min } },
      too_big: { code: "tooLarge", values: { max } },
    }),
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
