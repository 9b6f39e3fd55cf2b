/**
 * Text a person typed (a note, a name), set inside a sentence of ours: isolated
 * (`<bdi>`) so a direction control in it (U+202E) cannot reorder the words around it.
 */

const MARK = "\u0000";

/** The words of a message before and after its one typed value. */
export function aroundText(template: (value: string) => string): [string, string] {
  const [before = "", after = ""] = template(MARK).split(MARK);
  return [before, after];
}

/** The message with `text` in its place, isolated from the message's own words. */
export function Isolated({ text, template }: { text: string; template: (value: string) => string }) {
  const [before, after] = aroundText(template);
  return (
    <>
      {before}
      <bdi>{text}</bdi>
      {after}
    </>
  );
}
