import "server-only";
import { z } from "zod";

/** The environment, validated once at start-up: a bad value stops the server with a clear message. */
const EnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(
      /^(file:|postgres(ql)?:\/\/)/i,
      'must be a SQLite "file:" URL (file:./data/tracker.db) or a PostgreSQL URL (postgresql://user:password@host:5432/tracker)',
    )
    .default("file:./data/tracker.db"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** The public origin (https://tracker.example.org), for canonical and hreflang URLs. */
  SITE_URL: z.url({ error: "must be an absolute URL such as https://tracker.example.org" }).optional(),
});

export type Env = z.infer<typeof EnvSchema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = EnvSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  return result.data;
}

export const env = parseEnv(process.env);
