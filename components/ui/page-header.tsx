import type { ReactNode } from "react";

/**
 * A page's title and lead, the same on every list and staff page; `children` follow
 * the lead (a count, a "New …" link, a note).
 */
export function PageHeader({ title, lead, children }: { title: ReactNode; lead: ReactNode; children?: ReactNode }) {
  return (
    <header className="max-w-3xl space-y-2">
      <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{title}</h1>
      <p className="text-muted">{lead}</p>
      {children}
    </header>
  );
}
