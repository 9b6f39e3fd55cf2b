import { LOCALES, type Locale } from "./locales";

/**
 * Localised paths for the routing in lib/i18n/routing.ts: English unprefixed, Korean
 * and Chinese under /ko and /zh. Written here rather than taken from next-intl's
 * navigation helpers because those bring next-intl's whole client runtime (its ICU
 * message parser included) into every page that renders a link (docs/decisions/0006).
 */

export type Href = string | { pathname: string; query?: Record<string, string | readonly string[] | undefined> };

const DEFAULT_LOCALE: Locale = "en";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

function withQuery(href: Href): string {
  if (typeof href === "string") return href;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(href.query ?? {})) {
    if (value === undefined) continue;
    for (const v of typeof value === "string" ? [value] : value) params.append(key, v);
  }
  const query = params.toString();
  return query ? `${href.pathname}?${query}` : href.pathname;
}

/** `href` (a path on this site, with any query and fragment) in `locale`; anything else unchanged. */
export function getPathname({ href, locale }: { href: Href; locale: string }): string {
  const path = withQuery(href);
  if (!path.startsWith("/") || path.startsWith("//")) return path;
  if (!isLocale(locale) || locale === DEFAULT_LOCALE) return path;
  return path === "/" || /^\/[?#]/.test(path) ? `/${locale}${path.slice(1)}` : `/${locale}${path}`;
}

/** A browser path without its language prefix: /ko/agreements → /agreements. */
export function stripLocale(pathname: string): string {
  const match = /^\/(en|ko|zh)(?=\/|$)/.exec(pathname);
  if (!match) return pathname;
  return pathname.slice(match[0].length) || "/";
}
