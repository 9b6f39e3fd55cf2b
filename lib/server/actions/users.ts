"use server";
import "server-only";

import { ZodError, z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";
import { asCodes, type ErrorCode, type FieldErrors, issuesOf, worded } from "@/lib/schemas/errors";
import { requireRole } from "@/lib/server/auth";
import { RoleSchema } from "@/lib/server/auth/roles";
import { revalidatePublicPages } from "@/lib/server/cache/revalidate";
import { db } from "@/lib/server/db/client";
import { createUser, disableUser, enableUser, resetPassword, setUserRole } from "@/lib/server/services/manage-users";
import { type FormState, str, typedValues } from "../../form-state";
import { refused } from "./refuse";

/**
 * User management for administrators (/admin/users): every action checks the role
 * itself, the services parse with zod and audit in the same transaction. An admin
 * cannot demote or disable their own account here (nobody could then undo it).
 */

type Gate = Awaited<ReturnType<typeof requireRole>>;

function invalid(formData: FormData, fieldErrors: FieldErrors<ErrorCode>): FormState {
  return { status: "error", kind: "invalid", fieldErrors, values: typedValues(formData) };
}

/** Runs a service; zod refusals and an unknown or duplicate email become errors beside the field. */
async function run(formData: FormData, work: () => Promise<string | undefined>): Promise<FormState> {
  try {
    const secret = await work();
    revalidatePublicPages();
    return { status: "ok", savedAt: Date.now(), secret };
  } catch (error) {
    // An email the service parses alone (not in an object) is refused under "email".
    if (error instanceof ZodError) return invalid(formData, worded(issuesOf(error, "email"), asCodes));
    if (error instanceof Prisma.PrismaClientKnownRequestError) {
      if (error.code === "P2002") return invalid(formData, { email: ["taken"] });
      if (error.code === "P2025")
        return { status: "error", kind: "not_found", fieldErrors: {}, values: typedValues(formData) };
    }
    throw error;
  }
}

function actorOf(gate: Extract<Gate, { ok: true }>) {
  return { userId: gate.user.id, label: gate.user.name };
}

function isSelf(gate: Extract<Gate, { ok: true }>, formData: FormData) {
  return str(formData, "email").trim().toLowerCase() === gate.user.email.toLowerCase();
}

/** An admin creates an account; the generated password is returned once. */
export async function createUserAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const gate = await requireRole("admin");
  if (!gate.ok) return refused(gate, formData);
  const name = str(formData, "name").trim();
  return run(formData, async () => {
    const { password } = await createUser(db, actorOf(gate), {
      email: str(formData, "email").trim(),
      name: name === "" ? undefined : name,
      role: str(formData, "role"),
    });
    return password;
  });
}

/** An admin changes someone's role. */
export async function setUserRoleAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const gate = await requireRole("admin");
  if (!gate.ok) return refused(gate, formData);
  if (isSelf(gate, formData)) return invalid(formData, { role: ["self"] });
  const role = RoleSchema.safeParse(str(formData, "role"));
  if (!role.success) return invalid(formData, { role: ["choice"] });
  return run(formData, async () => {
    await setUserRole(db, actorOf(gate), str(formData, "email"), role.data);
    return undefined;
  });
}

/** An admin disables an account (its sessions end at once) or enables it again. */
export async function setUserDisabledAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const gate = await requireRole("admin");
  if (!gate.ok) return refused(gate, formData);
  if (isSelf(gate, formData)) return invalid(formData, { disabled: ["self"] });
  const wanted = z.enum(["true", "false"]).safeParse(str(formData, "disabled"));
  if (!wanted.success) return invalid(formData, { disabled: ["choice"] });
  const disable = wanted.data === "true";
  return run(formData, async () => {
    await (disable ? disableUser : enableUser)(db, actorOf(gate), str(formData, "email"));
    return undefined;
  });
}

/** An admin resets someone's password: a new random one, shown once; their sessions end. */
export async function resetPasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const gate = await requireRole("admin");
  if (!gate.ok) return refused(gate, formData);
  return run(formData, () => resetPassword(db, actorOf(gate), str(formData, "email")));
}
