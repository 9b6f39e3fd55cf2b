"use client";

import { useCurrentLocale } from "@/lib/i18n/link";
import en from "@/lib/i18n/messages/en/error.json";
import ko from "@/lib/i18n/messages/ko/error.json";
import zh from "@/lib/i18n/messages/zh/error.json";

// The error page is part of every page's first load, so it reads its three short
// messages directly rather than through next-intl's client runtime (docs/decisions/0006).
const MESSAGES = { en, ko, zh } as const;

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const locale = useCurrentLocale();
  const t = MESSAGES[locale as keyof typeof MESSAGES] ?? en;
  return (
    <div className="max-w-xl py-12" role="alert">
      <h1 className="text-3xl font-semibold tracking-tight">{t.title}</h1>
      <p className="mt-3 text-muted">{t.body}</p>
      <button
        type="button"
        onClick={reset}
        className="mt-6 rounded-md bg-accent px-4 py-2 font-medium text-white hover:bg-accent-strong"
      >
        {t.retry}
      </button>
    </div>
  );
}
