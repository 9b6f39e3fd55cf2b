import { z } from "zod";

export type RawSearchParams = Record<string, string | string[] | undefined>;

export type ParamError = { field: string; message: string };

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
      errors.push({ field, message: result.error.issues[0]?.message ?? "is not valid" });
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
      z
        .string()
        .trim()
        .max(max, { error: `is too long: at most ${max} characters` })
        .optional(),
    ),
  slug: () =>
    z.preprocess(
      first,
      z
        .string()
        .regex(/^[a-z0-9-]{1,120}$/, { error: "is not a valid identifier" })
        .optional(),
    ),
  slugs: () =>
    z.preprocess(
      list,
      z
        .array(z.string().regex(/^[a-z0-9-]{1,120}$/, { error: "is not a valid identifier" }))
        .max(10, { error: "has too many values: at most 10" }),
    ),
  oneOf: <T extends readonly [string, ...string[]]>(values: T) =>
    z.preprocess(first, z.enum(values, { error: `must be one of: ${values.join(", ")}` }).optional()),
  year: () =>
    z.preprocess(
      first,
      z.coerce
        .number({ error: "must be a year such as 2026" })
        .int({ error: "must be a year such as 2026" })
        .min(1900, { error: "must be a year between 1900 and 2100" })
        .max(2100, { error: "must be a year between 1900 and 2100" })
        .optional(),
    ),
  page: () =>
    z.preprocess(
      first,
      z.coerce
        .number({ error: "must be a page number" })
        .int({ error: "must be a page number" })
        .min(1, { error: "must be 1 or more" })
        .max(100_000, { error: "is too large" })
        .default(1),
    ),
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
