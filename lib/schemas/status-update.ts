import { z } from "zod";
import { PartialDateSchema } from "@/lib/dates";
import { coded } from "./errors";
import { AssessmentBasisSchema, ImplementationStatusSchema, textInput, WebAddressSchema } from "./vocab";

/** A staff member's assessment of one plan item, as forms, the API and imports submit it. */
export const StatusUpdateInputSchema = z
  .object({
    planItemId: textInput().min(1, "is required").max(64, "is too long"),
    /** The item's version the editor saw: a save based on an older one is refused. */
    expectedVersion: z.coerce.number({ error: "must be a number" }).int().min(1, "must be 1 or more"),
    status: ImplementationStatusSchema,
    progress: z.coerce
      .number({ error: "must be a number from 0 to 100" })
      .int("must be a whole number")
      .min(0, "must be 0 or more")
      .max(100, "must be 100 or less")
      .nullable()
      .optional(),
    assessedOn: PartialDateSchema,
    basis: AssessmentBasisSchema,
    note: textInput().trim().max(2000, "is too long: at most 2000 characters").optional(),
    evidenceUrl: WebAddressSchema.optional(),
    evidenceSourceId: textInput().max(80, "is too long").optional(),
  })
  .refine((v) => v.status !== "completed" || v.progress === undefined || v.progress === null || v.progress === 100, {
    path: ["progress"],
    ...coded("completed100", "must be 100 when the status is completed"),
  });

export type StatusUpdateInput = z.infer<typeof StatusUpdateInputSchema>;

/**
 * A number as JSON may send it: a number (even one JSON.parse made infinite, which the
 * form's schema refuses after), or text the form's schema reads as one.
 */
const jsonNumber = (error: z.core.$ZodErrorMap) =>
  z.union([z.custom<number>((v) => typeof v === "number"), z.string()], { error }).nullable();
const jsonText = z.string({ error: "must be a string" }).nullable().optional();

/**
 * The JSON body of the HTTP write path (POST /api/v1/items/{slug}/status), by JSON
 * type only: the fields of StatusUpdateInputSchema but the item (named by the URL),
 * and nothing else. It stands in front of that schema, which reads a form's text as
 * numbers: `Number([])` is 0 and `Number(true)` is 1, so an array or a boolean must
 * be refused here rather than saved as a number. null is "not given".
 */
export const StatusBodySchema = z.strictObject({
  expectedVersion: jsonNumber((issue) => (issue.input === undefined ? "is required" : "must be a number")),
  status: jsonText,
  progress: jsonNumber(() => "must be a number").optional(),
  assessedOn: jsonText,
  basis: jsonText,
  note: jsonText,
  evidenceUrl: jsonText,
  evidenceSourceId: jsonText,
});

/** The largest JSON body the HTTP write path reads: a status update is a few KB at most. */
export const STATUS_BODY_MAX_BYTES = 64 * 1024;
