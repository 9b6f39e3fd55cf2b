import "server-only";
import { db } from "@/lib/server/db/client";
import { listUsers } from "./users";

/** Every staff account, for /admin/users. */
export function getUsersPage() {
  return listUsers(db);
}
