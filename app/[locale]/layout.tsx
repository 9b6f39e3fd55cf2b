import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import type { CSSProperties } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { SessionProvider } from "@/components/session/session-provider";
import { TRANSLATION_TIP_ID } from "@/components/ui/compact-name";
import { HTML_LANG, routing } from "@/lib/i18n/routing";
import { getTranslations } from "@/lib/i18n/translations";
import { env } from "@/lib/server/env";
import "../globals.css";

// No page is rendered at build time (the build has no database to read): each is
// rendered on its first request and then cached until an edit revalidates it or its
// revalidate period passes (docs/decisions/0006-cached-public-pages.md). An unknown
// first segment (a stray /favicon.ico, /xx) is a 404 below.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "meta" });
  return {
    title: { default: t("siteName"), template: `%s · ${t("siteName")}` },
    description: t("description"),
    // Pages give their hreflang alternates as paths (lib/i18n/alternates.ts); this makes them absolute.
    ...(env.SITE_URL ? { metadataBase: new URL(env.SITE_URL) } : {}),
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps<"/[locale]">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "nav" });
  const tip = (await getTranslations({ locale, namespace: "record" }))("translatedMark");
  return (
    <html lang={HTML_LANG[locale]}>
      {/* The translation marks' words, once a page: their tooltip (--tr-tip) and name (#tr-tip). */}
      <body className="min-h-screen" style={{ "--tr-tip": JSON.stringify(tip) } as CSSProperties}>
        <span id={TRANSLATION_TIP_ID} hidden>
          {tip}
        </span>
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          {t("skipToContent")}
        </a>
        {/* No NextIntlClientProvider here: forms that need messages in the browser get
            them from components/i18n/client-messages.tsx (docs/decisions/0006). */}
        <SessionProvider>
          <SiteHeader />
          <main id="main" className="mx-auto max-w-6xl px-4 py-8 sm:px-6">
            {children}
          </main>
          <SiteFooter />
        </SessionProvider>
      </body>
    </html>
  );
}
