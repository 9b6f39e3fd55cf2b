"use client";

import dynamic from "next/dynamic";
import { createContext, type ReactNode, useContext, useEffect, useState } from "react";
import { useSession } from "@/components/session/session-provider";
import { hasRole } from "@/lib/roles";
import type { StatusFormIntl } from "./status-form-with-messages";

// The form's code (and next-intl's client runtime, which formats its messages) is
// fetched only for editors.
const StatusUpdateForm = dynamic(() => import("./status-form-with-messages").then((m) => m.StatusFormWithMessages), {
  ssr: false,
});

const IntlContext = createContext<StatusFormIntl | null>(null);

/** The messages the status forms of one page read, sent once for all its items. */
export function StatusEditing({ intl, children }: { intl: StatusFormIntl; children: ReactNode }) {
  return <IntlContext value={intl}>{children}</IntlContext>;
}

type Source = { id: string; title: string };

/** One request per page for all of a plan's items, asked again after a minute. */
let cached: { at: number; sources: Promise<Source[] | null> } | null = null;

function citableSources(): Promise<Source[] | null> {
  if (!cached || Date.now() - cached.at > 60_000) {
    const sources = fetch("/api/staff/sources", { cache: "no-store", credentials: "same-origin" })
      .then((res) => (res.ok ? (res.json() as Promise<{ sources: Source[] }>) : null))
      .then((body) => body?.sources ?? null)
      .catch(() => null);
    cached = { at: Date.now(), sources };
  }
  return cached.sources;
}

export type StatusEditorItem = {
  id: string;
  slug: string;
  number: number;
  version: number;
  status: string;
  progress: number | null;
  /** The date of the item's current assessment: part of what the form loaded (its merge base). */
  statusAssessedOn: string | null;
};

/**
 * An item's status-update form, shown to editors only. Plan pages are cached and the
 * same for everybody, so the browser decides (from /api/session) and loads the form and
 * the citable sources then; the server action checks the role again.
 */
export function StatusEditor({ item }: { item: StatusEditorItem }) {
  const { user } = useSession();
  const intl = useContext(IntlContext);
  const editor = hasRole(user?.role, "editor");
  const [sources, setSources] = useState<Source[] | null>(null);
  useEffect(() => {
    if (!editor) {
      setSources(null);
      return;
    }
    let live = true;
    void citableSources().then((s) => {
      if (live) setSources(s);
    });
    return () => {
      live = false;
    };
  }, [editor]);
  if (!editor || !sources || !intl) return null;
  return <StatusUpdateForm intl={intl} item={item} sources={sources} today={new Date().toISOString().slice(0, 10)} />;
}
