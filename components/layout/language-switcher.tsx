"use client";

import { useSearchParams } from "next/navigation";
import { Suspense } from "react";
import { Link, useCurrentLocale, usePathname } from "@/lib/i18n/link";
import { htmlLang, LOCALE_NAMES, routing } from "@/lib/i18n/routing";

/** Links to the same page, with the same query, in each language. */
function Switcher({ label }: { label: string }) {
  const locale = useCurrentLocale();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  // Every parameter, repeated ones (?ministry=a&ministry=b) included, so the filters survive.
  const query: Record<string, string[]> = {};
  for (const key of new Set(searchParams.keys())) query[key] = searchParams.getAll(key);
  return (
    <nav aria-label={label}>
      <ul className="flex gap-1 whitespace-nowrap text-sm">
        {routing.locales.map((l) => (
          <li key={l}>
            {l === locale ? (
              <span
                aria-current="true"
                className="rounded px-2 py-1 font-medium text-ink bg-accent-soft"
                lang={htmlLang(l)}
              >
                {LOCALE_NAMES[l]}
              </span>
            ) : (
              <Link
                href={{ pathname, query }}
                locale={l}
                lang={htmlLang(l)}
                hrefLang={l}
                className="rounded px-2 py-1 text-muted no-underline hover:bg-paper hover:text-ink"
              >
                {LOCALE_NAMES[l]}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function LanguageSwitcher({ label }: { label: string }) {
  return (
    <Suspense fallback={<div className="h-7" />}>
      <Switcher label={label} />
    </Suspense>
  );
}
