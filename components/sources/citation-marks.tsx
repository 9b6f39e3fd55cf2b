import type { ReactNode } from "react";
import { type CitationView, citationsFor } from "@/lib/server/queries/citations";
import type { CitationNumbers } from "./citation-list";

/**
 * Footnote marks beside a fact, each a link to its citation below: every fact is
 * one click from its evidence. A competing claim is marked as such. The first mark
 * of a citation is the target of the citation's link back (`#mark-<n>`). Anchors are
 * the page's citation numbers rather than ids: a record page draws dozens of each.
 *
 * The marks must have been registered with `numbers.draw` before the citation list
 * renders (`markCitations` does both), so the list links back only to marks that exist.
 * Drawn without an await (the words come with `numbers`) and styled from one short class
 * (.mk, app/globals.css): an async component is a chunk of its own in the RSC payload,
 * and a record page draws dozens of marks.
 */
export function CitationMarks({
  citations,
  numbers,
}: {
  citations: readonly CitationView[];
  numbers: CitationNumbers;
}) {
  if (citations.length === 0) return null;
  return (
    // Each mark is a 24-px target (WCAG 2.2), set on the line's top rather than raised over the line above.
    <sup className="mk">
      {citations.map((c) => {
        const n = numbers.get(c.id) ?? 0;
        const competing = c.stance === "competing";
        return (
          <a
            key={n}
            id={numbers.anchor(c.id) ? `mark-${n}` : undefined}
            href={`#cite-${n}`}
            aria-label={numbers.t(competing ? "citations.competingMark" : "citations.supportMark", { n })}
          >
            {`[${n}${competing ? "≠" : ""}]`}
          </a>
        );
      })}
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
