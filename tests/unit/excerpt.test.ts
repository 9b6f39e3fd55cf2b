import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { excerpt, marked } from "@/lib/highlight";

const long = `${"Korea and China agree to work together on air quality ".repeat(6)}and finally on carbon markets.`;

describe("excerpt", () => {
  it("leaves a short text whole", () => {
    expect(excerpt("A short summary.", [], 160)).toBe("A short summary.");
  });

  it("cuts a long text at a space, with an ellipsis", () => {
    const out = excerpt(long, [], 80);
    expect(out.endsWith("…")).toBe(true);
    expect(out.length).toBeLessThanOrEqual(81);
    expect(long.startsWith(out.slice(0, -1))).toBe(true);
    expect(out.slice(0, -1)).toMatch(/\S$/);
  });

  it("moves to a search term the cut would hide", () => {
    const out = excerpt(long, ["carbon"], 80);
    expect(out.startsWith("…")).toBe(true);
    expect(out).toContain("carbon markets");
  });

  it("cuts Korean and Chinese by width: a character is as wide as two letters", () => {
    const zhOnly = "中韩双方同意在空气质量方面开展合作".repeat(20);
    // 160 wide → 80 characters (and the ellipsis).
    expect(Array.from(excerpt(zhOnly, [], 160)).length).toBe(81);
    const ko = "한중 양국은 대기질 개선을 위해 협력한다".repeat(20);
    const koOut = Array.from(excerpt(ko, [], 50));
    expect(koOut.length).toBeLessThanOrEqual(51);
    expect(koOut.length).toBeGreaterThan(25);
    // A Latin text of the same width keeps its 160 characters.
    expect(Array.from(excerpt(long, [], 160)).length).toBeGreaterThan(140);
    const zh = "中韩双方同意在空气质量方面开展合作".repeat(20);
    expect(excerpt(zh, ["合作"], 40)).toContain("合作");
  });

  it("never splits a character and never exceeds the budget by more than the ellipses", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", maxLength: 400 }),
        fc.array(fc.string({ maxLength: 5 })),
        (s, terms) => {
          const out = excerpt(s, terms, 60);
          expect(Array.from(out).length).toBeLessThanOrEqual(62);
          expect(out).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
        },
      ),
    );
  });
});

describe("marked", () => {
  it("is the text itself where no term matches", () => {
    expect(marked("Air quality MOU", [])).toBe("Air quality MOU");
    expect(marked("Air quality MOU", ["carbon"])).toBe("Air quality MOU");
  });

  it("alternates unmarked and marked pieces, the first unmarked even when empty", () => {
    expect(marked("Air quality MOU", ["air"])).toEqual(["", "Air", " quality MOU"]);
    expect(marked("clean air", ["air"])).toEqual(["clean ", "air"]);
    expect(marked("대기질 협력", ["협력"])).toEqual(["대기질 ", "협력"]);
  });

  it("keeps every character, in order; a marked piece is never empty", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 80 }),
        fc.array(fc.string({ minLength: 1, maxLength: 4 }), { maxLength: 3 }),
        (text, terms) => {
          const out = marked(text, terms);
          const pieces = typeof out === "string" ? [out] : out;
          expect(pieces.join("")).toBe(text);
          // A marked piece is never empty, and nothing is marked without a term.
          pieces.forEach((piece, i) => {
            if (i % 2 === 1) expect(piece.length).toBeGreaterThan(0);
          });
          if (terms.every((t) => t.trim() === "")) expect(typeof out).toBe("string");
        },
      ),
    );
  });
});
