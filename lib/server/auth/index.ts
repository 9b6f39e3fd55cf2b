import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { db } from "@/lib/server/db/client";
import { createAuth } from "./config";
import { type CurrentUser, hasRole, type Role } from "./roles";
import { userFromHeaders } from "./session";

export type { CurrentUser, Role } from "./roles";
export { hasRole } from "./roles";

/** The app's Better Auth instance (server actions set cookies through next/headers). */
export const auth = createAuth(db, { withNextCookies: true });

/** The signed-in user of this request, or null. Read once per request. */
export const getCurrentUser = cache(
  async (): Promise<CurrentUser | null> => userFromHeaders(db, auth, await headers()),
);

/** Why a mutation was refused before it ran: nobody signed in, or a role too low. */
export type Refusal = { ok: false; kind: "unauthenticated" } | { ok: false; kind: "forbidden" };

/**
 * The signed-in user if their role is at least `role`, else the refusal to return.
 * Every server action and route handler that writes starts with this.
 */
export async function requireRole(role: Role): Promise<{ ok: true; user: CurrentUser } | Refusal> {
  return gate(await getCurrentUser(), role);
}

/** The same for a route handler, from its request's own headers (the session cookie). */
export async function requireRoleFor(request: Request, role: Role): Promise<{ ok: true; user: CurrentUser } | Refusal> {
  return gate(await userFromHeaders(db, auth, request.headers), role);
}

function gate(user: CurrentUser | null, role: Role): { ok: true; user: CurrentUser } | Refusal {
  if (!user) return { ok: false, kind: "unauthenticated" };
  if (!hasRole(user.role, role)) return { ok: false, kind: "forbidden" };
  return { ok: true, user };
}

/**
 * The address a request came from, as the production server (lib/server/cache/serve.mjs)
 * puts it in CLIENT_ADDRESS_HEADER on every request: the socket's peer, or, behind
 * TRUSTED_PROXY_HOPS proxies, the address the outermost of them saw. A value sent by
 * the client is always overwritten, so it cannot be forged; without serve.mjs
 * (`next dev`) there is none.
 */
export async function requestAddress(): Promise<string | null> {
  return (await headers()).get(CLIENT_ADDRESS_HEADER) || null;
}

/** Set by serve.mjs; keep in step with its CLIENT_ADDRESS. */
export const CLIENT_ADDRESS_HEADER = "x-tracker-client-address";
