import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { type CitationView, citationsFor } from "@/lib/server/queries/citations";
import type { CitationNumbers } from "./citation-list";

/**
 * Footnote marks beside a fact, each a link to its citation below: every fact is
 * one click from its evidence. A competing claim is marked as such. The first mark
 * of a citation is the target of the citation's link back (`#mark-<id>`).
 *
 * The marks must have been registered with `numbers.draw` before the citation list
 * renders (`markCitations` does both), so the list links back only to marks that exist.
 */
export async function CitationMarks({
  citations,
  numbers,
}: {
  citations: readonly CitationView[];
  numbers: CitationNumbers;
}) {
  if (citations.length === 0) return null;
  const t = await getTranslations("citations");
  return (
    // Each mark is a 24-px target (WCAG 2.2), set on the line's top rather than raised over the line above.
    <sup className="top-0 ml-0.5 inline-flex gap-0.5 align-top text-xs leading-6">
      {citations.map((c) => (
        <a
          key={c.id}
          id={numbers.anchor(c.id) ? `mark-${c.id}` : undefined}
          href={`#cite-${c.id}`}
          className="inline-block min-h-6 min-w-6 scroll-mt-24 rounded text-center no-underline target:bg-accent-soft hover:bg-accent-soft hover:underline"
          aria-label={t(c.stance === "competing" ? "competingMark" : "supportMark", { n: numbers.get(c.id) ?? 0 })}
        >
          [{numbers.get(c.id)}
          {c.stance === "competing" ? "≠" : ""}]
        </a>
      ))}
    </sup>
  );
}

/** Marks for some citations, registered as drawn at once (while the page's tree is built). */
export function markCitations(citations: readonly CitationView[], numbers: CitationNumbers): ReactNode {
  numbers.draw(citations);
  return <CitationMarks citations={citations} numbers={numbers} />;
}

/** A record's marks: those of its citations that cite a field (null: the record as a whole). */
export function marksOf(citations: readonly CitationView[], numbers: CitationNumbers) {
  return (field: string | null) => markCitations(citationsFor(citations, field), numbers);
}
