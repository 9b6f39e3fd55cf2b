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

type Status = "idle" | "loading" | "done" | "failed";

/** Asks /api/staff/lookup for the records matching the text, remembering their labels. */
async function fetchMatches(kind: LookupKind, q: string, locale: string, signal: AbortSignal): Promise<Option[]> {
  const params = new URLSearchParams({ kind, q: q.slice(0, 100) });
  const res = await fetch(`/api/staff/lookup?${params}`, { signal });
  if (!res.ok) throw new Error(String(res.status));
  const { records } = (await res.json()) as { records: Hit[] };
  const found = records.map((r) => ({ id: r.id, ...labelOf(r, locale) }));
  for (const o of found) seen.set(o.id, { label: o.label, lang: o.lang });
  return found;
}

/** The list of matches: asked of the server once the typing pauses, a newer question cancelling an older one. */
function useMatches(kind: LookupKind) {
  const locale = useLocale();
  const [options, setOptions] = useState<Option[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState<Status>("idle");
  const request = useRef<AbortController | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(
    () => () => {
      request.current?.abort();
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  function cancel() {
    request.current?.abort();
    if (timer.current) clearTimeout(timer.current);
  }

  function search(q: string) {
    cancel();
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
        const found = await fetchMatches(kind, q, locale, controller.signal);
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

  /** The list emptied and closed, after a choice. */
  function clear() {
    setOpen(false);
    setOptions([]);
    setActive(-1);
    setStatus("idle");
  }

  return { options, open, setOpen, active, setActive, status, setStatus, search, cancel, clear };
}

/** The chosen record and the typed text, over the list of matches. */
function useLookup(kind: LookupKind, value: string, labels: Record<string, LookupLabel>) {
  const matches = useMatches(kind);
  const chosenLabel = (id: string) => (id ? (labels[id] ?? seen.get(id) ?? { label: id, lang: "en" }) : null);
  const [chosen, setChosen] = useState(value);
  const [text, setText] = useState(chosenLabel(value)?.label ?? "");
  const shown = chosenLabel(chosen);

  function choose(option: Option) {
    setChosen(option.id);
    setText(option.label);
    matches.clear();
  }

  /** Back to the chosen record's name (or to empty), the list closed. */
  function revert() {
    matches.cancel();
    setText(chosenLabel(chosen)?.label ?? "");
    matches.setOpen(false);
    matches.setStatus("idle");
  }

  function onChange(next: string) {
    setText(next);
    if (next.trim() === "") {
      setChosen("");
      matches.search("");
    } else matches.search(next);
  }

  function onBlur() {
    if (text.trim() === "") setChosen("");
    else if (text !== (shown?.label ?? "")) revert();
    else matches.setOpen(false);
  }

  return { ...matches, chosen, text, shown, choose, revert, onChange, onBlur };
}

type Lookup = ReturnType<typeof useLookup>;

/** Up and down move through the matches (opening the list), Enter chooses, Escape closes or reverts. */
function onLookupKeyDown(event: KeyboardEvent<HTMLInputElement>, lookup: Lookup) {
  const { open, options, active, text } = lookup;
  if (event.key === "ArrowDown" || event.key === "ArrowUp") {
    event.preventDefault();
    if (!open) {
      if (options.length > 0) lookup.setOpen(true);
      else if (text.trim() !== "") lookup.search(text);
      return;
    }
    if (options.length === 0) return;
    const step = event.key === "ArrowDown" ? 1 : -1;
    lookup.setActive((i) => (i + step + options.length) % options.length);
  } else if (event.key === "Enter") {
    // Enter chooses; it never submits the form while the list is open.
    if (open) {
      event.preventDefault();
      const option = options[active];
      if (option) lookup.choose(option);
    }
  } else if (event.key === "Escape") {
    if (open) {
      event.preventDefault();
      lookup.setOpen(false);
    } else if (text !== (lookup.shown?.label ?? "")) {
      event.preventDefault();
      lookup.revert();
    }
  }
}

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
  const listId = useId();
  const hintId = `${name}-lookup-hint`;
  const lookup = useLookup(kind, value, labels);
  const { chosen, text, shown, open, options, active } = lookup;
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
          onChange={(e) => lookup.onChange(e.target.value)}
          onKeyDown={(e) => onLookupKeyDown(e, lookup)}
          onBlur={lookup.onBlur}
          className={inputClass}
          data-testid={`lookup-${name}`}
        />
        <LookupListbox listId={listId} lookup={lookup} />
      </div>
      <p id={hintId} className="mt-1 text-xs text-muted">
        {required ? t("hint") : t("hintOptional")}
      </p>
      <LookupStatus name={name} status={lookup.status} count={options.length} />
    </div>
  );
}

/** The popup list of matches, hidden while closed or empty. */
function LookupListbox({ listId, lookup }: { listId: string; lookup: Lookup }) {
  const t = useTranslations("editForm.lookup");
  const { open, options, active, chosen } = lookup;
  return (
    <div
      id={listId}
      role="listbox"
      aria-label={t("results")}
      hidden={!open || options.length === 0}
      className="absolute top-full left-0 z-10 mt-1 max-h-72 w-full overflow-auto rounded-md border border-line bg-white py-1 text-sm shadow-lg"
    >
      {options.map((o, i) => (
        <LookupOption
          key={o.id}
          id={`${listId}-${i}`}
          option={o}
          active={i === active}
          chosen={o.id === chosen}
          onChoose={() => lookup.choose(o)}
          onActivate={() => lookup.setActive(i)}
        />
      ))}
    </div>
  );
}

type OptionProps = {
  id: string;
  option: Option;
  active: boolean;
  chosen: boolean;
  onChoose: () => void;
  onActivate: () => void;
};

/** One match in the list. */
function LookupOption({ id, option, active, chosen, onChoose, onActivate }: OptionProps) {
  return (
    <div
      id={id}
      role="option"
      // Options are never focused: the input keeps focus and names the active one (aria-activedescendant).
      tabIndex={-1}
      aria-selected={active}
      lang={htmlLang(option.lang)}
      // Chosen on mouse down, before the input's blur would close the list.
      onMouseDown={(e) => {
        e.preventDefault();
        onChoose();
      }}
      onMouseEnter={onActivate}
      className={`cursor-pointer px-2.5 py-1.5 ${active ? "bg-accent/10 text-ink" : ""} ${chosen ? "font-medium" : ""}`}
    >
      {option.label}
    </div>
  );
}

/** What the search is doing, read out politely to screen readers. */
function LookupStatus({ name, status, count }: { name: string; status: Status; count: number }) {
  const t = useTranslations("editForm.lookup");
  const message =
    status === "loading"
      ? t("searching")
      : status === "failed"
        ? t("failed")
        : status === "done"
          ? count === 0
            ? t("none")
            : t("matches", { count })
          : "";
  return (
    <p className="text-xs text-muted" aria-live="polite" aria-atomic="true" data-testid={`lookup-${name}-status`}>
      {message}
    </p>
  );
}
