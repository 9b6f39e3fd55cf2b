"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { ConflictField } from "@/lib/form-state";

/** A staff-facing time with its zone: an editor in Seoul and one in Beijing read the same moment. */
export const ZONED_TIME = {
  year: "numeric",
  month: "short",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZoneName: "short",
} as const;

type Props = {
  conflict: ConflictField;
  /** The field's label, as the form shows it. */
  label: string;
  /** A value as the editor reads it (a choice's label, a record's name). */
  shown: (value: string) => string;
  /** The choice made before the form came back with an error, if any. */
  chosen?: string;
  /** A prefix for the ids, when several forms share a page. */
  idPrefix?: string;
};

type SideProps = {
  id: string;
  name: string;
  field: string;
  chosen: string | undefined;
  which: "theirs" | "mine";
  title: string;
  value: string;
  hint: string | null;
};

/** One of the two values to choose: a radio button with the value and who set it. */
function Side({ id, name, field, chosen, which, title, value, hint }: SideProps) {
  return (
    <label
      className="flex gap-2 rounded-md border border-amber-300 bg-white p-2 text-sm has-[:checked]:border-accent"
      htmlFor={`${id}-${which}`}
    >
      <input
        id={`${id}-${which}`}
        type="radio"
        name={name}
        value={which}
        required
        defaultChecked={chosen === which}
        className="mt-1 accent-accent"
      />
      <span className="min-w-0 space-y-0.5">
        <span className="block font-medium">{title}</span>
        <span className="block break-words" dir="auto" data-testid={`conflict-${field}-${which}`}>
          {value}
        </span>
        {hint ? <span className="block text-xs text-muted">{hint}</span> : null}
      </span>
    </label>
  );
}

/**
 * A field both editors changed, theirs beside mine: the editor picks one, and the
 * save is refused until every such field has a choice (`resolve.<field>`).
 */
export function ConflictChoice({ conflict, label, shown, chosen, idPrefix = "" }: Props) {
  const t = useTranslations("merge");
  const format = useFormatter();
  const { field, theirs, mine, by } = conflict;
  const name = `resolve.${field}`;
  const id = `${idPrefix}${field}-resolve`;
  const value = (v: string) => (v === "" ? t("empty") : shown(v));
  const side = { id, name, field, chosen };
  return (
    <fieldset
      className="space-y-2 rounded-md border border-amber-400 bg-amber-50 p-3"
      data-testid={`conflict-${field}`}
      aria-describedby={`${id}-legend`}
    >
      <legend id={`${id}-legend`} className="px-1 text-sm font-medium text-amber-950">
        {t("bothChanged", { field: label })}
      </legend>
      <div className="grid gap-2 sm:grid-cols-2">
        <Side
          {...side}
          which="theirs"
          title={t("theirs")}
          value={value(theirs)}
          hint={by ? t("theirsBy", { name: by.label, at: format.dateTime(new Date(by.at), ZONED_TIME) }) : null}
        />
        <Side {...side} which="mine" title={t("mine")} value={value(mine)} hint={t("mineHint")} />
      </div>
    </fieldset>
  );
}

/**
 * The conflicts a form has to show: those the server just reported, or, after the
 * form came back refused for another reason, those it sent (`conflicts`), rebuilt
 * from the base it carried (theirs) and what was typed (mine).
 */
export function pendingConflicts(
  reported: readonly ConflictField[] | undefined,
  kept: Record<string, string>,
  base: Record<string, string>,
  typed: Record<string, string>,
): ConflictField[] {
  if (reported) return [...reported];
  return (kept.conflicts ?? "")
    .split(",")
    .filter(Boolean)
    .map((field) => ({ field, theirs: base[field] ?? "", mine: typed[field] ?? "", by: null }));
}

/** The base a form carries, as it was sent back with a refused save (JSON), or null. */
export function keptBase(kept: Record<string, string>): Record<string, string> | null {
  if (!kept.base) return null;
  try {
    const parsed: unknown = JSON.parse(kept.base);
    return typeof parsed === "object" && parsed !== null ? (parsed as Record<string, string>) : null;
  } catch {
    return null;
  }
}
