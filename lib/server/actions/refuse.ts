import "server-only";
import type { Refusal } from "@/lib/server/auth";
import { type FormState, typedValues } from "../../form-state";

/** The form state for a mutation refused before it ran, keeping what the user typed. */
export function refused(refusal: Refusal, formData: FormData): FormState {
  return { status: "error", kind: refusal.kind, fieldErrors: {}, values: typedValues(formData) };
}
