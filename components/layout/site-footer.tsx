import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

const linkClass = "inline-flex min-h-6 items-center";

/**
 * On every page: what the tracker is, and the ways to take its data away or follow it
 * (open data and the API, what changed, the calendar and the Atom feed). The calendar
 * and the feed are routes outside the language prefix, hence plain links; the
 * calendar is asked for in the reader's language.
 */
export async function SiteFooter() {
  const t = await getTranslations("footer");
  const locale = await getLocale();
  return (
    <footer className="no-print mt-16 border-t border-line bg-white">
      <div className="mx-auto grid max-w-6xl gap-x-10 gap-y-6 px-4 py-8 text-sm text-muted sm:px-6 md:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div className="space-y-2">
          <p>{t("about")}</p>
          <p>{t("dataNote")}</p>
          <p>
            <Link href="/sources" className={linkClass}>
              {t("sourcesLink")}
            </Link>
          </p>
        </div>
        <nav aria-labelledby="footer-data-links">
          <h2 id="footer-data-links" className="mb-2 text-xs font-semibold tracking-wide text-ink uppercase">
            {t("dataLinks")}
          </h2>
          <ul className="space-y-1" data-testid="footer-data-links">
            <li>
              <Link href="/open-data" className={linkClass}>
                {t("openData")}
              </Link>
            </li>
            <li>
              <Link href="/changes" className={linkClass}>
                {t("changes")}
              </Link>
            </li>
            <li>
              <a href={`/calendar.ics?lang=${locale}`} type="text/calendar" className={linkClass}>
                {t("calendar")}
              </a>
            </li>
            <li>
              <a href="/feed.xml" type="application/atom+xml" className={linkClass}>
                {t("feed")}
              </a>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
