import type { ReactNode } from "react";

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
