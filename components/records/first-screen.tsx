import { Link } from "@/lib/i18n/navigation";

/**
 * How much of each long list a record's page shows: about a screenful. The rest is on
 * the record in full (`/<list>/<slug>/all`), or on the list it belongs to, linked from
 * under the list (issue 19: a page's HTML and the RSC payload that repeats it grow with
 * every row, and a busy ministry had ten thousand elements).
 */
export const FIRST_SCREEN = {
  /** Timeline entries, around today. */
  timeline: 8,
  /** History entries, newest first. */
  history: 5,
  /** Meetings drawn in full, newest first; earlier ones are a line each. */
  meetings: 3,
  /** Plan items drawn in full, in order; later ones are a line each. */
  items: 6,
  /** The rows of a ministry's lists (agreements, plans, dialogues, people). */
  rows: 10,
  /** Citations drawn in full (quote, paraphrase, note); later ones are their field and source. */
  citations: 6,
} as const;

/** The first `n` of a list, or all of it on the record in full. */
export function firstOf<T>(list: readonly T[], n: number, full: boolean): readonly T[] {
  return full || list.length <= n ? list : list.slice(0, n);
}

/** The link under a shortened list to the rest ("All 120 dates →"), or nothing when the list is whole. */
export function RestLink({ href, label, shown, total }: { href: string; label: string; shown: number; total: number }) {
  if (shown >= total) return null;
  return (
    <p className="rest">
      <Link href={href}>{label} →</Link>
    </p>
  );
}
