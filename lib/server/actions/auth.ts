"use server";
import "server-only";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { asCodes } from "@/lib/schemas/errors";
import { auth, requestAddress } from "@/lib/server/auth";
import { signInWithPassword } from "@/lib/server/auth/sign-in";
import { db } from "@/lib/server/db/client";
import { type FormState, str, typedValues } from "../../form-state";

/** Only a path on this site: never an absolute URL (no open redirect). */
function safeNext(value: string): string {
  return /^\/(?![/\\])[^\s]*$/.test(value) ? value : "/";
}

/** Signs in with email and password (limited per account and address), then goes to `next`. */
export async function signInAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await signInWithPassword(
    db,
    auth,
    { email: str(formData, "email").trim(), password: str(formData, "password") },
    await requestAddress(),
    asCodes,
  );
  if (!result.ok) {
    return {
      status: "error",
      kind: result.kind,
      fieldErrors: result.kind === "invalid" ? result.fieldErrors : {},
      values: typedValues(formData),
      until: result.kind === "locked" ? result.until.toISOString() : undefined,
    };
  }
  redirect(safeNext(str(formData, "next")));
}

/** Ends the session on the server (the row is deleted) and clears the cookie. */
export async function signOutAction(): Promise<void> {
  await auth.api.signOut({ headers: await headers() });
  redirect("/");
}
