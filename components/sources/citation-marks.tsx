import { getTranslations } from "next-intl/server";
import { type CitationView, citationsFor } from "@/lib/server/queries/citations";

/**
 * Footnote marks beside a fact, each a link to its citation below: every fact is
 * one click from its evidence. A competing claim is marked as such.
 */
export async function CitationMarks({
  citations,
  numbers,
}: {
  citations: readonly CitationView[];
  numbers: ReadonlyMap<string, number>;
}) {
  if (citations.length === 0) return null;
  const t = await getTranslations("citations");
  return (
    // Each mark is a 24-px target (WCAG 2.2), set on the line's top rather than raised over the line above.
    <sup className="top-0 ml-0.5 inline-flex gap-0.5 align-top text-xs leading-6">
      {citations.map((c) => (
        <a
          key={c.id}
          href={`#cite-${c.id}`}
          className="inline-block min-h-6 min-w-6 rounded text-center no-underline hover:bg-accent-soft hover:underline"
          aria-label={t(c.stance === "competing" ? "competingMark" : "supportMark", { n: numbers.get(c.id) ?? 0 })}
        >
          [{numbers.get(c.id)}
          {c.stance === "competing" ? "≠" : ""}]
        </a>
      ))}
    </sup>
  );
}

/** A record's marks: those of its citations that cite a field (null: the record as a whole). */
export function marksOf(citations: readonly CitationView[], numbers: ReadonlyMap<string, number>) {
  return (field: string | null) => <CitationMarks citations={citationsFor(citations, field)} numbers={numbers} />;
}
