"use client";

import dynamic from "next/dynamic";
import { useEffect, useState } from "react";
import { useSession } from "@/components/session/session-provider";
import { useCurrentLocale } from "@/lib/i18n/link";
import { hasRole } from "@/lib/roles";
import type { StatusFormIntl } from "./status-form-with-messages";

// The form's code (and next-intl's client runtime, which formats its messages) is
// fetched only for editors.
const StatusUpdateForm = dynamic(() => import("./status-form-with-messages").then((m) => m.StatusFormWithMessages), {
  ssr: false,
});

type Source = { id: string; title: string };
type Editing = { sources: Source[]; intl: StatusFormIntl };

/**
 * What the forms read (the citable sources and the forms' messages), asked for once per
 * page and language for all of a plan's items, and again after a minute. Only editors
 * ask: plan pages are the same for everybody and do not carry the forms' words.
 */
let cached: { at: number; lang: string; editing: Promise<Editing | null> } | null = null;

function editingData(lang: string): Promise<Editing | null> {
  if (!cached || cached.lang !== lang || Date.now() - cached.at > 60_000) {
    const editing = fetch(`/api/staff/status-form?lang=${encodeURIComponent(lang)}`, {
      cache: "no-store",
      credentials: "same-origin",
    })
      .then((res) => (res.ok ? (res.json() as Promise<Editing>) : null))
      .catch(() => null)
      .then((answer) => {
        // A refusal or a failed request is asked again next time, not kept for a minute.
        if (!answer && cached?.editing === editing) cached = null;
        return answer;
      });
    cached = { at: Date.now(), lang, editing };
  }
  return cached.editing;
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
 * same for everybody, so the browser decides (from /api/session) and loads the form, its
 * messages and the citable sources then; the server action checks the role again.
 */
export function StatusEditor({ item }: { item: StatusEditorItem }) {
  const { user } = useSession();
  const lang = useCurrentLocale();
  const editor = hasRole(user?.role, "editor");
  const [editing, setEditing] = useState<Editing | null>(null);
  useEffect(() => {
    if (!editor) {
      setEditing(null);
      return;
    }
    let live = true;
    void editingData(lang).then((e) => {
      if (live) setEditing(e);
    });
    return () => {
      live = false;
    };
  }, [editor, lang]);
  if (!editor || !editing) return null;
  return (
    <StatusUpdateForm
      intl={editing.intl}
      item={item}
      sources={editing.sources}
      today={new Date().toISOString().slice(0, 10)}
    />
  );
}
