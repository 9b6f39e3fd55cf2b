/**
 * Runs once when the server starts: refuses to serve from a database that is not in
 * WAL mode with a busy timeout and foreign keys on.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { parseEnv } = await import("./lib/env");
  const { createPrismaClient, checkDatabaseSettings } = await import("./lib/prisma");
  const env = parseEnv(process.env);
  const client = createPrismaClient(env.DATABASE_URL);
  try {
    const settings = await checkDatabaseSettings(client);
    console.log(
      `Database ${env.DATABASE_URL}: journal_mode=${settings.journalMode}, busy_timeout=${settings.busyTimeoutMs}ms, foreign_keys=on`,
    );
  } finally {
    await client.$disconnect();
  }
}
