import "server-only";
import { APIError } from "better-auth/api";
import { z } from "zod";
import { type FieldErrors, inEnglish, issuesOf, type Wording, worded } from "@/lib/schemas/errors";
import type { Db } from "@/lib/server/db/prisma";
import type { Auth } from "./config";
import { claimAttempt, clearAccount } from "./throttle";

export const SignInInputSchema = z.object({
  email: z.email({ error: "must be an email address" }).max(254, "is too long"),
  password: z.string().min(1, "is required").max(128, "is too long"),
});

export type SignInResult<M = string> =
  | { ok: true; headers: Headers }
  | { ok: false; kind: "invalid"; fieldErrors: FieldErrors<M> }
  | { ok: false; kind: "credentials" }
  | { ok: false; kind: "locked"; until: Date };

/**
 * Email and password sign-in, every attempt counted before the password is checked
 * (lib/server/auth/throttle.ts). A disabled account gets the same answer as an unknown
 * one or a wrong password, so the answer tells a guesser nothing. The one way to sign
 * in: the HTTP auth handler does not expose Better Auth's own sign-in endpoint.
 */
export function signInWithPassword(db: Db, auth: Auth, input: unknown, address: string | null): Promise<SignInResult>;
/** With `wording`, field errors come worded for the caller (the form asks for codes). */
export function signInWithPassword<M>(
  db: Db,
  auth: Auth,
  input: unknown,
  address: string | null,
  wording: Wording<M>,
): Promise<SignInResult<M>>;
export async function signInWithPassword(
  db: Db,
  auth: Auth,
  input: unknown,
  address: string | null,
  wording: Wording<unknown> = inEnglish,
): Promise<SignInResult<unknown>> {
  const parsed = SignInInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, kind: "invalid", fieldErrors: worded(issuesOf(parsed.error), wording) };
  const { email, password } = parsed.data;
  const keys = { account: email, address };
  const wait = await claimAttempt(db, keys);
  if (wait) return { ok: false, kind: "locked", until: wait };
  try {
    const { headers } = await auth.api.signInEmail({
      body: { email, password },
      headers: new Headers(),
      returnHeaders: true,
    });
    await clearAccount(db, keys);
    return { ok: true, headers };
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    return { ok: false, kind: "credentials" };
  }
}
