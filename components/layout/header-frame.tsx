"use client";

import { SessionIndicator, type SessionLabels } from "@/components/session/session-indicator";
import { Link } from "@/lib/i18n/navigation";
import { LanguageSwitcher } from "./language-switcher";

/** The header's words, computed on the server (site-header.tsx). */
export type HeaderWords = {
  siteName: string;
  navLabel: string;
  menu: string;
  /** [path key, label] of each page in the nav, search last. */
  items: readonly (readonly [key: string, label: string])[];
  /** The header search form's action (/search in the reader's language). */
  searchAction: string;
  searchLabel: string;
  searchPlaceholder: string;
  session: SessionLabels;
  language: string;
};

/**
 * The header on every page, drawn by a client component from its words so the RSC
 * payload of each page carries the words, not the header's element tree twice over
 * (nav and phone menu): about 4 KB a page (issue 19). The HTML is the same.
 */
export function HeaderFrame({ words }: { words: HeaderWords }) {
  const { items } = words;
  return (
    <header className="no-print sh">
      {/* The nav comes before the session and language links in the source, so it is
          reached first from the keyboard; from md up it drops to a row of its own. */}
      <div className="sh-in">
        {/* Grows from nothing, so on a narrow phone the name wraps beside the menu button. */}
        <div className="flex min-w-0 flex-1">
          <Link href="/" className="sh-brand">
            <span aria-hidden="true" className="sh-bar" />
            {words.siteName}
          </Link>
        </div>
        <nav aria-label={words.navLabel} className="sh-nav">
          <MenuButton label={words.menu} items={items} />
          <ul className="sh-ul">
            {items
              .filter(([key]) => key !== "search")
              .map(([key, label]) => (
                <li key={key}>
                  <Link href={`/${key}`} className="nav-a">
                    {label}
                  </Link>
                </li>
              ))}
            <li className="ml-auto py-1.5">
              <HeaderSearch
                action={words.searchAction}
                label={words.searchLabel}
                placeholder={words.searchPlaceholder}
              />
            </li>
          </ul>
        </nav>
        <div className="sh-aux">
          <SessionIndicator labels={words.session} />
          <LanguageSwitcher label={words.language} />
        </div>
      </div>
    </header>
  );
}

/**
 * Below md the menu folds into a disclosure: <details> opens and closes without
 * JavaScript (public pages work without it), and its links are plain page loads, so
 * the menu is closed again on the page it leads to. It drops over the page, under
 * the header, full width.
 */
function MenuButton({ label, items }: { label: string; items: HeaderWords["items"] }) {
  return (
    <details className="group md:hidden" data-testid="menu">
      <summary className="menu-s">
        <svg
          aria-hidden="true"
          viewBox="0 0 16 16"
          className="h-4 w-4"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.75"
        >
          <path className="group-open:hidden" d="M2 4h12M2 8h12M2 12h12" />
          <path className="hidden group-open:block" d="M3.5 3.5l9 9M12.5 3.5l-9 9" />
        </svg>
        {label}
      </summary>
      <ul className="menu-ul">
        {items.map(([key, itemLabel]) => (
          <li key={key}>
            <Link href={`/${key}`} className="menu-a">
              {key === "search" ? <SearchIcon /> : null}
              {itemLabel}
            </Link>
          </li>
        ))}
      </ul>
    </details>
  );
}

/**
 * The header's search box on every page from md up (the phone menu links to /search):
 * a GET form to /search, so it works without JavaScript. A text field rather than a
 * searchbox, so each page's own search field stays the page's one searchbox.
 */
function HeaderSearch({ action, label, placeholder }: { action: string; label: string; placeholder: string }) {
  return (
    <search>
      <form method="get" action={action} className="flex items-center">
        <label htmlFor="header-q" className="sr-only">
          {label}
        </label>
        <input
          id="header-q"
          name="q"
          type="text"
          enterKeyHint="search"
          autoComplete="off"
          placeholder={placeholder}
          className="hs-q"
        />
        <button type="submit" aria-label={label} className="hs-b">
          <SearchIcon className="" />
        </button>
      </form>
    </search>
  );
}

function SearchIcon({ className = "mr-1 inline-block align-[-2px]" }: { className?: string }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 16 16"
      className={`h-3.5 w-3.5 ${className}`}
      fill="none"
      stroke="currentColor"
      strokeWidth="1.75"
    >
      <circle cx="7" cy="7" r="4.5" />
      <path d="M10.5 10.5L14 14" />
    </svg>
  );
}
