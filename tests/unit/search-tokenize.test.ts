import { describe, expect, it } from "vitest";
import { highlight, mentions } from "@/lib/highlight";
import { clausesOf, MAX_QUERY_LENGTH, parseQuery, tokensForIndex } from "@/lib/server/search/tokenize";

describe("tokensForIndex", () => {
  it("keeps Latin words, lower-cased and without accents", () => {
    expect(tokensForIndex("Carbon Markets, Café-2026")).toBe("carbon markets cafe 2026");
  });

  it("indexes Korean and Chinese runs as characters and overlapping bigrams", () => {
    expect(tokensForIndex("탄소시장")).toBe("탄 소 시 장 탄소 소시 시장");
    expect(tokensForIndex("碳市场")).toBe("碳 市 场 碳市 市场");
  });

  it("splits mixed text into its scripts", () => {
    expect(tokensForIndex("MOU 양해각서")).toBe("mou 양 해 각 서 양해 해각 각서");
  });
});

describe("clausesOf", () => {
  it("splits a parsed query into the clauses it requires", () => {
    const clauses = (q: string) => clausesOf(parseQuery(q)?.match ?? "");
    expect(clauses("carbon")).toEqual(['"carbon"*']);
    expect(clauses('no 4321 "fine dust" 해양쓰레기')).toEqual([
      '"no"*',
      '"4321"*',
      '"fine dust"',
      '"해양" AND "양쓰" AND "쓰레" AND "레기"',
    ]);
    expect(clauses('a "b (c) AND (d"')).toEqual(['"a"*', '"b c and d"']);
  });
});

describe("parseQuery", () => {
  it("requires every Latin word, as a prefix", () => {
    expect(parseQuery("carbon market")?.match).toBe('("carbon"*) AND ("market"*)');
  });

  it("looks up a one-character Chinese or Korean term as that character", () => {
    expect(parseQuery("碳")?.match).toBe('("碳")');
  });

  it("requires all bigrams of a longer Korean or Chinese term", () => {
    expect(parseQuery("탄소")?.match).toBe('("탄소")');
    expect(parseQuery("碳市场")?.match).toBe('("碳市" AND "市场")');
  });

  it("keeps a quoted phrase together", () => {
    expect(parseQuery('"fine dust" reduction')).toEqual({
      match: '("fine dust") AND ("reduction"*)',
      terms: ["fine dust", "reduction"],
    });
  });

  it("treats FTS5 operators and punctuation as plain text", () => {
    expect(parseQuery("dust OR NOT NEAR(x) ^y z:* (a)")?.match).toBe(
      '("dust"*) AND ("or"*) AND ("not"*) AND ("near"*) AND ("x"*) AND ("y"*) AND ("z"*) AND ("a"*)',
    );
    expect(parseQuery('unterminated "quote')?.match).toBe('("unterminated"*) AND ("quote"*)');
  });

  it("returns null when nothing searchable is left", () => {
    expect(parseQuery("")).toBeNull();
    expect(parseQuery('  *** "" () -- ')).toBeNull();
  });

  it("cuts an over-long query", () => {
    const parsed = parseQuery("a".repeat(10_000));
    expect(parsed?.terms[0]).toHaveLength(MAX_QUERY_LENGTH);
  });
});

describe("highlight", () => {
  it("marks each match, case-insensitively", () => {
    expect(highlight("Carbon markets and carbon", ["carbon"])).toEqual([
      { text: "Carbon", match: true },
      { text: " markets and ", match: false },
      { text: "carbon", match: true },
    ]);
  });

  it("marks Korean and Chinese terms and treats regex characters literally", () => {
    expect(highlight("한중 탄소시장 협력", ["탄소"]).filter((s) => s.match)).toEqual([{ text: "탄소", match: true }]);
    expect(highlight("a (b) c", ["(b)"]).filter((s) => s.match)).toEqual([{ text: "(b)", match: true }]);
  });

  it("returns the text unmarked when there are no terms", () => {
    expect(highlight("<script>alert(1)</script>", [])).toEqual([{ text: "<script>alert(1)</script>", match: false }]);
  });

  it("marks the same wherever a kept pattern was last used, and for many term lists in turn", () => {
    const terms = ["carbon market"];
    const first = highlight("carbon markets, carbon", terms);
    // A global pattern that kept its place would start this text at the old one.
    expect(highlight("carbon", terms)).toEqual([{ text: "carbon", match: true }]);
    expect(mentions("a carbon tax", terms)).toBe(true);
    expect(mentions("carbon", terms)).toBe(true);
    expect(highlight("carbon markets, carbon", terms)).toEqual(first);
    for (let i = 0; i < 100; i++) expect(mentions(`x word${i} y`, [`word${i}`, "other"])).toBe(true);
    expect(mentions("word7", ["word8"])).toBe(false);
    expect(highlight("Wombat forum", ["forum", "wombat"]).filter((s) => s.match)).toHaveLength(2);
  });
});

describe("mentions", () => {
  it("says whether highlight would mark anything", () => {
    const cases: [string, string[]][] = [
      ["Carbon markets", ["carbon"]],
      ["한중 탄소시장 협력", ["탄소"]],
      ["한중 협력", ["탄소"]],
      ["a (b) c", ["(b)"]],
      ["a b c", ["(b)"]],
      ["anything", []],
      ["", ["x"]],
      ["  ", [" "]],
    ];
    for (const [text, terms] of cases)
      expect(mentions(text, terms), `${text} / ${terms}`).toBe(highlight(text, terms).some((s) => s.match));
  });
});
