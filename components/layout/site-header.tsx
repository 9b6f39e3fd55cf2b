import { getTranslations } from "next-intl/server";
import { SessionIndicator } from "@/components/session/session-indicator";
import { Link } from "@/lib/i18n/navigation";
import { LanguageSwitcher } from "./language-switcher";

const NAV = ["agreements", "ministries", "dialogues", "plans", "timeline", "status", "sources"] as const;

export async function SiteHeader() {
  const t = await getTranslations("nav");
  const tMeta = await getTranslations("meta");
  const tAuth = await getTranslations("auth");
  // Split around the name so the browser can put in whoever /api/session names.
  const marker = "\u0000";
  const [before = "", after = ""] = tAuth("signedInAs", { name: marker }).split(marker);
  return (
    <header className="no-print border-b border-line bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 pt-3 sm:px-6">
        <Link href="/" className="flex items-center gap-2 font-semibold text-ink no-underline hover:text-accent">
          <span aria-hidden="true" className="inline-block h-5 w-1.5 rounded-sm bg-accent" />
          {tMeta("siteName")}
        </Link>
        <div className="flex min-w-0 items-center gap-4 text-xs">
          <SessionIndicator
            labels={{
              signIn: tAuth("signIn"),
              signOut: tAuth("signOut"),
              staff: t("staff"),
              signedInAs: [before, after],
            }}
          />
          <LanguageSwitcher label={t("language")} />
        </div>
      </div>
      <nav aria-label={t("label")} className="mx-auto max-w-6xl px-2 sm:px-4">
        <ul className="relative -mb-px flex gap-1 overflow-x-auto whitespace-nowrap text-sm">
          {NAV.map((key) => (
            <li key={key}>
              <Link
                href={`/${key}`}
                className="inline-block border-b-2 border-transparent px-2 py-2.5 text-muted no-underline hover:border-line hover:text-ink"
              >
                {t(key)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
