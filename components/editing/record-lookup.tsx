"use client";

import { useLocale, useTranslations } from "next-intl";
import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { inputClass } from "@/components/ui/form-controls";
import { htmlLang } from "@/lib/i18n/routing";
import type { LookupKind } from "@/lib/server/search";

export type LookupLabel = { label: string; lang: string };
type Hit = { id: string; slug: string; en: string; ko: string | null; zh: string | null };
type Option = { id: string } & LookupLabel;

/**
 * Labels of records seen in this tab: a form re-rendered after a refused save keeps
 * the id the editor picked, and shows its label again from here.
 */
const seen = new Map<string, LookupLabel>();

const ORDER: Record<string, ("en" | "ko" | "zh")[]> = {
  en: ["en", "ko", "zh"],
  ko: ["ko", "en", "zh"],
  zh: ["zh", "en", "ko"],
};

/** A record's name in the reader's language or the first other one it has (as lib/server/queries/record-edit.ts's label). */
function labelOf(hit: Hit, locale: string): LookupLabel {
  for (const l of ORDER[locale] ?? ORDER.en ?? []) {
    const v = hit[l];
    if (v) return { label: v, lang: l === "zh" ? "zh-Hans" : l };
  }
  return { label: hit.slug, lang: "en" };
}

/** Waits this long after the last keystroke before asking the server. */
const DEBOUNCE_MS = 200;

type Props = {
  /** The form field (the hidden input's name) and the visible input's id, which its label names. */
  name: string;
  kind: LookupKind;
  /** Put before the chosen id in the form's value (a citation's "agreementId:"). */
  prefix?: string;
  /** The id the form opens with ("" for none). */
  value: string;
  /** Labels of the records the form already names, by id. */
  labels: Record<string, LookupLabel>;
  required: boolean;
  invalid: boolean;
  describedBy: string;
};

/**
 * A relation field that looks records up as the editor types (WAI-ARIA combobox with
 * a listbox popup): the text goes to /api/staff/lookup, the choice into a hidden
 * input under the field's name, so the form's action and schema see an id as from a
 * select. Up and down move through the matches, Enter chooses, Escape closes the list
 * (and, pressed again, puts back the chosen record's name). Emptying the text chooses
 * none; text left without a choice goes back to the chosen record's name on leaving.
 */
export function RecordLookup({ name, kind, prefix = "", value, labels, required, invalid, describedBy }: Props) {
  const t = useTranslations("editForm.lookup");
  const locale = useLocale();
  const listId = useId();
  const hintId = `${name}-lookup-hint`;
  const chosenLabel = (id: string) => (id ? (labels[id] ?? seen.get(id) ?? { label: id, lang: "en" }) : null);
  const [chosen, setChosen] = useState(value);
  const [text, setText] = useState(chosenLabel(value)?.label ?? "");
  const [options, setOptions] = useState<Option[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState<"idle" | "loading" | "done" | "failed">("idle");
  const request = useRef<AbortController | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(
    () => () => {
      request.current?.abort();
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  function search(q: string) {
    request.current?.abort();
    if (timer.current) clearTimeout(timer.current);
    if (q.trim() === "") {
      setOptions([]);
      setOpen(false);
      setStatus("idle");
      return;
    }
    setStatus("loading");
    timer.current = setTimeout(async () => {
      const controller = new AbortController();
      request.current = controller;
      try {
        const params = new URLSearchParams({ kind, q: q.slice(0, 100) });
        const res = await fetch(`/api/staff/lookup?${params}`, { signal: controller.signal });
        if (!res.ok) throw new Error(String(res.status));
        const { records } = (await res.json()) as { records: Hit[] };
        const found = records.map((r) => ({ id: r.id, ...labelOf(r, locale) }));
        for (const o of found) seen.set(o.id, { label: o.label, lang: o.lang });
        setOptions(found);
        setActive(found.length > 0 ? 0 : -1);
        setOpen(true);
        setStatus("done");
      } catch (error) {
        if ((error as Error).name === "AbortError") return;
        setOptions([]);
        setOpen(false);
        setStatus("failed");
      }
    }, DEBOUNCE_MS);
  }

  function choose(option: Option) {
    setChosen(option.id);
    setText(option.label);
    setOpen(false);
    setOptions([]);
    setActive(-1);
    setStatus("idle");
  }

  /** Back to the chosen record's name (or to empty), the list closed. */
  function revert() {
    request.current?.abort();
    if (timer.current) clearTimeout(timer.current);
    setText(chosenLabel(chosen)?.label ?? "");
    setOpen(false);
    setStatus("idle");
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!open) {
        if (options.length > 0) setOpen(true);
        else if (text.trim() !== "") search(text);
        return;
      }
      if (options.length === 0) return;
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((i) => (i + step + options.length) % options.length);
    } else if (event.key === "Enter") {
      // Enter chooses; it never submits the form while the list is open.
      if (open) {
        event.preventDefault();
        const option = options[active];
        if (option) choose(option);
      }
    } else if (event.key === "Escape") {
      if (open) {
        event.preventDefault();
        setOpen(false);
      } else if (text !== (chosenLabel(chosen)?.label ?? "")) {
        event.preventDefault();
        revert();
      }
    }
  }

  const shown = chosenLabel(chosen);
  const message =
    status === "loading"
      ? t("searching")
      : status === "failed"
        ? t("failed")
        : status === "done"
          ? options.length === 0
            ? t("none")
            : t("matches", { count: options.length })
          : "";
  return (
    <div>
      <input type="hidden" name={name} value={chosen ? `${prefix}${chosen}` : ""} />
      {/* The list opens right under the input, over the hint below it. */}
      <div className="relative">
        <input
          id={name}
          type="text"
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open && active >= 0 ? `${listId}-${active}` : undefined}
          aria-invalid={invalid}
          aria-required={required || undefined}
          aria-describedby={`${hintId} ${describedBy}`}
          autoComplete="off"
          spellCheck={false}
          lang={htmlLang(text === shown?.label ? shown.lang : undefined)}
          value={text}
          onChange={(e) => {
            const next = e.target.value;
            setText(next);
            if (next.trim() === "") {
              setChosen("");
              search("");
            } else search(next);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => {
            if (text.trim() === "") setChosen("");
            else if (text !== (shown?.label ?? "")) revert();
            else setOpen(false);
          }}
          className={inputClass}
          data-testid={`lookup-${name}`}
        />
        <div
          id={listId}
          role="listbox"
          aria-label={t("results")}
          hidden={!open || options.length === 0}
          className="absolute top-full left-0 z-10 mt-1 max-h-72 w-full overflow-auto rounded-md border border-line bg-white py-1 text-sm shadow-lg"
        >
          {options.map((o, i) => (
            <div
              key={o.id}
              id={`${listId}-${i}`}
              role="option"
              // Options are never focused: the input keeps focus and names the active one (aria-activedescendant).
              tabIndex={-1}
              aria-selected={i === active}
              lang={htmlLang(o.lang)}
              // Chosen on mouse down, before the input's blur would close the list.
              onMouseDown={(e) => {
                e.preventDefault();
                choose(o);
              }}
              onMouseEnter={() => setActive(i)}
              className={`cursor-pointer px-2.5 py-1.5 ${i === active ? "bg-accent/10 text-ink" : ""} ${o.id === chosen ? "font-medium" : ""}`}
            >
              {o.label}
            </div>
          ))}
        </div>
      </div>
      <p id={hintId} className="mt-1 text-xs text-muted">
        {required ? t("hint") : t("hintOptional")}
      </p>
      <p className="text-xs text-muted" aria-live="polite" aria-atomic="true" data-testid={`lookup-${name}-status`}>
        {message}
      </p>
    </div>
  );
}
