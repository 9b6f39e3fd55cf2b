import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { coded } from "@/lib/schemas/errors";
import { textInput } from "@/lib/schemas/vocab";
import { RoleSchema } from "@/lib/server/auth/roles";
import type { Actor, Changes } from "@/lib/server/services/audit";
import { auditImport } from "./audit";
import { issue, type RowError } from "./issues";
import { type Apply, actionOf, created, diff, nothing, planRows, type Reader, rowError, type Step } from "./plan";
import type { Sheet } from "./read";

/**
 * Staff accounts from a sheet (admins only: lib/server/services/import/sheets.ts).
 * A new address becomes an account without a password: it cannot sign in until an
 * admin sets one at /admin/users (reset password), so no password travels in a
 * spreadsheet. An existing one gets the row's name and role; the importing admin's
 * own account is never changed this way, as on /admin/users.
 */
const AccountRowSchema = z.object({
  email: z
    .email({ error: "must be an email address" })
    .refine((e) => e.length <= 254, coded("email", "must be an email address"))
    .transform((e) => e.toLowerCase()),
  name: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? null : v),
    textInput().trim().max(200, "is too long").nullable(),
  ),
  role: RoleSchema,
});
type AccountRow = z.infer<typeof AccountRowSchema>;

const STORED = { id: true, name: true, role: true } as const;

export async function planAccounts(db: Reader, sheet: Sheet, errors: RowError[], actor: Actor): Promise<Step[]> {
  const seen = new Map<string, number>();
  return planRows(sheet, errors, AccountRowSchema, async (r, { row }) => {
    const first = seen.get(r.email);
    if (first !== undefined) return rowError(row, "email", issue("duplicateRow", { first }));
    seen.set(r.email, row);
    const existing = await db.user.findUnique({ where: { email: r.email }, select: STORED });
    const fields = { name: r.name ?? existing?.name ?? r.email.split("@")[0] ?? r.email, role: r.role };
    if (!existing) {
      const changes = created({ email: r.email, ...fields });
      return { plan: { row, key: r.email, action: "create", changes }, apply: create(r, fields) } satisfies Step;
    }
    const changes = diff({ name: existing.name, role: existing.role }, fields);
    const action = actionOf(changes);
    if (action !== "unchanged" && existing.id === actor.userId) return rowError(row, "email", issue("ownAccount", {}));
    const apply = action === "unchanged" ? nothing : update(existing.id, fields, changes);
    return { plan: { row, key: r.email, action, changes }, apply } satisfies Step;
  });
}

type Fields = { name: string; role: AccountRow["role"] };

function create(r: AccountRow, fields: Fields): Apply {
  return async (tx, actor, note) => {
    const user = await tx.user.create({ data: { id: randomUUID(), email: r.email, ...fields }, select: { id: true } });
    await auditImport(tx, actor, note, {
      entityType: "User",
      entityId: user.id,
      changes: created({ email: r.email, ...fields }),
    });
  };
}

function update(userId: string, fields: Fields, changes: Changes): Apply {
  return async (tx, actor, note) => {
    await tx.user.update({ where: { id: userId }, data: fields });
    await auditImport(tx, actor, note, { entityType: "User", entityId: userId, changes });
  };
}
