import type { ReactNode } from "react";
import { htmlLang } from "@/lib/i18n/routing";

/** Every text box and select: one short class (app/globals.css), as a filter form repeats it in its HTML and RSC payload. */
export const inputClass = "input";

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
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
    </div>
  );
}

export type Option = { value: string; label: string; lang?: string };

/** An option's `lang` only when it has one: an unset prop still costs bytes in the RSC payload. */
const langOf = (o: Option) => (o.lang ? { lang: htmlLang(o.lang) } : {});

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
              <option key={opt.value} value={opt.value} {...langOf(opt)}>
                {opt.label}
              </option>
            ))}
          </optgroup>
        ) : (
          <option key={o.value} value={o.value} {...langOf(o)}>
            {o.label}
          </option>
        ),
      )}
    </select>
  );
}
