/**
 * Runs once when the server starts: refuses to serve from a database whose settings
 * are off (SQLite: WAL mode, a busy timeout and foreign keys; PostgreSQL: version and
 * encoding; see lib/server/db/prisma.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { parseEnv } = await import("./lib/server/env");
  const { createPrismaClient, checkDatabaseSettings, describeSettings } = await import("./lib/server/db/prisma");
  const env = parseEnv(process.env);
  const client = createPrismaClient(env.DATABASE_URL);
  try {
    const settings = await checkDatabaseSettings(client);
    console.log(`Database ${redactUrl(env.DATABASE_URL)}: ${describeSettings(settings)}`);
  } finally {
    await client.$disconnect();
  }
}

/** A database URL without its password, for the log. */
function redactUrl(url: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/[^:/@]*):[^@]*@/i, "$1:***@");
}
