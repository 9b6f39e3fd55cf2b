"use client";

import { usePathname as useNextPathname, useParams } from "next/navigation";
import type { ComponentProps } from "react";
import { getPathname, type Href, isLocale, stripLocale } from "./paths";

/** The language of the page being shown, from its [locale] segment. */
export function useCurrentLocale(): string {
  const params = useParams<{ locale?: string }>();
  return isLocale(params?.locale) ? params.locale : "en";
}

/** The current path without its language prefix (for links to the same page in another language). */
export function usePathname(): string {
  return stripLocale(useNextPathname() ?? "/");
}

type LinkProps = Omit<ComponentProps<"a">, "href"> & { href: Href; locale?: string };

/**
 * A plain link with the path in the page's language, or in `locale`. Not next/link:
 * the public pages are cached, so a full page load is quick, and next/link's client
 * navigation would add its code to every page's first load (docs/decisions/0006).
 * A link to another language also remembers it in the NEXT_LOCALE cookie, as
 * next-intl's own link does, so the unprefixed English pages do not send the reader back.
 */
export function Link({ href, locale, onClick, ...rest }: LinkProps) {
  const current = useCurrentLocale();
  const target = locale ?? current;
  const switching = target !== current;
  return (
    <a
      href={getPathname({ href, locale: target })}
      onClick={(event) => {
        // biome-ignore lint/suspicious/noDocumentCookie: one fixed value; the Cookie Store API is not in every browser we serve
        if (switching) document.cookie = `NEXT_LOCALE=${target}; path=/; SameSite=Lax`;
        onClick?.(event);
      }}
      {...rest}
    />
  );
}
