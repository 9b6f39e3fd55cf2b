/**
 * Manages staff accounts from the shell:
 *
 *   npm run user -- create --email a@b.org --role editor [--name "A B"] [--password …]
 *   npm run user -- set-role --email a@b.org --role admin
 *   npm run user -- disable --email a@b.org      (ends all their sessions)
 *   npm run user -- enable --email a@b.org
 *   npm run user -- reset-password --email a@b.org [--password …]
 *   npm run user -- first-admin                  (only on a database without users)
 *
 * A generated password is printed once; it is never stored in clear.
 */
import { parseArgs } from "node:util";
import { z } from "zod";
import { createPrismaClient } from "../lib/server/db/prisma";
import {
  createUser,
  disableUser,
  enableUser,
  ensureFirstAdmin,
  resetPassword,
  setUserRole,
} from "../lib/server/services/manage-users";

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    email: { type: "string" },
    role: { type: "string" },
    name: { type: "string" },
    password: { type: "string" },
  },
});
const [command] = positionals;
const db = createPrismaClient(process.env.DATABASE_URL ?? "file:./data/tracker.db");
const actor = { userId: null, label: `shell (${process.env.USER ?? "unknown"})` };

function need(value: string | undefined, name: string): string {
  if (!value) throw new Error(`--${name} is required`);
  return value;
}

async function main() {
  switch (command) {
    case "create": {
      const { user, password } = await createUser(db, actor, {
        email: need(values.email, "email"),
        role: need(values.role, "role"),
        name: values.name,
        password: values.password,
      });
      console.log(`Created ${user.email} (${user.role}).`);
      if (!values.password) console.log(`Password (shown once): ${password}`);
      break;
    }
    case "set-role":
      await setUserRole(db, actor, need(values.email, "email"), need(values.role, "role"));
      console.log(`${values.email} is now ${values.role}.`);
      break;
    case "disable":
      await disableUser(db, actor, need(values.email, "email"));
      console.log(`${values.email} is disabled and signed out everywhere.`);
      break;
    case "enable":
      await enableUser(db, actor, need(values.email, "email"));
      console.log(`${values.email} is enabled.`);
      break;
    case "reset-password": {
      const password = await resetPassword(db, actor, need(values.email, "email"), values.password);
      console.log(`Password reset for ${values.email}; their sessions ended.`);
      if (!values.password) console.log(`New password (shown once): ${password}`);
      break;
    }
    case "first-admin": {
      const created = await ensureFirstAdmin(db);
      if (created) {
        console.log("\n  First start: created the admin account");
        console.log(`    email:    ${created.user.email}`);
        console.log(`    password: ${created.password}   (shown once, not stored)`);
        console.log(
          "  Change it with: npm run user -- reset-password --email admin@localhost.test --password '<new password>'",
        );
        console.log("  Add staff with: npm run user -- create --email <email> --role editor\n");
      }
      break;
    }
    default:
      throw new Error(
        "usage: npm run user -- create|set-role|disable|enable|reset-password|first-admin --email … [--role …]",
      );
  }
}

main()
  .catch((error: unknown) => {
    console.error(
      error instanceof z.ZodError
        ? error.issues.map((i) => `${i.path.join(".") || "value"}: ${i.message}`).join("; ")
        : error instanceof Error
          ? error.message
          : error,
    );
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
