import type { ReactNode } from "react";
import { Link } from "@/lib/i18n/navigation";

/**
 * A titled block of a page. `aside` stands at the heading's end; `more` is the usual
 * aside, a link to where the rest is ("Full timeline →").
 */
export function Section({
  id,
  title,
  children,
  aside,
  more,
}: {
  id: string;
  title: string;
  children: ReactNode;
  aside?: ReactNode;
  more?: { href: string; label: string };
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-3">
      <div className="flex items-baseline justify-between gap-4 border-b border-line pb-1.5">
        <h2 id={`${id}-heading`} className="text-base font-semibold">
          {title}
        </h2>
        {aside}
        {more ? (
          <Link href={more.href} className="no-print text-xs">
            {more.label} →
          </Link>
        ) : null}
      </div>
      {children}
    </section>
  );
}

/** Label–value rows for the key facts of a record. */
export function Facts({ children }: { children: ReactNode }) {
  return <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[10rem_1fr]">{children}</dl>;
}

export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt className="font-medium text-muted">{label}</dt>
      <dd className="min-w-0">{children}</dd>
    </>
  );
}
