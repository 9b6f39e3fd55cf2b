import { Link } from "@/lib/i18n/navigation";

const linkClass = "sf-a";

/** The footer's words (site-footer.tsx), and the reader's language for the calendar link. */
export type FooterWords = Record<FooterKey, string> & { locale: string };

export type FooterKey =
  | "about"
  | "dataNote"
  | "sourcesLink"
  | "dataLinks"
  | "openData"
  | "changes"
  | "calendar"
  | "feed";

/**
 * Drawn on the server from short classes (app/globals.css, .sf): as a client component
 * it cost every page a third of a kilobyte of first-load JavaScript, more than the
 * bytes it saved in the RSC payload once its classes were short.
 */
export function FooterFrame({ words }: { words: FooterWords }) {
  return (
    <footer className="no-print sf">
      <div className="sf-in">
        <div className="space-y-2">
          <p>{words.about}</p>
          <p>{words.dataNote}</p>
          <p>
            <Link href="/sources" className={linkClass}>
              {words.sourcesLink}
            </Link>
          </p>
        </div>
        <nav aria-labelledby="footer-data-links">
          <h2 id="footer-data-links" className="sf-h">
            {words.dataLinks}
          </h2>
          <ul className="space-y-1" data-testid="footer-data-links">
            <li>
              <Link href="/open-data" className={linkClass}>
                {words.openData}
              </Link>
            </li>
            <li>
              <Link href="/changes" className={linkClass}>
                {words.changes}
              </Link>
            </li>
            <li>
              <a href={`/calendar.ics?lang=${words.locale}`} type="text/calendar" className={linkClass}>
                {words.calendar}
              </a>
            </li>
            <li>
              <a href="/feed.xml" type="application/atom+xml" className={linkClass}>
                {words.feed}
              </a>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
