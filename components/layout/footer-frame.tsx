"use client";

import { Link } from "@/lib/i18n/navigation";

const linkClass = "inline-flex min-h-6 items-center";

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
 * Drawn by a client component from its words, like the header (header-frame.tsx): the
 * RSC payload of every page carries the words rather than the footer's element tree.
 */
export function FooterFrame({ words }: { words: FooterWords }) {
  return (
    <footer className="no-print mt-16 border-t border-line bg-white">
      <div className="mx-auto grid max-w-6xl gap-x-10 gap-y-6 px-4 py-8 text-sm text-muted sm:px-6 md:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
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
          <h2 id="footer-data-links" className="mb-2 text-xs font-semibold tracking-wide text-ink uppercase">
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
