import { z } from "zod";
import { PartialDateSchema } from "@/lib/dates";
import { coded } from "./errors";
import {
  AgreementKindSchema,
  AgreementStatusSchema,
  AssessmentBasisSchema,
  ImplementationStatusSchema,
  SlugSchema,
  textInput,
  WebAddressSchema,
} from "./vocab";

/**
 * One spreadsheet row of each importable sheet (columns in lib/server/export/sheets.ts), as
 * text cells. Empty cells are null; lists are separated by ";".
 */

const blankToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);
const optionalText = (max: number) =>
  z.preprocess(blankToNull, textInput().trim().max(max, `is too long: at most ${max} characters`).nullable());
const requiredText = (max: number) =>
  textInput().trim().min(1, "is required").max(max, `is too long: at most ${max} characters`);
const optionalDate = z.preprocess(blankToNull, PartialDateSchema.nullable());
const optionalSlug = z.preprocess(blankToNull, SlugSchema.nullable());
const slugList = z.preprocess(
  (v) =>
    typeof v === "string"
      ? v
          .split(";")
          .map((s) => s.trim())
          .filter((s) => s !== "")
      : v,
  z.array(SlugSchema).max(50, "has too many values"),
);

export const AgreementRowSchema = z.object({
  slug: SlugSchema,
  kind: AgreementKindSchema,
  status: AgreementStatusSchema,
  title_en: requiredText(500),
  title_ko: optionalText(500),
  title_zh: optionalText(500),
  summary_en: optionalText(5000),
  summary_ko: optionalText(5000),
  summary_zh: optionalText(5000),
  signed_on: optionalDate,
  effective_on: optionalDate,
  expires_on: optionalDate,
  signatories: slugList,
});
export type AgreementRow = z.infer<typeof AgreementRowSchema>;

export const ItemRowSchema = z.object({
  plan: SlugSchema,
  number: z.coerce
    .number({ error: "must be a whole number" })
    .int("must be a whole number")
    .min(1, "must be 1 or more")
    .max(10_000, "is too large"),
  slug: SlugSchema,
  title_en: requiredText(500),
  title_ko: optionalText(500),
  title_zh: optionalText(500),
  responsible_body: optionalSlug,
  due_on: optionalDate,
});
export type ItemRow = z.infer<typeof ItemRowSchema>;

export const StatusUpdateRowSchema = z
  .object({
    id: z.preprocess(blankToNull, textInput().trim().max(64, "is too long").nullable()),
    item: SlugSchema,
    status: ImplementationStatusSchema,
    progress: z.preprocess(
      blankToNull,
      z.coerce
        .number({ error: "must be a number from 0 to 100" })
        .int("must be a whole number")
        .min(0, "must be 0 or more")
        .max(100, "must be 100 or less")
        .nullable(),
    ),
    assessed_on: PartialDateSchema,
    basis: AssessmentBasisSchema,
    note_en: optionalText(2000),
    evidence_url: z.preprocess(blankToNull, WebAddressSchema.nullable()),
    evidence_source: z.preprocess(blankToNull, textInput().trim().max(80, "is too long").nullable()),
  })
  .refine((v) => v.status !== "completed" || v.progress === null || v.progress === 100, {
    path: ["progress"],
    ...coded("completed100", "must be 100 when the status is completed"),
  });
export type StatusUpdateRow = z.infer<typeof StatusUpdateRowSchema>;
