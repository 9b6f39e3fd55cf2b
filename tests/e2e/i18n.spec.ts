import { request } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectNoAxeViolations, expectNoHorizontalScroll } from "./helpers";

/**
 * The product in Korean and Chinese: search in the reader's language, the MOU and
 * its timeline, the language switcher keeping the place and the filters, the
 * remembered choice, Accept-Language on a first visit, hreflang and lang, errors in
 * the reader's language, and axe on the localised pages.
 */

const MOU = "environmental-cooperation-mou-2026";

for (const { locale, query, results, searchButton, signed, title, translated, timelineHeading } of [
  {
    locale: "ko",
    query: "탄소시장",
    results: "“탄소시장” 검색 결과: 협정 1건",
    searchButton: "검색",
    signed: "2026년 1월 5일",
    // The official Korean title, from a Korean-language source.
    title: /한중 환경 및 기후 협력에 관한 양해각서/,
    translated: false,
    timelineHeading: "연표",
  },
  {
    locale: "zh",
    query: "碳市场",
    results: "“碳市场”的检索结果：1 项协定",
    searchButton: "搜索",
    signed: "2026年1月5日",
    // No Chinese-language source gives its title: the tracker's translation, marked.
    title: /中韩环境与气候合作谅解备忘录/,
    translated: true,
    timelineHeading: "时间线",
  },
] as const) {
  test(`a ${locale} reader searches in ${locale}, opens the MOU and reads its timeline`, async ({ page }) => {
    await page.goto(`/${locale}/agreements`);
    await expect(page.locator("html")).toHaveAttribute("lang", locale === "zh" ? "zh-Hans" : "ko");
    await page.getByRole("searchbox").fill(query);
    await page.getByRole("button", { name: searchButton, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/agreements\\?q=${encodeURIComponent(query)}`));
    await expect(page.getByText(results)).toBeVisible();
    const row = page.getByTestId("agreement-row");
    await expect(row).toHaveCount(1);

    await row.getByRole("link", { name: title }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/agreements/${MOU}$`));
    const heading = page.getByRole("heading", { level: 1 });
    // The title in the reader's language (issue 16), with no "shown in English" tag on any line.
    await expect(heading).toHaveText(title);
    await expect(page.locator("main [data-fallback-mark]")).toHaveCount(0);
    await expect(heading.locator("[data-translation-mark]")).toHaveCount(translated ? 1 : 0);
    // The date in the reader's own form, through Intl.
    await expect(page.locator("time[datetime='2026-01-05']").first()).toHaveText(signed);

    // The page of 2026 that holds the signing (a year of many entries is cut into pages).
    await page.goto(`/${locale}/timeline?from=2026&to=2026&at=agreement-signed-${MOU}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(timelineHeading);
    const entry = page.locator(`#agreement-signed-${MOU}`);
    await expect(entry).toBeVisible();
    await expect(entry.locator("time").first()).toHaveText(signed);
  });
}

test("the switcher keeps the reader on the same filtered list, repeated filters included, and remembers the choice", async ({
  page,
  context,
}) => {
  await page.goto("/ko/agreements?q=%ED%83%84%EC%86%8C%EC%8B%9C%EC%9E%A5&ministry=mcee&ministry=mee-china&kind=mou");
  await expect(page.getByTestId("agreement-row")).toHaveCount(1);

  await page.getByRole("link", { name: "中文" }).click();
  await expect(page).toHaveURL(/\/zh\/agreements\?/);
  const url = new URL(page.url());
  expect(url.searchParams.get("q")).toBe("탄소시장");
  expect(url.searchParams.getAll("ministry")).toEqual(["mcee", "mee-china"]);
  expect(url.searchParams.get("kind")).toBe("mou");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
  await expect(page.getByTestId("agreement-row")).toHaveCount(1);
  await expect(page.getByLabel("类型")).toHaveValue("mou");

  // On a record page, the same record.
  await page.goto(`/zh/agreements/${MOU}`);
  await page.getByRole("link", { name: "한국어" }).click();
  await expect(page).toHaveURL(new RegExp(`/ko/agreements/${MOU}$`));
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(new RegExp(`localhost:\\d+/agreements/${MOU}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  // The choice is remembered: an unprefixed address now stays English…
  await page.getByRole("link", { name: "한국어" }).click();
  await expect(page).toHaveURL(new RegExp(`/ko/agreements/${MOU}$`));
  expect((await context.cookies()).find((c) => c.name === "NEXT_LOCALE")?.value).toBe("ko");
  // …and Korean is where a bare address takes this reader next time.
  await page.goto("/timeline");
  await expect(page).toHaveURL(/\/ko\/timeline$/);
});

test("a first visit honours Accept-Language; a remembered choice wins over it", async ({ baseURL }) => {
  for (const [acceptLanguage, expected] of [
    ["ko", "/ko/agreements"],
    ["ko-KR,ko;q=0.9,en;q=0.5", "/ko/agreements"],
    ["zh-CN", "/zh/agreements"],
    ["zh-CN,zh;q=0.9", "/zh/agreements"],
  ] as const) {
    const client = await request.newContext({ baseURL, extraHTTPHeaders: { "Accept-Language": acceptLanguage } });
    const response = await client.get("/agreements", { maxRedirects: 0 });
    expect(response.status(), acceptLanguage).toBeGreaterThanOrEqual(300);
    expect(response.status(), acceptLanguage).toBeLessThan(400);
    expect(new URL(response.headers().location ?? "", baseURL).pathname, acceptLanguage).toBe(expected);
    await client.dispose();
  }

  const english = await request.newContext({ baseURL, extraHTTPHeaders: { "Accept-Language": "en-GB,en;q=0.9" } });
  expect((await english.get("/agreements", { maxRedirects: 0 })).status()).toBe(200);
  await english.dispose();

  const remembered = await request.newContext({
    baseURL,
    extraHTTPHeaders: { "Accept-Language": "ko", Cookie: "NEXT_LOCALE=en" },
  });
  expect((await remembered.get("/agreements", { maxRedirects: 0 })).status()).toBe(200);
  await remembered.dispose();
});

test("every page says its language, its alternates in the others, and marks text in another language", async ({
  page,
}) => {
  for (const [path, lang] of [
    ["/", "en"],
    ["/ko", "ko"],
    ["/zh", "zh-Hans"],
    [`/ko/agreements/${MOU}`, "ko"],
    ["/zh/timeline", "zh-Hans"],
  ] as const) {
    await page.goto(path);
    await expect(page.locator("html"), path).toHaveAttribute("lang", lang);
  }

  await page.goto(`/ko/agreements/${MOU}`);
  // Paths, or absolute URLs when SITE_URL is set.
  const pathOf = (href: string | null) => new URL(href ?? "", page.url()).pathname;
  const href = async (hreflang: string) =>
    pathOf(await page.locator(`link[rel=alternate][hreflang="${hreflang}"]`).getAttribute("href"));
  expect(await href("en")).toBe(`/agreements/${MOU}`);
  expect(await href("ko")).toBe(`/ko/agreements/${MOU}`);
  expect(await href("zh-Hans")).toBe(`/zh/agreements/${MOU}`);
  expect(await href("x-default")).toBe(`/agreements/${MOU}`);
  expect(pathOf(await page.locator("link[rel=canonical]").getAttribute("href"))).toBe(`/ko/agreements/${MOU}`);

  await page.goto("/zh");
  expect(await page.locator("link[rel=alternate][hreflang=x-default]").getAttribute("href")).toMatch(/\/$/);
  // Language self-names in the switcher carry their own language.
  await expect(page.getByRole("link", { name: "한국어" })).toHaveAttribute("lang", "ko");
});

test("a bad address is explained in the reader's language, naming the field", async ({ page }) => {
  await page.goto("/ko/agreements?from=abc&status=nonsense");
  // Next's route announcer is an alert too: take the one that explains the address.
  const ko = page.getByRole("alert").filter({ hasText: "서명 시작 연도" });
  await expect(ko).toContainText("주소의 일부를 사용할 수 없어 무시했습니다");
  await expect(ko).toContainText("서명 시작 연도");
  await expect(ko).toContainText("2026과 같은 연도여야 합니다");
  await expect(ko).toContainText("다음 값 중 하나여야 합니다");

  await page.goto("/zh/timeline?from=1800");
  const zh = page.getByRole("alert").filter({ hasText: "起始年份" });
  await expect(zh).toContainText("起始年份");
  await expect(zh).toContainText("必须是 1900 年至 2100 年之间的年份");
});

for (const path of [
  "/ko",
  "/zh",
  "/ko/agreements?q=%ED%83%84%EC%86%8C%EC%8B%9C%EC%9E%A5",
  "/zh/agreements?q=%E7%A2%B3%E5%B8%82%E5%9C%BA",
  `/ko/agreements/${MOU}`,
  `/zh/agreements/${MOU}`,
  "/ko/ministries",
  "/zh/ministries",
  "/zh/ministries/mcee",
  "/ko/dialogues",
  "/zh/dialogues/directors-general-policy-dialogue-environment",
  "/zh/plans",
  "/ko/plans/clear-sky-plan",
  "/ko/timeline",
  "/zh/timeline",
  "/ko/status",
  "/zh/status",
  "/ko/sources",
  "/zh/agreements?from=abc",
]) {
  test(`${path} has no accessibility violations`, async ({ page }) => {
    await page.goto(path);
    await expectNoAxeViolations(page);
  });
}

test("/admin/translations lists what is missing, or still the tracker's translation, for editors only", async ({
  page,
  login,
  newUserPage,
}) => {
  const reader = await newUserPage();
  await reader.goto("/ko/admin/translations");
  await expect(reader.getByTestId("editors-only")).toHaveText(/편집자와 관리자만/);

  await login("editor");
  await page.goto("/zh/admin/translations");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("翻译");
  // The MOU's Korean title is official; its Chinese title is the tracker's translation.
  const mou = page.getByTestId("missing-row").filter({ hasText: MOU });
  await expect(mou).toContainText("协定");
  await expect(mou).toContainText("标题");
  await expect(mou.getByTestId("translated-in")).toHaveText("中文");
  await mou.getByRole("link").first().click();
  await expect(page).toHaveURL(new RegExp(`/zh/agreements/${MOU}$`));
  await page.goto("/zh/admin/translations");
  await expectNoAxeViolations(page);
  // On a phone the table scrolls inside its frame; its visually hidden headers never widen the page.
  await page.setViewportSize({ width: 390, height: 900 });
  await expectNoHorizontalScroll(page);
  await page.setViewportSize({ width: 1280, height: 720 });
  // Each row leads to the record's edit form, where an editor puts in the official form.
  await mou.getByTestId("fill-in").click();
  await expect(page).toHaveURL(/\/zh\/edit\/Agreement\//);
  await page.getByLabel("标题（中文）").fill("中韩环境与气候合作谅解备忘录（修订）");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByTestId("edit-form-message")).toHaveText("已保存。");
  await page.goto("/zh/admin/translations");
  // The title is no longer the tracker's translation; the summaries still are.
  const rows = page.getByTestId("missing-row").filter({ hasText: MOU });
  await expect(rows).toContainText("摘要");
  await expect(rows).not.toContainText("标题");
});
