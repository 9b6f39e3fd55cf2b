import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { admin } from "better-auth/plugins";
import { type Db, databaseProvider } from "@/lib/server/db/prisma";

/** A session ends after this long without a request… */
export const SESSION_IDLE_SECONDS = 8 * 60 * 60;
/** …and, however active, this long after sign-in (checked by lib/server/auth/session.ts). */
export const SESSION_ABSOLUTE_SECONDS = 7 * 24 * 60 * 60;

/**
 * Better Auth on the app's Prisma client. Sign-up is closed (accounts are made with
 * `npm run user`), the admin plugin gives roles and bans, and its own in-memory rate
 * limiter is off: failed sign-ins are limited in the database by lib/server/auth/throttle.ts,
 * so several server instances share the limits.
 *
 * `withNextCookies` is for the app (server actions set the session cookie through
 * next/headers); scripts and tests call the API without a request.
 */
export function createAuth(db: Db, options: { secret?: string; withNextCookies?: boolean } = {}) {
  return betterAuth({
    secret: options.secret ?? process.env.BETTER_AUTH_SECRET,
    baseURL: process.env.BETTER_AUTH_URL,
    database: prismaAdapter(db, { provider: databaseProvider(db) }),
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 12, maxPasswordLength: 128 },
    session: {
      expiresIn: SESSION_IDLE_SECONDS,
      // Refresh the sliding expiry at most every 15 minutes of activity.
      updateAge: 15 * 60,
      // No cookie cache: sign-out and disabling take effect on the very next request.
      cookieCache: { enabled: false },
    },
    rateLimit: { enabled: false },
    advanced: {
      useSecureCookies: process.env.NODE_ENV === "production" && process.env.BETTER_AUTH_INSECURE_COOKIES !== "1",
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
    },
    user: { additionalFields: { disabledAt: { type: "date", required: false, input: false } } },
    plugins: [
      admin({ defaultRole: "viewer", adminRoles: ["admin"], bannedUserMessage: "This account is disabled." }),
      ...(options.withNextCookies ? [nextCookies()] : []),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;
