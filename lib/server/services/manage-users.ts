import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { z } from "zod";
import { coded } from "@/lib/schemas/errors";
import { textInput } from "@/lib/schemas/vocab";
import { PASSWORD_LOG_VALUES } from "@/lib/server/auth/password-log";
import { RoleSchema } from "@/lib/server/auth/roles";
import type { Db } from "@/lib/server/db/prisma";
import { type Actor, AUDIT_ACTIONS, writeAudit } from "@/lib/server/services/audit";

/** An over-long address is refused as not an email address (the form says "Enter an email address"). */
const EmailSchema = z
  .email({ error: "must be an email address" })
  .refine((e) => e.length <= 254, coded("email", "must be an email address"))
  .transform((e) => e.toLowerCase());
const PasswordSchema = z.string().min(12, "must be at least 12 characters").max(128, "is too long");

export const CreateUserInputSchema = z.object({
  email: EmailSchema,
  name: textInput().trim().min(1).max(200).optional(),
  role: RoleSchema,
  password: PasswordSchema.optional(),
});

/** A random password of 20 URL-safe characters, shown once and never stored in clear. */
export function randomPassword() {
  return randomBytes(15).toString("base64url");
}

/** Creates a user who signs in with email and password. Returns the password (generated when not given). */
export async function createUser(db: Db, actor: Actor, input: unknown) {
  const v = CreateUserInputSchema.parse(input);
  const password = v.password ?? randomPassword();
  const hash = await hashPassword(password);
  const user = await db.$transaction(async (tx) => {
    const created = await tx.user.create({
      data: { id: randomUUID(), email: v.email, name: v.name ?? v.email.split("@")[0] ?? v.email, role: v.role },
      select: { id: true, email: true, role: true },
    });
    await tx.account.create({
      data: { id: randomUUID(), accountId: created.id, providerId: "credential", userId: created.id, password: hash },
    });
    await writeAudit(tx, {
      actor,
      action: AUDIT_ACTIONS.create,
      entityType: "User",
      entityId: created.id,
      changes: { email: [null, created.email], role: [null, created.role] },
    });
    return created;
  });
  return { user, password };
}

async function findByEmail(db: Db, email: string) {
  return db.user.findUniqueOrThrow({ where: { email: EmailSchema.parse(email) } });
}

export async function setUserRole(db: Db, actor: Actor, email: string, role: unknown) {
  const r = RoleSchema.parse(role);
  const user = await findByEmail(db, email);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { role: r } });
    await writeAudit(tx, {
      actor,
      action: AUDIT_ACTIONS.update,
      entityType: "User",
      entityId: user.id,
      changes: { role: [user.role, r] },
    });
  });
}

/** Disables a user: they cannot sign in, and every session they have ends now. */
export async function disableUser(db: Db, actor: Actor, email: string) {
  const user = await findByEmail(db, email);
  const now = new Date();
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { disabledAt: now, banned: true, banReason: "disabled" } });
    await tx.session.deleteMany({ where: { userId: user.id } });
    await writeAudit(tx, {
      actor,
      action: AUDIT_ACTIONS.archive,
      entityType: "User",
      entityId: user.id,
      changes: { disabledAt: [user.disabledAt, now] },
    });
  });
}

/** Enables a disabled user again. */
export async function enableUser(db: Db, actor: Actor, email: string) {
  const user = await findByEmail(db, email);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { disabledAt: null, banned: false, banReason: null } });
    await writeAudit(tx, {
      actor,
      action: AUDIT_ACTIONS.restore,
      entityType: "User",
      entityId: user.id,
      changes: { disabledAt: [user.disabledAt, null] },
    });
  });
}

/** Sets a new password (random when not given) and ends the user's sessions. Returns the password. */
export async function resetPassword(db: Db, actor: Actor, email: string, password?: string) {
  const next = PasswordSchema.parse(password ?? randomPassword());
  const user = await findByEmail(db, email);
  const hash = await hashPassword(next);
  await db.$transaction(async (tx) => {
    const updated = await tx.account.updateMany({
      where: { userId: user.id, providerId: "credential" },
      data: { password: hash },
    });
    if (updated.count === 0) {
      await tx.account.create({
        data: { id: randomUUID(), accountId: user.id, providerId: "credential", userId: user.id, password: hash },
      });
    }
    await tx.session.deleteMany({ where: { userId: user.id } });
    await writeAudit(tx, {
      actor,
      action: AUDIT_ACTIONS.update,
      entityType: "User",
      entityId: user.id,
      changes: { password: [...PASSWORD_LOG_VALUES] },
    });
  });
  return next;
}

/**
 * On a database with no users, creates the first admin with a random password and
 * returns it (to be printed once); otherwise null.
 */
export async function ensureFirstAdmin(db: Db, email = "admin@localhost.test") {
  if ((await db.user.count()) > 0) return null;
  return createUser(db, { userId: null, label: "first start" }, { email, name: "Administrator", role: "admin" });
}
