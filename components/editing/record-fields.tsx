"use client";

import { useTranslations } from "next-intl";
import { FieldErrors } from "@/components/auth/field-errors";
import { inputClass } from "@/components/ui/form-controls";
import type { ConflictField, ErrorCode } from "@/lib/form-state";
import { htmlLang } from "@/lib/i18n/routing";
import type { CitableKind } from "@/lib/server/queries/record-edit";
import type { LookupKind } from "@/lib/server/search";
import { CitedRecordField } from "./cited-record-field";
import { ConflictChoice } from "./conflict-choice";
import { type LookupLabel, RecordLookup } from "./record-lookup";

type Choice = { value: string; label: string; lang?: string };

export type FieldSpec = {
  name: string;
  type: "text" | "textarea" | "select" | "multi" | "date" | "number" | "checkbox" | "lookup" | "cited";
  options?: readonly Choice[];
  groups?: readonly { group: string; options: readonly Choice[] }[];
  /** The language the field is written in, for spell-checking and screen readers. */
  lang?: string;
  /** A relation looked up as the editor types: the kind, and the labels of the records the form names. */
  lookup?: { kind: LookupKind; labels: Record<string, LookupLabel> };
  /** A citation's record: its kinds (each looked up or listed), and the label of the record the form names. */
  cited?: { kinds: readonly CitableKind[]; labels: Record<string, LookupLabel> };
  /** Required: marked in the label; a select without it offers an empty choice. */
  required?: boolean;
};

type Props = {
  fields: readonly FieldSpec[];
  /** What the form shows: the record's values, or what the user typed before a refusal. */
  typed: Record<string, string>;
  errors: Record<string, ErrorCode[]> | undefined;
  /** After a stale save: the record's current values, shown beside the fields that differ. */
  current?: Record<string, string | number | null>;
  /** The names of the records those values name, by id. */
  currentNames?: Record<string, LookupLabel>;
  /** Fields both editors changed, each shown theirs beside mine for the editor to choose. */
  conflicts?: readonly ConflictField[];
  /** The choices the form sent last time (`resolve.<field>`), kept when it came back refused. */
  kept?: Record<string, string>;
};

/** A current value as the editor reads it: a choice's label, a record's name, or the value. */
function shown(f: FieldSpec, value: string, names: Record<string, LookupLabel>): string {
  if (value === "") return "—";
  if (f.type === "multi") {
    return value
      .split(",")
      .filter(Boolean)
      .map((id) => shown({ ...f, type: "select" }, id, names))
      .join(", ");
  }
  const choices = [
    ...(f.options ?? []),
    ...(f.groups ?? []).flatMap((g) => g.options),
    ...(f.cited?.kinds ?? []).flatMap((k) => (k.options ?? []).map((o) => ({ ...o, value: `${k.column}:${o.value}` }))),
  ];
  const id = f.type === "cited" ? value.slice(value.indexOf(":") + 1) : value;
  return choices.find((o) => o.value === value)?.label ?? names[id]?.label ?? value;
}

/** A record form's fields, each with its label, its errors beside it (aria-describedby) and, after a conflict, the current value. */
export function RecordFields({ fields, typed, errors, current, currentNames = {}, conflicts = [], kept = {} }: Props) {
  const t = useTranslations("editForm");
  return (
    <>
      {fields.map((f) => {
        const describedBy = `${f.name}-error`;
        const common = {
          id: f.name,
          name: f.name,
          "aria-invalid": Boolean(errors?.[f.name]),
          "aria-describedby": describedBy,
          lang: f.lang,
        };
        const value = typed[f.name] ?? "";
        const label = t(`field.${f.name}` as "field.titleEn");
        const choice = (
          <SinceLoaded
            f={f}
            label={label}
            value={value}
            now={conflicts.length === 0 ? current?.[f.name] : undefined}
            conflict={conflicts.find((c) => c.field === f.name)}
            names={currentNames}
            chosen={kept[`resolve.${f.name}`]}
          />
        );
        if (f.type === "checkbox") {
          return (
            <div key={f.name} className="space-y-1">
              <label htmlFor={f.name} className="flex items-center gap-2 text-sm">
                <input {...common} type="checkbox" defaultChecked={value === "on"} className="h-4 w-4 accent-accent" />
                {label}
              </label>
              {choice}
              <FieldErrors id={describedBy} codes={errors?.[f.name]} />
            </div>
          );
        }
        const option = (o: Choice) => (
          <option key={o.value} value={o.value} lang={htmlLang(o.lang)}>
            {o.label}
          </option>
        );
        // The field's choices, flat or in groups, for either kind of select.
        const choices = (
          <>
            {f.options?.map(option)}
            {f.groups?.map((g) => (
              <optgroup key={g.group} label={g.group}>
                {g.options.map(option)}
              </optgroup>
            ))}
          </>
        );
        return (
          <div key={f.name} className="space-y-1">
            <label htmlFor={f.name} className="block text-sm font-medium">
              {label}
              {f.required ? <span className="font-normal text-muted"> ({t("required")})</span> : null}
              {f.type === "date" ? <span className="font-normal text-muted"> ({t("dateHint")})</span> : null}
            </label>
            {f.type === "multi" ? (
              <>
                {/* Sent even when nothing is chosen, so that clearing every choice is a change. */}
                <input type="hidden" name={f.name} value="" />
                <select
                  {...common}
                  multiple
                  size={10}
                  defaultValue={value.split(",").filter(Boolean)}
                  className={inputClass}
                >
                  {choices}
                </select>
                <p className="text-xs text-muted">{t("multiHint")}</p>
              </>
            ) : f.type === "lookup" && f.lookup ? (
              <RecordLookup
                name={f.name}
                kind={f.lookup.kind}
                value={value}
                labels={f.lookup.labels}
                required={Boolean(f.required)}
                invalid={Boolean(errors?.[f.name])}
                describedBy={describedBy}
              />
            ) : f.type === "cited" && f.cited ? (
              <CitedRecordField
                name={f.name}
                kinds={f.cited.kinds}
                value={value}
                labels={f.cited.labels}
                invalid={Boolean(errors?.[f.name])}
                describedBy={describedBy}
              />
            ) : f.type === "textarea" ? (
              <textarea {...common} defaultValue={value} rows={4} className={inputClass} />
            ) : f.type === "select" ? (
              <select {...common} defaultValue={value} className={inputClass}>
                {f.required && value !== "" ? null : <option value="">{f.required ? t("choose") : t("none")}</option>}
                {choices}
              </select>
            ) : (
              <input
                {...common}
                defaultValue={value}
                type="text"
                inputMode={f.type === "number" ? "numeric" : undefined}
                className={inputClass}
              />
            )}
            {choice}
            <FieldErrors id={describedBy} codes={errors?.[f.name]} />
          </div>
        );
      })}
    </>
  );
}

type SinceProps = {
  f: FieldSpec;
  label: string;
  value: string;
  now: string | number | null | undefined;
  conflict: ConflictField | undefined;
  names: Record<string, LookupLabel>;
  chosen: string | undefined;
};

/** What changed in a field since the form loaded: both editors' values to choose from, or the value now. */
function SinceLoaded({ f, label, value, now, conflict, names, chosen }: SinceProps) {
  const t = useTranslations("editForm");
  if (conflict) {
    return <ConflictChoice conflict={conflict} label={label} shown={(v) => shown(f, v, names)} chosen={chosen} />;
  }
  if (now === undefined || String(now ?? "") === value) return null;
  return (
    <p className="text-xs text-amber-900" data-testid={`${f.name}-now`}>
      {t("currentValue", { value: shown(f, String(now ?? ""), names) })}
    </p>
  );
}

/** The editor's note for the history, the last field of every record form. */
export function HistoryNoteField({ label, value }: { label: string; value: string | undefined }) {
  return (
    <div className="space-y-1">
      <label htmlFor="note" className="block text-sm font-medium">
        {label}
      </label>
      <textarea id="note" name="note" rows={2} defaultValue={value ?? ""} className={inputClass} />
    </div>
  );
}
