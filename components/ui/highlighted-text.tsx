import { highlight } from "@/lib/highlight";

/**
 * Text with the search terms marked; always rendered as text, never as HTML, and
 * isolated (`<bdi>`) so a direction control in it cannot reorder its surroundings.
 */
export function HighlightedText({ text, terms }: { text: string; terms: readonly string[] }) {
  return (
    <bdi>
      {highlight(text, terms).map((segment, i) =>
        segment.match ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments have no identity beyond their order
          <mark key={i} className="hit">
            {segment.text}
          </mark>
        ) : (
          segment.text
        ),
      )}
    </bdi>
  );
}
