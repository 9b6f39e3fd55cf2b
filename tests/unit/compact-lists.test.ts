/**
 * The list rows /ministries, /dialogues and /plans draw on the client from compact data
 * (issue 19): what readers and the end-to-end tests rely on stays in the markup.
 */
import { createElement, Fragment } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { type DialogueCard, DialogueCards, type DialogueWords } from "@/components/dialogues/dialogue-cards";
import { CounterpartMatrix } from "@/components/ministries/counterpart-matrix";
import { type MinistryCard, MinistryRows, type MinistryWords } from "@/components/ministries/ministry-directory";
import { type PlanCard, PlanCards, type PlanWords } from "@/components/plans/plan-cards";
import { NameText, type NameWords, TRANSLATION_TIP_ID } from "@/components/ui/compact-name";

const names: NameWords = {
  locale: "en",
  fallback: {
    ko: ["No English text; shown in Korean", "Korean"],
    zh: ["No English text; shown in Chinese", "Chinese"],
  },
  inferred: ["Inferred date", "inferred"],
};

const ministryWords: MinistryWords = {
  ...names,
  matrixTitle: "Who works with whom",
  matrixLead: "Each cell counts the agreements.",
  matrix: {
    caption: "Agreements signed by each pair",
    corner: ["Korea", "China"],
    cell: { 1: "1 agreement signed by {a} and {b}", 3: "3 agreements signed by {a} and {b}" },
    trimmed: "The 12 most active bodies of each side are shown (of 14 and 5).",
  },
  otherLanguages: "In other languages",
  kinds: { ministry: "Ministry", central_bank: "Central bank" },
  counts: [{ 0: "No agreements", 3: "3 agreements" }, { 0: "no dialogues", 1: "1 dialogue" }, { 0: "no plan items" }],
  succeeded: "Succeeded",
  succeededBy: "Succeeded by",
};

const bok: MinistryCard = {
  s: "bok",
  n: "Bank of Korea",
  a: "BOK",
  o: { ko: "한국은행" },
  k: "central_bank",
  c: [3, 1, 0],
};
const pboc: MinistryCard = {
  s: "pboc",
  n: "中国人民银行",
  l: "zh",
  k: "central_bank",
  c: [3, 0, 0],
  p: { s: "old", n: "Old bank", t: 1 },
};

/** The matrix and both sides' rows, as /ministries draws them inside its sections. */
function ministries(rows: MinistryCard[]) {
  const matrix = {
    r: [{ s: "bok", n: "Bank of Korea", b: "BOK" }],
    c: [
      { s: "pboc", n: "People's Bank of China", b: "PBOC" },
      { s: "mofcom", n: "Ministry of Commerce" },
    ],
    n: [[3, 0]],
  };
  return renderToStaticMarkup(
    createElement(
      Fragment,
      null,
      createElement(CounterpartMatrix, { matrix, words: ministryWords.matrix, names: ministryWords }),
      createElement(MinistryRows, { group: { k: "KR", t: "Korea", m: rows }, words: ministryWords }),
      createElement(MinistryRows, { group: { k: "CN", t: "China", m: [pboc] }, words: ministryWords }),
    ),
  );
}

describe("a name drawn from compact data", () => {
  const draw = (name: Parameters<typeof NameText>[0]["name"]) =>
    renderToStaticMarkup(createElement(NameText, { name, words: names }));

  it("marks the tracker's own translation with one short mark named by the page's words", () => {
    expect(draw({ n: "生态环境部", t: 1 })).toBe(
      `<bdi>生态环境部</bdi><span class="tr" tabindex="0" role="note" aria-labelledby="${TRANSLATION_TIP_ID}" data-translation-mark="">※</span>`,
    );
  });

  it("marks a fallback with its language, and an official name not at all", () => {
    expect(draw({ n: "환경부", l: "ko" })).toBe(
      '<bdi lang="ko">환경부</bdi><span lang="en" title="No English text; shown in Korean" data-fallback-mark="" class="fb">Korean</span>',
    );
    expect(draw({ n: "Ministry of Environment" })).toBe("<bdi>Ministry of Environment</bdi>");
  });
});

describe("the ministries drawn from compact data", () => {
  const html = ministries([bok]);

  it("draws the counterpart matrix with its caption, a linked cell per pair and the trimmed note", () => {
    expect(html).toContain('<table class="mx" data-testid="counterpart-matrix">');
    expect(html).toContain('<caption class="sr-only">Agreements signed by each pair</caption>');
    expect(html).toContain(
      '<a href="/agreements?ministry=bok&amp;ministry=pboc" aria-label="3 agreements signed by BOK and PBOC">3</a>',
    );
    // An empty pair is an empty cell.
    expect(html).toMatch(/<\/a><\/td><td><\/td><\/tr>/);
    expect(html).toContain('data-testid="matrix-trimmed"');
  });

  it("draws a row per body, with its link, lang and marks", () => {
    expect(html.match(/data-testid="ministry-card"/g)).toHaveLength(2);
    expect(html).toContain('<h3 lang="en"><a href="/ministries/bok">Bank of Korea</a><span> BOK</span></h3>');
    expect(html).toContain('<span lang="ko">한국은행</span>');
    expect(html).toContain("<p>Central bank · 3 agreements · 1 dialogue · no plan items</p>");
    // A fallback name: tagged with its own language and marked in the reader's.
    expect(html).toContain(
      '<h3 lang="zh-Hans"><a href="/ministries/pboc">中国人民银行<span lang="en" title="No English text; shown in Chinese" data-fallback-mark="" class="fb">Chinese</span></a></h3>',
    );
    expect(html).toContain('<a href="/ministries/old"><bdi>Old bank</bdi><span class="tr" tabindex="0" role="note"');
  });

  it("renders a name with markup in it as text", () => {
    const out = ministries([{ ...bok, n: "<script>alert(1)</script>" }]);
    expect(out).not.toContain("<script>");
    expect(out).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });
});

const dialogueWords: DialogueWords = {
  ...names,
  formats: { bilateral: "Bilateral" },
  levels: { minister: "Ministers" },
  cadences: { annual: "Every year" },
  sector: "Sector",
  meetings: "Meetings",
  meetingCount: { 0: "No meetings recorded", 2: "2 meetings" },
  lastHeld: "last held",
  next: "Next meeting",
  due: {
    scheduled: "Scheduled for",
    due: "Due by",
    overdue: "Overdue since",
    unconfirmed: "Was scheduled for",
    unknown: "No date",
  },
  participants: "Participants",
};

describe("the dialogues drawn from compact data", () => {
  const base = { f: "bilateral", v: "minister", c: "annual", e: { n: "Environment" } } as const;
  const cards: DialogueCard[] = [
    {
      ...base,
      s: "env",
      n: "Environment ministers",
      m: 2,
      h: ["2024-05", "May 2024", 1],
      d: "overdue",
      o: ["2025-05", "May 2025"],
      p: [
        ["moe", "KR", "MOE"],
        ["mee", "CN", "MEE"],
      ],
    },
    { ...base, s: "quiet", n: "환경 대화", l: "ko", m: 0, d: "unknown" },
  ];
  const html = renderToStaticMarkup(createElement(DialogueCards, { cards, words: dialogueWords }));

  it("draws a card per dialogue with its link, badges and sector", () => {
    expect(html.match(/data-testid="dialogue-card"/g)).toHaveLength(2);
    expect(html).toContain('<h2 class="card-title" lang="en"><a href="/dialogues/env">Environment ministers</a></h2>');
    expect(html).toContain('<h2 class="card-title" lang="ko"><a href="/dialogues/quiet">환경 대화<span lang="en"');
    expect(html).toContain('<span class="badge b-a">Bilateral</span>');
    expect(html).toContain("<dd><bdi>Environment</bdi></dd>");
  });

  it("says when it last met and whether it is overdue, in words", () => {
    expect(html).toContain('last held <span class="pd"><time dateTime="2024-05">May 2024</time>');
    expect(html).toContain(
      'data-due="overdue"><span aria-hidden="true">!</span>Overdue since <time dateTime="2025-05">',
    );
    expect(html).toContain('data-due="unknown"><span aria-hidden="true">–</span>No date</span>');
  });

  it("links each participant with its side's badge", () => {
    expect(html).toContain('<a href="/ministries/moe"><span class="badge b-kr">MOE</span></a>');
    expect(html).toContain('<a href="/ministries/mee"><span class="badge b-cn">MEE</span></a>');
  });
});

const planWords: PlanWords = {
  ...names,
  period: "Period",
  notStated: "Not stated by the sources",
  ongoing: "ongoing",
  implementingBody: "Implementing body",
  sides: { KR: "Korea" },
  parent: "Parent plan",
  items: "Items",
  statuses: [
    ["○", "#64748b", "{n} Not started"],
    ["◐", "#0369a1", "{n} In progress"],
  ],
  noItems: "No items recorded",
};

describe("the plans drawn from compact data", () => {
  const cards: PlanCard[] = [
    {
      s: "clear-sky",
      n: "Clear Sky Plan",
      a: ["2023", "2023"],
      b: { s: "moe", d: "KR", n: "Ministry of Environment" },
      p: { s: "parent", n: "净空计划", l: "zh" },
      c: [0, 4],
    },
    { s: "bare", n: "Bare plan" },
  ];
  const html = renderToStaticMarkup(createElement(PlanCards, { cards, words: planWords }));

  it("draws a card per plan with its period, body, parent and status counts", () => {
    expect(html.match(/data-testid="plan-card"/g)).toHaveLength(2);
    expect(html).toContain('<a href="/plans/clear-sky">Clear Sky Plan</a>');
    expect(html).toContain('<time dateTime="2023">2023</time><span aria-hidden="true">–</span>');
    expect(html).toContain('<span class="text-muted">ongoing</span>');
    expect(html).toContain(
      '<span class="badge b-kr">Korea</span><a href="/ministries/moe"><bdi>Ministry of Environment</bdi></a>',
    );
    expect(html).toContain('<a href="/plans/parent"><bdi lang="zh-Hans">净空计划</bdi>');
    expect(html).toContain('style="width:100%;background:#0369a1"');
    expect(html).toContain('<span aria-hidden="true">◐ </span>4 In progress</span>');
  });

  it("says what the sources do not state", () => {
    expect(html).toContain('<dd><span class="text-muted">Not stated by the sources</span></dd>');
    expect(html).toContain("No items recorded");
  });
});
