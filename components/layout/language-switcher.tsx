"use client";

import { useSearchParams } from "next/navigation";
import { Suspense } from "react";
import { Link, useCurrentLocale, usePathname } from "@/lib/i18n/link";
import { htmlLang, LOCALE_NAMES, routing } from "@/lib/i18n/routing";

type Query = Record<string, string[]>;

/** Links to the same page, with the given query, in each language. */
function Links({ label, query }: { label: string; query: Query }) {
  const locale = useCurrentLocale();
  const pathname = usePathname();
  return (
    <nav aria-label={label}>
      <ul className="flex gap-1 whitespace-nowrap text-sm">
        {routing.locales.map((l) => (
          <li key={l}>
            {l === locale ? (
              <span aria-current="true" className="lang-on" lang={htmlLang(l)}>
                {LOCALE_NAMES[l]}
              </span>
            ) : (
              <Link href={{ pathname, query }} locale={l} lang={htmlLang(l)} hrefLang={l} className="lang-a">
                {LOCALE_NAMES[l]}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The links with the page's own query, so the filters survive the switch. */
function WithQuery({ label }: { label: string }) {
  const searchParams = useSearchParams();
  // Every parameter, repeated ones (?ministry=a&ministry=b) included.
  const query: Query = {};
  for (const key of new Set(searchParams.keys())) query[key] = searchParams.getAll(key);
  return <Links label={label} query={query} />;
}

/**
 * A page served as static HTML cannot read its query on the server, so the HTML
 * carries the links without it (they work with JavaScript off) and the browser adds
 * the query once it runs.
 */
export function LanguageSwitcher({ label }: { label: string }) {
  return (
    <Suspense fallback={<Links label={label} query={{}} />}>
      <WithQuery label={label} />
    </Suspense>
  );
}
