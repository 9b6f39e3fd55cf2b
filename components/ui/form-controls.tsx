import type { ReactNode } from "react";
import { htmlLang } from "@/lib/i18n/routing";

export const inputClass =
  "block w-full rounded-md border border-line bg-white px-2.5 py-1.5 text-sm text-ink shadow-xs placeholder:text-slate-400 focus:border-accent focus:outline-none focus:ring-2 focus:ring-accent/30";

/** A form's main button, disabled while its action runs. `className` adds placement (e.g. `sm:mt-5`). */
export function SubmitButton({
  pending,
  children,
  className = "",
}: {
  pending: boolean;
  children: ReactNode;
  className?: string;
}) {
  return (
    <button
      type="submit"
      disabled={pending}
      className={`rounded-md bg-accent px-4 py-2 text-sm font-medium text-white hover:opacity-90 disabled:opacity-60 ${className}`}
    >
      {children}
    </button>
  );
}

export function Field({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="min-w-0 space-y-1">
      <label htmlFor={id} className="block text-xs font-medium text-muted">
        {label}
      </label>
      {children}
    </div>
  );
}

export type Option = { value: string; label: string; lang?: string };

/** A plain <select> for GET forms; an empty value means "any". */
export function Select({
  id,
  name,
  value,
  anyLabel,
  options,
}: {
  id: string;
  name: string;
  value: string | undefined;
  anyLabel: string;
  options: readonly (Option | { group: string; options: readonly Option[] })[];
}) {
  return (
    <select id={id} name={name} defaultValue={value ?? ""} className={inputClass}>
      <option value="">{anyLabel}</option>
      {options.map((o) =>
        "group" in o ? (
          <optgroup key={o.group} label={o.group}>
            {o.options.map((opt) => (
              <option key={opt.value} value={opt.value} lang={htmlLang(opt.lang)}>
                {opt.label}
              </option>
            ))}
          </optgroup>
        ) : (
          <option key={o.value} value={o.value} lang={htmlLang(o.lang)}>
            {o.label}
          </option>
        ),
      )}
    </select>
  );
}
