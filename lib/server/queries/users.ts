import "server-only";
import type { Db } from "@/lib/server/db/prisma";

/** Every staff account for /admin/users: never the password hash. */
export async function listUsers(db: Db) {
  return db.user.findMany({
    orderBy: [{ disabledAt: { sort: "asc", nulls: "first" } }, { email: "asc" }],
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      disabledAt: true,
      createdAt: true,
      _count: { select: { sessions: true } },
    },
  });
}
