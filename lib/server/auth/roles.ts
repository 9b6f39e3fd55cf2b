import "server-only";
import { z } from "zod";
import { ROLES, type Role } from "../../roles";

export { hasRole, ROLES, type Role } from "../../roles";

/** viewer: signed-in reading; editor: edits records and statuses; admin: also users, imports and the audit log. */
export const RoleSchema = z.enum(ROLES);

/** The signed-in user as the app sees it. */
export type CurrentUser = { id: string; email: string; name: string; role: Role };
