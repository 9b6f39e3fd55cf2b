/**
 * The list rows drawn by client components from compact data (issue 19): the markup a
 * reader, the compare form and the e2e tests rely on, and the compact data the server
 * entries build (keys left out when empty, the words once a page).
 */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { AgreementResults } from "@/components/agreements/agreement-results";
import { type AgreementLabels, type AgreementRow, AgreementRows } from "@/components/agreements/agreement-rows";
import { type SearchHit, type SearchHitPage, SearchHitRows } from "@/components/search/search-hit-rows";
import { searchHits } from "@/components/search/search-hits";
import type { RowWords } from "@/components/ui/row-bits";
import { marked } from "@/lib/highlight";
import type { AgreementSummary } from "@/lib/server/queries/agreements";
import type { SearchGroup, SearchResult } from "@/lib/server/queries/search-page";

// The server entries read the request's language through next-intl/server, and its
// words from the catalogue (lib/i18n/translations.ts).
const request = vi.hoisted(() => ({ locale: "en" }));
vi.mock("next-intl/server", () => ({ getLocale: async () => request.locale }));

const words: RowWords = {
  locale: "en",
  fallback: { ko: ["Shown in Korean", "Korean"], zh: ["Shown in Chinese", "Chinese"] },
  inferred: ["Inferred date", "inferred"],
};

const labels: AgreementLabels = {
  cols: ["Agreement", "Signed", "Signatories", "Status"],
  kinds: { mou: "MOU" },
  statuses: { in_force: "In force" },
  sides: { KR: "Korea", CN: "China" },
  compare: "Compare",
  form: "compare-form",
  dateUnknown: "Date unknown",
  noSignatories: "Signatories not stated",
};

/** Rows as the server sends them: the search terms marked there (lib/highlight.ts, `marked`). */
const agreements = (rows: AgreementRow[], terms: string[] = []) =>
  renderToStaticMarkup(
    createElement(AgreementRows, {
      rows: rows.map((r) => ({
        ...r,
        t: marked(String(r.t), terms),
        ...(r.m ? { m: marked(String(r.m), terms) } : {}),
      })),
      labels,
      words,
    }),
  );

const row: AgreementRow = {
  u: "air-mou",
  k: "mou",
  s: "in_force",
  t: "대기질 협력 Air quality MOU",
  tl: "ko",
  m: "Cooperation on air quality.",
  d: ["2024-05", "May 2024"],
  di: 1,
  g: [
    ["KR", "Ministry of Environment"],
    ["CN", "生态环境部", "zh"],
  ],
};

describe("agreement rows", () => {
  it("link the title in its language, with the id the compare checkbox is described by", () => {
    const html = agreements([row]);
    expect(html).toContain('<a href="/agreements/air-mou" lang="ko" id="t-air-mou" class="row-title">');
    expect(html).toMatch(/<input type="checkbox" form="compare-form" aria-describedby="t-air-mou"[^>]*value="air-mou"/);
    expect(html).toContain('data-testid="compare-pick"');
    expect(html.match(/id="t-air-mou"/g)).toHaveLength(1);
    expect(html.match(/data-testid="agreement-row"/g)).toHaveLength(1);
    expect(html).toContain('data-testid="results-columns"');
  });

  it("mark the search terms and a text shown in another language than the page's", () => {
    const html = agreements([row], ["air"]);
    expect(html).toContain('<mark class="hit">Air</mark> quality MOU');
    expect(html).toContain(
      '<span lang="en" title="Shown in Korean" data-fallback-mark="" class="fb">Korean</span></a>',
    );
    // The summary is in the page's language: tagged so, and not marked.
    expect(html).toContain(
      '<p class="row-summary" lang="en"><bdi>Cooperation on <mark class="hit">air</mark> quality.</bdi></p>',
    );
  });

  it("mark an inferred date, and say when the date is unknown", () => {
    expect(agreements([row])).toContain(
      '<time dateTime="2024-05">May 2024</time><span class="pd-m" title="Inferred date"><span aria-hidden="true">≈</span> inferred</span>',
    );
    const plain = agreements([{ ...row, di: undefined }]);
    expect(plain).toContain('<div class="md:whitespace-nowrap"><time dateTime="2024-05">May 2024</time></div>');
    expect(agreements([{ u: "x", k: "mou", s: "in_force", t: "X" }])).toContain(
      '<span class="text-muted">Date unknown</span>',
    );
  });

  it("list the signatories in the order given, each with its side's badge and its name's language", () => {
    const html = agreements([row]);
    expect(html).toContain(
      '<ul class="sig"><li><span class="badge b-kr">Korea</span><span lang="en">Ministry of Environment</span></li>' +
        '<li><span class="badge b-cn">China</span><span lang="zh-Hans">生态环境部<span lang="en" title="Shown in Chinese" data-fallback-mark="" class="fb">Chinese</span></span></li></ul>',
    );
    expect(agreements([{ u: "x", k: "mou", s: "in_force", t: "X" }])).toContain(
      '<span class="text-muted">Signatories not stated</span>',
    );
  });

  it("draw a kind and a status from the page's labels", () => {
    const html = agreements([row]);
    expect(html).toContain('<span class="badge b-a">MOU</span>');
    expect(html).toContain('<span class="cl">Status</span><div><span class="badge b-n">In force</span></div>');
  });

  it("render a title that holds markup as text, never as HTML", () => {
    const html = agreements([{ ...row, t: "<script>alert(1)</script>", g: [["KR", "<img src=x onerror=alert(1)>"]] }]);
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });
});

const page: SearchHitPage = {
  labels: {
    badges: [
      ["MOU", "accent"],
      ["Held", "neutral"],
    ],
    statuses: { in_progress: "In progress" },
    trust: { secondary: "Secondary" },
    dates: { agreement: "Signed", meeting: "Held" },
    matched: ["Matched as ", ""],
  },
  words,
};

/** Hits as the server sends them, "air" marked. */
const hits = (list: SearchHit[]) => {
  const mark = (text: SearchHit["t"] | undefined) => (text === undefined ? {} : marked(String(text), ["air"]));
  const sent = list.map((h) => ({
    ...h,
    t: marked(String(h.t), ["air"]),
    ...(h.a ? { a: mark(h.a) } : {}),
    ...(h.c ? { c: mark(h.c) } : {}),
    ...(h.m ? { m: mark(h.m) } : {}),
  })) as SearchHit[];
  return renderToStaticMarkup(createElement(SearchHitRows, { hits: sent, page }));
};

describe("search hits", () => {
  it("link the title to the record's page, with its kind and a labelled date", () => {
    const html = hits([{ k: "agreement", h: "/agreements/air-mou", t: "Air MOU", d: ["2024", "2024"], b: [0] }]);
    expect(html).toContain('<li class="hit-row" data-testid="search-result" data-kind="agreement">');
    expect(html).toContain('<span class="badge b-a">MOU</span>');
    expect(html).toContain('<span class="tabular-nums">Signed <time dateTime="2024">2024</time></span>');
    expect(html).toContain(
      '<h3 class="card-title"><a href="/agreements/air-mou"><span lang="en"><bdi><mark class="hit">Air</mark> MOU</bdi></span></a></h3>',
    );
  });

  it("draw a meeting's number, the name that matched, a status and a trust level", () => {
    const html = hits([
      {
        k: "meeting",
        h: "/dialogues/d#m-3",
        n: "Meeting 3",
        t: "환경장관회의",
        tl: "ko",
        f: "t",
        a: "Air ministers",
        b: [1],
      },
      { k: "item", t: "Item", s: "in_progress" },
      { k: "source", h: "/sources/s", t: "Source", r: "secondary" },
    ]);
    expect(html).toContain(
      '<span class="text-muted">Meeting 3 · </span><span lang="ko"><bdi>환경장관회의</bdi></span>',
    );
    expect(html).toContain('data-fallback-mark="" class="fb">Korean</span></a>');
    expect(html).toContain(
      '<p class="text-xs text-muted">Matched as <span lang="en" class="text-ink"><bdi><mark class="hit">Air</mark> ministers</bdi></span></p>',
    );
    expect(html).toContain('<span class="badge sb" data-status="in_progress">In progress</span>');
    expect(html).toContain('<span class="badge trust-secondary"><span aria-hidden="true">◇</span>Secondary</span>');
    // A record no page shows: its title is not a link.
    expect(html).toContain('<h3 class="card-title"><span lang="en"><bdi>Item</bdi></span></h3>');
  });

  it("leave out the quiet line above the title when there is nothing to say", () => {
    expect(hits([{ k: "person", t: "Kim" }])).toBe(
      '<ul class="divide-y divide-line overflow-hidden rounded-lg border border-line bg-white"><li class="hit-row" data-testid="search-result" data-kind="person"><h3 class="card-title"><span lang="en"><bdi>Kim</bdi></span></h3></li></ul>',
    );
  });

  it("render text that holds markup as text, never as HTML", () => {
    const html = hits([{ k: "event", t: "<script>alert(1)</script>", c: "<b>bold</b>", m: "</li><li>" }]);
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<b>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html.match(/<li/g)).toHaveLength(1);
  });
});

describe("the compact data the server sends", () => {
  beforeEach(() => {
    request.locale = "zh";
  });

  const body = (slug: string, side: string, nameEn: string, nameZh: string | null) => ({
    slug,
    side,
    nameEn,
    nameKo: null,
    nameZh,
    translated: null,
    abbreviation: null,
  });
  const summary = {
    id: "1",
    slug: "air-mou",
    kind: "mou",
    status: "in_force",
    titleEn: "Air quality MOU",
    titleKo: null,
    titleZh: "空气质量谅解备忘录",
    translated: null,
    summaryEn: null,
    summaryKo: null,
    summaryZh: null,
    signedOn: null,
    signedInferred: false,
    signedReasoning: null,
    signatories: [body("me", "KR", "Ministry of Environment", null), body("mee", "CN", "MEE", "生态环境部")],
    topics: [],
  } as unknown as AgreementSummary;

  it("leaves out what a row does not have, puts China first in Chinese, and sends the words once", async () => {
    const element = (await AgreementResults({ rows: [summary], terms: [] })) as {
      props: { rows: AgreementRow[]; labels: AgreementLabels };
    };
    expect(element.props.rows).toEqual([
      {
        u: "air-mou",
        k: "mou",
        s: "in_force",
        t: "空气质量谅解备忘录",
        g: [
          ["CN", "生态环境部"],
          ["KR", "Ministry of Environment", "en"],
        ],
      },
    ]);
    expect(element.props.labels.kinds).toEqual({ mou: "谅解备忘录" });
    expect(Object.keys(element.props.labels.sides).sort()).toEqual(["CN", "KR"]);
  });

  it("gives each search hit indexes into the page's badges, and the matched-name words around the name", async () => {
    const result = (id: string, over: Partial<SearchResult> = {}): SearchResult => ({
      kind: "agreement",
      id,
      href: `/agreements/${id}`,
      title: { text: id, lang: "en", isFallback: true },
      summary: null,
      context: null,
      date: { value: "2024-05-13", inferred: false, reasoning: null },
      badges: [{ key: "agreementKind.mou", tone: "accent" }],
      matchedName: null,
      names: [],
      ...over,
    });
    const groups = [
      { kind: "agreement", total: 2, exact: false, results: [result("a"), result("b")] },
    ] as SearchGroup[];
    const { page, hits } = await searchHits(groups, []);
    expect(hits[0]?.[0]).toEqual({
      k: "agreement",
      h: "/agreements/a",
      t: "a",
      tl: "en",
      f: "t",
      d: ["2024-05-13", "2024年5月13日"],
      b: [0],
    });
    expect(page.labels.badges).toEqual([["谅解备忘录", "accent"]]);
    expect(page.labels.matched).toEqual(["匹配名称：", ""]);
    expect(page.labels.dates).toEqual({ agreement: "签署" });
  });

  it("marks no fallback on a source's title and publisher, which are in the source's own language", async () => {
    const source = {
      kind: "source",
      id: "s1",
      href: "/sources/s1",
      title: { text: "Korea–China MOU", lang: "en", isFallback: false },
      summary: null,
      context: { text: "연합뉴스", lang: "ko", isFallback: false },
      date: null,
      badges: [],
      matchedName: null,
      names: [],
      trust: "secondary",
    } as unknown as SearchResult;
    const { page, hits } = await searchHits(
      [{ kind: "source", total: 1, exact: false, results: [source] }] as SearchGroup[],
      [],
    );
    const hit = hits[0]?.[0];
    expect(hit).toMatchObject({ t: "Korea–China MOU", tl: "en", c: "연합뉴스", cl: "ko" });
    expect(hit?.f).toBeUndefined();
    const html = renderToStaticMarkup(createElement(SearchHitRows, { hits: hits[0] ?? [], page }));
    expect(html).toContain('lang="en"');
    expect(html).not.toContain("data-fallback-mark");
  });
});
