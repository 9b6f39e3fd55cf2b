"use client";

import { usePathname } from "next/navigation";
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { hasRole, ROLES, type Role } from "@/lib/roles";

export type SessionUser = { name: string; role: Role };

type Session = {
  /** The signed-in user, or null (also while not yet known). */
  user: SessionUser | null;
  /** Whether /api/session has answered for this page. */
  known: boolean;
  /** Forget the user at once (on sign-out, before the server has answered). */
  forget: () => void;
};

const SessionContext = createContext<Session>({ user: null, known: false, forget: () => {} });

function parseUser(body: unknown): SessionUser | null {
  if (typeof body !== "object" || body === null || !("user" in body)) return null;
  const user = (body as { user: unknown }).user;
  if (typeof user !== "object" || user === null) return null;
  const { name, role } = user as { name?: unknown; role?: unknown };
  return typeof name === "string" && typeof role === "string" && (ROLES as readonly string[]).includes(role)
    ? { name, role: role as Role }
    : null;
}

/**
 * Who is signed in, asked of /api/session by the browser: the pages themselves are the
 * same for everybody so they can be cached (docs/decisions/0006-cached-public-pages.md).
 * Asked again after each navigation, so signing in or out shows at once.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const pathname = usePathname();
  const [state, setState] = useState<{ user: SessionUser | null; known: boolean }>({ user: null, known: false });
  useEffect(() => {
    // Read by the effect so it runs again on every navigation.
    void pathname;
    const controller = new AbortController();
    fetch("/api/session", { cache: "no-store", credentials: "same-origin", signal: controller.signal })
      .then((res) => (res.ok ? res.json() : null))
      .then((body: unknown) => setState({ user: parseUser(body), known: true }))
      .catch(() => {
        if (!controller.signal.aborted) setState({ user: null, known: true });
      });
    return () => controller.abort();
  }, [pathname]);
  const forget = useCallback(() => setState({ user: null, known: true }), []);
  const value = useMemo(() => ({ ...state, forget }), [state, forget]);
  return <SessionContext value={value}>{children}</SessionContext>;
}

export function useSession(): Session {
  return useContext(SessionContext);
}

/**
 * Shows its (server-rendered) children only to a signed-in user of at least `min`.
 * A convenience, not a protection: every staff action checks the role on the server.
 */
export function StaffOnly({ min, children }: { min: Role; children: ReactNode }) {
  const { user } = useSession();
  return hasRole(user?.role, min) ? children : null;
}
