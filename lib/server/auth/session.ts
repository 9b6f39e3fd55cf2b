import "server-only";
import type { Db } from "@/lib/server/db/prisma";
import { type Auth, SESSION_ABSOLUTE_SECONDS } from "./config";
import { type CurrentUser, RoleSchema } from "./roles";

/**
 * The user a request's session cookie belongs to, or null. Beyond Better Auth's own
 * checks (expiry after inactivity, bans), a session older than the absolute lifetime
 * is ended here, and a disabled user counts as signed out.
 */
export async function userFromHeaders(
  db: Db,
  auth: Auth,
  headers: Headers,
  now = new Date(),
): Promise<CurrentUser | null> {
  const found = await auth.api.getSession({ headers, query: { disableRefresh: false } });
  if (!found) return null;
  if (now.getTime() - new Date(found.session.createdAt).getTime() > SESSION_ABSOLUTE_SECONDS * 1000) {
    await db.session.deleteMany({ where: { id: found.session.id } });
    return null;
  }
  const user = await db.user.findUnique({
    where: { id: found.user.id },
    select: { id: true, email: true, name: true, role: true, disabledAt: true, banned: true },
  });
  if (!user || user.disabledAt || user.banned) return null;
  const role = RoleSchema.safeParse(user.role);
  if (!role.success) return null;
  return { id: user.id, email: user.email, name: user.name, role: role.data };
}
