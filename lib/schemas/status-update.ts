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

/** The largest JSON body the HTTP write path reads: a status update is a few KB at most. */
export const STATUS_BODY_MAX_BYTES = 64 * 1024;
