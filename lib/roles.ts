/**
 * Roles and their order, without zod: the browser's staff-only wrappers use this too
 * (lib/server/auth/roles.ts adds the schema for the server).
 */
export const ROLES = ["viewer", "editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

const RANK: Record<Role, number> = { viewer: 1, editor: 2, admin: 3 };

/** Whether `role` is at least `needed` (admin ⊃ editor ⊃ viewer); anything unknown is no role. */
export function hasRole(role: string | null | undefined, needed: Role): boolean {
  return typeof role === "string" && Object.hasOwn(RANK, role) && RANK[role as Role] >= RANK[needed];
}
