"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { inputClass } from "@/components/ui/form-controls";
import { htmlLang } from "@/lib/i18n/routing";
import type { CitableKind } from "@/lib/server/queries/record-edit";
import { type LookupLabel, RecordLookup } from "./record-lookup";

type Props = {
  /** The form field ("record"), sent as "<column>:<id>", and the record control's id. */
  name: string;
  kinds: readonly CitableKind[];
  /** The value the form opens with ("" for none). */
  value: string;
  /** The label of the record the form opens with, when its kind is looked up. */
  labels: Record<string, LookupLabel>;
  invalid: boolean;
  describedBy: string;
};

/**
 * The record a citation backs: first its kind, then the record, looked up as the editor
 * types for the kinds with thousands of records (agreements, plans, plan items, events)
 * or chosen from a list for the others. Replaces one select of every record of every
 * kind (over 60,000 options on the scale database). The form still sends one field,
 * "<column>:<id>", so the action and its schema are unchanged.
 */
export function CitedRecordField({ name, kinds, value, labels, invalid, describedBy }: Props) {
  const t = useTranslations("editForm");
  const [openedColumn = "", openedId = ""] = value.split(":", 2);
  const [column, setColumn] = useState(
    kinds.some((k) => k.column === openedColumn) ? openedColumn : (kinds[0]?.column ?? ""),
  );
  const kind = kinds.find((k) => k.column === column);
  // The record the form opened with, while its kind is the one chosen.
  const opened = column === openedColumn ? openedId : "";
  return (
    <div className="grid items-start gap-2 sm:grid-cols-[minmax(0,14rem)_minmax(0,1fr)]">
      <select
        aria-label={t("recordKind")}
        value={column}
        onChange={(e) => setColumn(e.target.value)}
        className={inputClass}
        data-testid={`${name}-kind`}
      >
        {kinds.map((k) => (
          <option key={k.column} value={k.column}>
            {k.label}
          </option>
        ))}
      </select>
      {kind?.lookup ? (
        <RecordLookup
          key={column}
          name={name}
          kind={kind.lookup}
          prefix={`${column}:`}
          value={opened}
          labels={labels}
          required
          invalid={invalid}
          describedBy={describedBy}
        />
      ) : (
        <select
          key={column}
          id={name}
          name={name}
          defaultValue={opened ? `${column}:${opened}` : ""}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          className={inputClass}
        >
          <option value="">{t("choose")}</option>
          {kind?.options?.map((o) => (
            <option key={o.value} value={`${column}:${o.value}`} lang={htmlLang(o.lang)}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </div>
  );
}
