import { z } from "zod";

/** viewer: signed-in reading; editor: edits records and statuses; admin: also users, imports and the audit log. */
export const ROLES = ["viewer", "editor", "admin"] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

const RANK: Record<Role, number> = { viewer: 1, editor: 2, admin: 3 };

/** Whether `role` is at least `needed` (admin ⊃ editor ⊃ viewer). */
export function hasRole(role: string | null | undefined, needed: Role): boolean {
  const parsed = RoleSchema.safeParse(role);
  return parsed.success && RANK[parsed.data] >= RANK[needed];
}

/** The signed-in user as the app sees it. */
export type CurrentUser = { id: string; email: string; name: string; role: Role };
