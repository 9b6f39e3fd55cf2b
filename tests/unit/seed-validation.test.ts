import { describe, expect, it } from "vitest";
import { MAX_QUOTE_LENGTH, type SeedData } from "../../lib/schemas/seed";
import { seedData } from "../../prisma/seed/data";
import {
  allCitations,
  citedRecords,
  findQuoteProblems,
  SeedValidationError,
  validateSeed,
} from "../../prisma/seed/validate";
import { agreement, citation, ministry, plan, TEST_SOURCE_FILE, tinySeed } from "../helpers/factories";

/** The problems validateSeed reports for `data` (none if it is valid). */
function problemsOf(data: unknown): readonly string[] {
  try {
    validateSeed(data);
    return [];
  } catch (error) {
    if (error instanceof SeedValidationError) return error.problems;
    throw error;
  }
}

describe("the shipped seed data", () => {
  it("passes validation", () => {
    expect(problemsOf(seedData)).toEqual([]);
  });

  it("quotes are non-empty and at most 300 characters", () => {
    const citations = allCitations(seedData);
    expect(citations.length).toBeGreaterThan(100);
    for (const { owner, citation: c } of citations) {
      if (c.quote === undefined) continue;
      expect(c.quote.trim().length, owner.label).toBeGreaterThan(0);
      expect(c.quote.length, `${owner.label}: ${c.quote}`).toBeLessThanOrEqual(MAX_QUOTE_LENGTH);
    }
  });

  it("every record carries at least one citation (sectors and topics, the tracker's own vocabulary, may not), every date a supporting one", () => {
    for (const owner of citedRecords(seedData)) {
      if (owner.kind !== "sector" && owner.kind !== "topic") {
        expect(owner.citations.length, `${owner.label} ${owner.path}`).toBeGreaterThan(0);
      }
      for (const field of owner.dateFields) {
        if (owner.record[field] === undefined) continue;
        const supporting = owner.citations.filter((c) => c.field === field && (c.stance ?? "supports") === "supports");
        expect(supporting.length, `${owner.label} ${owner.path}${field}`).toBeGreaterThan(0);
      }
    }
  });

  it("names only the five source files, and stores no source text", () => {
    const documents = seedData.sources.filter((s) => s.fileName !== undefined);
    expect(documents.map((s) => s.fileName).sort()).toEqual([
      "000_9da6033c4844ace2.txt",
      "001_3a4fe0115c18827c.txt",
      "002_8c09274a2ac46a9a.txt",
      "003_03d1d20f8815058e.txt",
      "004_23e739b1b59501f4.txt",
    ]);
    for (const s of documents) expect(s.id).toBe(s.fileName?.replace(/\.txt$/, ""));
  });

  it("dates the January 2026 environmental MOU 2026-01-05 as reporting states it, keeping the literal claim and the first inference's citations", () => {
    const mou = seedData.agreements.find((a) => a.slug === "environmental-cooperation-mou-2026");
    expect(mou?.signedOn).toMatchObject({ on: "2026-01-05", precision: "day" });
    // Once inferred from "05 Monday 2025"; web sources now state the day (issue 16).
    expect(mou?.signedOn?.inferred).toBeUndefined();
    const web = new Set(seedData.sources.filter((s) => s.url).map((s) => s.id));
    const onDate =
      mou?.citations.filter((c) => c.field === "signedOn" && (c.stance ?? "supports") === "supports") ?? [];
    expect(onDate.some((c) => web.has(c.source))).toBe(true);
    expect(onDate.some((c) => c.source === "004_23e739b1b59501f4.txt")).toBe(true);
    expect(mou?.signatories).toEqual(["mcee", "mee-china"]);
    expect(mou?.previous).toBe("environmental-cooperation-agreement-2014");
    expect(mou?.relation).toBe("updates");
    const competing = mou?.citations.filter((c) => c.stance === "competing") ?? [];
    expect(competing).toEqual([
      expect.objectContaining({ field: "signedOn", claim: "05 Monday 2025", source: "000_9da6033c4844ace2.txt" }),
    ]);
  });

  it("keeps Clear Sky as the plan's name, with Blue Sky as a competing claim", () => {
    const plan = seedData.agreements.find((a) => a.slug === "clear-sky-plan");
    expect(plan?.titleEn).toBe("Clear Sky Plan");
    const blue = plan?.citations.filter((c) => c.stance === "competing" && c.claim === "Blue Sky") ?? [];
    expect(blue.map((c) => c.source).sort()).toEqual(["000_9da6033c4844ace2.txt", "001_3a4fe0115c18827c.txt"]);
  });

  it("gives the Clear Sky Plan its nine areas, numbered 1 to 9, assessed only where 004 supports it", () => {
    const clearSky = seedData.plans.find((p) => p.slug === "clear-sky-plan");
    expect(clearSky?.items.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const assessed = clearSky?.items.filter((i) => i.statusUpdates.length > 0).map((i) => i.number);
    expect(assessed).toEqual([8, 9]);
    for (const item of clearSky?.items ?? []) {
      for (const u of item.statusUpdates) {
        expect(u).toMatchObject({
          status: "in_progress",
          basis: "official",
          evidenceSource: "004_23e739b1b59501f4.txt",
        });
        expect(u.assessedOn.on).toBe("2026-05-29");
      }
    }
  });

  it("keeps both spellings of the minister's name", () => {
    const kim = seedData.people.find((p) => p.slug === "kim-sungwhan");
    expect(kim?.nameEn).toBe("Kim Sungwhan");
    expect(kim?.citations).toContainEqual(expect.objectContaining({ stance: "competing", claim: "Kim Sung-hwan" }));
  });
});

describe("validateSeed", () => {
  it("accepts the test factories' dataset", () => {
    expect(problemsOf(tinySeed())).toEqual([]);
  });

  it("refuses a date without its precision, naming the record and field", () => {
    const data = tinySeed();
    data.agreements[0] = { ...agreement(), signedOn: { on: "2026-01-05" } as never };
    expect(problemsOf(data)).toEqual([
      'agreement "test-agreement": signedOn.precision: precision is required: "year", "month" or "day"',
    ]);
  });

  it("refuses a precision that does not match the date", () => {
    const data = tinySeed();
    data.agreements[0] = agreement({ signedOn: { on: "2026", precision: "day" } });
    expect(problemsOf(data)).toEqual([
      'agreement "test-agreement": signedOn.precision: precision "day" does not match "2026", which is a year date',
    ]);
  });

  it("refuses an impossible date", () => {
    const data = tinySeed();
    data.agreements[0] = agreement({ signedOn: { on: "2026-02-30", precision: "day" } });
    expect(problemsOf(data)[0]).toMatch(/^agreement "test-agreement": signedOn\.on: must be a date like/);
  });

  it("refuses an unknown ministry", () => {
    const data = tinySeed();
    data.agreements[0] = agreement({ signatories: ["test-ministry-kr", "foo"] });
    expect(problemsOf(data)).toEqual(['agreement "test-agreement": signatories[1]: unknown ministry "foo"']);
  });

  it("refuses a side outside the vocabulary", () => {
    const data = tinySeed();
    data.ministries[0] = { ...ministry(), side: "XX" as never };
    const problems = problemsOf(data);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^ministry "test-ministry-kr": side: .*"KR".*, got "XX"$/);
  });

  it("refuses duplicate slugs within a kind", () => {
    const data = tinySeed();
    data.ministries.push(ministry({ nameEn: "Another" }));
    expect(problemsOf(data)).toEqual([
      'ministry "test-ministry-kr": slug: duplicate ministry slug "test-ministry-kr" (also used by ministry "test-ministry-kr")',
    ]);
  });

  it("refuses duplicate meeting and item slugs across their parents", () => {
    const data = tinySeed();
    data.plans.push(plan({ slug: "test-plan-2" }));
    expect(problemsOf(data)).toContain(
      'plan "test-plan-2": items[0].slug: duplicate plan item slug "test-plan-item-1" (also used by plan "test-plan" items[0].slug)',
    );
  });

  it("refuses a citation of an unknown source, or of a field the record does not have", () => {
    const data = tinySeed();
    data.agreements[0] = agreement({
      citations: [
        citation({ field: "signedOn" }),
        citation({ source: "999_ffffffffffffffff.txt" }),
        citation({ field: "signedon", quote: "Another passage." }),
      ],
    });
    expect(problemsOf(data)).toEqual([
      'agreement "test-agreement": citations[1].source: unknown source "999_ffffffffffffffff.txt"',
      'agreement "test-agreement": citations[2].field: "signedon" is not a field of this record',
    ]);
  });

  it("refuses a citation of a field the record leaves unknown", () => {
    const data = tinySeed();
    data.agreements[0] = agreement({
      citations: [citation({ field: "signedOn" }), citation({ field: "summaryEn", quote: "Another passage." })],
    });
    expect(problemsOf(data)).toEqual([
      'agreement "test-agreement": citations[1].field: the record has no summaryEn for this citation to be about',
    ]);
  });

  const WEB = {
    id: "test-web-source",
    title: "A news report",
    publisher: "Test News",
    kind: "news",
    trust: "secondary",
    trustNote: "A newspaper.",
    language: "ko",
    publishedOn: { on: "2026-01-05", precision: "day" },
    url: "https://news.example/2026/01/05/report",
    foundOn: "2026-12-06",
  } as const;

  it("cites a web source by a short locator and a paraphrase, never by a copied passage", () => {
    const data = tinySeed();
    data.sources.push({ ...WEB });
    const web = (over: object) => ({ source: WEB.id, field: "signedOn", ...over });
    data.agreements[0] = agreement({
      citations: [
        citation({ field: "signedOn" }),
        web({ locator: "third paragraph", paraphrase: "Says the MOU was signed on 5 January." }),
        web({ quote: "The two sides signed the memorandum on Monday in Beijing." }),
      ],
    });
    expect(problemsOf(data)).toEqual([
      'agreement "test-agreement": citations[2].quote: a web source is not quoted: give a short locator and a paraphrase in our own words',
    ]);
    data.agreements[0] = agreement({
      citations: [
        citation({ field: "signedOn" }),
        web({ locator: "x".repeat(101), paraphrase: "Too long a locator is a copied passage." }),
        web({ locator: "headline" }),
      ],
    });
    expect(problemsOf(data)).toEqual([
      'agreement "test-agreement": citations[1].locator: locator must be at most 100 characters: say where, not what',
      'agreement "test-agreement": citations[2].paraphrase: a web citation needs both a locator and a paraphrase',
    ]);
  });

  it("refuses a web source without its address, language or the day it was found", () => {
    const data = tinySeed();
    const { url: _url, language: _language, foundOn: _found, ...bare } = WEB;
    data.sources.push(bare);
    expect(problemsOf(data)).toEqual([
      'source "test-web-source": url: a web source (no fileName) needs its url',
      'source "test-web-source": language: a web source (no fileName) needs its language',
      'source "test-web-source": foundOn: a web source (no fileName) needs its foundOn',
    ]);
  });

  it("refuses a Korean or Chinese name without a language mark, and an English one without both", () => {
    const data = tinySeed();
    data.sources.push({ ...WEB });
    data.agreements[0] = agreement({
      titleKo: "시험 양해각서",
      titleZh: "测试谅解备忘录",
      translated: ["titleZh"],
      summaryEn: "A summary.",
      citations: [citation({ field: "signedOn" })],
    });
    expect(problemsOf(data)).toEqual([
      'agreement "test-agreement": titleKo: no language mark: cite the official form from a ko source (field "titleKo") or list it in translated',
      'agreement "test-agreement": summaryKo: missing (summaryEn is given)',
      'agreement "test-agreement": summaryZh: missing (summaryEn is given)',
    ]);
    // Cited from a Korean-language source, the Korean title is official.
    data.agreements[0] = agreement({
      titleKo: "시험 양해각서",
      titleZh: "测试谅解备忘录",
      translated: ["titleZh"],
      citations: [
        citation({ field: "signedOn" }),
        { source: WEB.id, field: "titleKo", locator: "headline", paraphrase: "Gives the MOU's Korean title." },
      ],
    });
    expect(problemsOf(data)).toEqual([]);
  });

  it("refuses a competing citation without a claim", () => {
    const data = tinySeed();
    data.agreements[0] = agreement({
      citations: [
        citation({ field: "signedOn" }),
        citation({ field: "signedOn", quote: "05 Monday 2025", stance: "competing" }),
      ],
    });
    expect(problemsOf(data)).toEqual([
      'agreement "test-agreement": citations[1].claim: a competing citation needs a claim (the value as its source gives it)',
    ]);
  });

  it("refuses a date that no citation supports", () => {
    const data = tinySeed();
    data.agreements[0] = agreement({
      citations: [citation(), citation({ field: "signedOn", stance: "competing", claim: "2025", quote: "Other." })],
    });
    expect(problemsOf(data)).toEqual([
      'agreement "test-agreement": signedOn: no citation supports this date (cite it with field "signedOn")',
    ]);
  });

  it("refuses a record without citations", () => {
    const data = tinySeed();
    data.ministries[0] = ministry({ citations: [] });
    expect(problemsOf(data)).toEqual(['ministry "test-ministry-kr": citations: needs at least one citation']);
  });

  it("refuses an empty or overlong quote", () => {
    const data = tinySeed();
    data.ministries[0] = ministry({ citations: [citation({ quote: "  " }), citation({ quote: "x".repeat(301) })] });
    expect(problemsOf(data)).toEqual([
      'ministry "test-ministry-kr": citations[0].quote: quote must not be empty',
      'ministry "test-ministry-kr": citations[1].quote: quote must be at most 300 characters',
    ]);
  });

  it("refuses unknown keys (typos)", () => {
    const data = tinySeed();
    data.ministries[0] = { ...ministry(), nameEN: "Typo" } as never;
    expect(problemsOf(data)).toEqual(['ministry "test-ministry-kr": Unrecognized key: "nameEN"']);
  });

  it("refuses unknown references of every kind, in nested records too", () => {
    const data = tinySeed();
    const [d] = data.dialogues;
    if (!d?.meetings[0]) throw new Error("factory changed");
    d.sector = "nope-sector";
    d.meetings[0].participants = [{ person: "nobody", role: "host" }];
    d.meetings[0].reviews = [{ plan: "no-plan" }];
    data.topics[0] = { ...data.topics[0], sector: "other-sector" } as SeedData["topics"][number];
    data.agreements[0] = agreement({ topics: ["no-topic"] });
    data.plans[0] = plan({ parent: "no-such-plan" });
    expect([...problemsOf(data)].sort()).toEqual(
      [
        'topic "test-topic": sector: unknown sector "other-sector"',
        'agreement "test-agreement": topics[0]: unknown topic "no-topic"',
        'dialogue "test-dialogue": sector: unknown sector "nope-sector"',
        'dialogue "test-dialogue": meetings[0].participants[0].person: unknown person "nobody"',
        'dialogue "test-dialogue": meetings[0].reviews[0].plan: unknown plan "no-plan"',
        'plan "test-plan": parent: unknown plan "no-such-plan"',
      ].sort(),
    );
  });

  it("refuses cycles in lineages", () => {
    const data = tinySeed();
    data.agreements = [
      agreement({ slug: "a-one", previous: "a-two", relation: "updates" }),
      agreement({ slug: "a-two", previous: "a-one", relation: "updates" }),
    ];
    data.dialogues = [];
    data.plans[0] = plan({ agreement: undefined });
    expect(problemsOf(data)).toEqual([
      'agreement "a-one": previous: previous agreements form a cycle (a-one → a-two → a-one)',
    ]);
  });

  it("collects every problem at once", () => {
    const data = tinySeed();
    data.ministries[0] = { ...ministry(), side: "XX" as never };
    data.agreements[0] = agreement({ signatories: ["foo"], signedOn: { on: "2026", precision: "month" } });
    data.events[0] = { ...data.events[0], participants: ["bar"] } as SeedData["events"][number];
    expect(problemsOf(data)).toHaveLength(3);
  });

  it("refuses input that is not a dataset", () => {
    expect(problemsOf(null)).toEqual([expect.stringMatching(/^seed: must be an object/)]);
    const { events: _events, ...withoutEvents } = tinySeed();
    expect(problemsOf(withoutEvents)).toEqual(["events: must be a list of event records"]);
  });

  it("names a record without a slug by its position", () => {
    const data = tinySeed();
    const { slug: _slug, ...noSlug } = ministry({ slug: "x-y" });
    data.ministries.push(noSlug as never);
    expect(problemsOf(data)).toEqual([expect.stringMatching(/^ministry #3: slug: /)]);
  });
});

describe("findQuoteProblems", () => {
  it("reports a quote that is not in its source, and skips sources without a text", () => {
    const data = tinySeed();
    const texts = new Map([[TEST_SOURCE_FILE, "A passage of the test source. Signed on 5 January 2026."]]);
    expect(findQuoteProblems(data, texts)).toEqual([]);
    data.ministries[0] = ministry({ citations: [citation({ quote: "A passage of the test  source." })] });
    expect(findQuoteProblems(data, texts)).toEqual([
      `ministry "test-ministry-kr": citations[0].quote: not found verbatim in ${TEST_SOURCE_FILE}: "A passage of the test  source."`,
    ]);
    expect(findQuoteProblems(data, new Map())).toEqual([]);
  });
});

describe("summarizeDataset", () => {
  it("counts agreements, sources of each kind, and official against translated names per language", async () => {
    const { summarizeDataset } = await import("../../prisma/seed/summary");
    const data = tinySeed();
    const before = summarizeDataset(data);
    expect(before).toMatchObject({ agreements: 1, documents: 1, webSources: 0 });
    expect(before.names.ko.official).toBe(0);
    expect(before.names.ko.translated).toBeGreaterThan(0);
    // An agreement whose Korean title is official moves one name from one count to the other.
    data.agreements[0] = agreement({ translated: ["titleZh"] });
    const after = summarizeDataset(data);
    expect(after.names.ko.official).toBe(1);
    expect(after.names.ko.translated).toBe(before.names.ko.translated - 1);
    expect(after.names.zh).toEqual(before.names.zh);
  });
});
