"use client";

import { createContext, type ReactNode, useContext, useEffect, useState } from "react";
import { useSession } from "@/components/session/session-provider";

const NamesContext = createContext<Readonly<Record<string, string>> | null>(null);

/**
 * Editor names for a history's entries. The cached page names nobody; for a signed-in
 * reader the browser asks /api/staff/audit-names, which answers signed-in users only.
 */
export function ActorNames({ ids, children }: { ids: readonly string[]; children: ReactNode }) {
  const { user } = useSession();
  const [names, setNames] = useState<Readonly<Record<string, string>> | null>(null);
  const key = ids.join(",");
  useEffect(() => {
    if (!user || key === "") {
      setNames(null);
      return;
    }
    const controller = new AbortController();
    fetch(`/api/staff/audit-names?ids=${encodeURIComponent(key)}`, {
      cache: "no-store",
      credentials: "same-origin",
      signal: controller.signal,
    })
      .then((res) => (res.ok ? res.json() : null))
      .then((body: unknown) => {
        const found = (body as { names?: unknown } | null)?.names;
        setNames(typeof found === "object" && found !== null ? (found as Record<string, string>) : null);
      })
      .catch(() => {});
    return () => controller.abort();
  }, [user, key]);
  return <NamesContext value={names}>{children}</NamesContext>;
}

/** "by staff" until the entry's editor is known, then "by <name>" (the template split around the name). */
export function ActorName({ id, staff, named }: { id: string; staff: string; named: readonly [string, string] }) {
  const name = useContext(NamesContext)?.[id];
  if (typeof name !== "string") return <span data-testid="history-actor">{staff}</span>;
  return (
    <span data-testid="history-actor">
      {named[0]}
      <bdi>{name}</bdi>
      {named[1]}
    </span>
  );
}
