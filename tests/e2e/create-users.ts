import { createPrismaClient } from "../../lib/server/db/prisma";
import { createUser } from "../../lib/server/services/manage-users";
import { E2E_USERS } from "./users";

const db = createPrismaClient(process.env.DATABASE_URL ?? "file:./tests/.tmp/e2e.db");
for (const u of Object.values(E2E_USERS)) {
  await createUser(db, { userId: null, label: "e2e setup" }, u);
}
await db.$disconnect();
