/**
 * Issue 18: a footnote mark leads to its citation, and the citation leads back to the
 * mark. A citation of a field the page does not show (a Korean name on the English
 * page, say) has no mark, so it gets no link back rather than a dead one.
 */
import { expect, test } from "@playwright/test";
import { e2eDb } from "./helpers";

/** The ids in an HTML page: marks (`mark-…`), links back (`#mark-…`), and marks' links to their citations (`#cite-…`). */
function footnotes(html: string) {
  const all = (re: RegExp) => [...html.matchAll(re)].map((m) => m[1] as string);
  return {
    markIds: all(/\sid="mark-([^"]+)"/g),
    backLinks: all(/href="#mark-([^"]+)"/g),
    markLinks: all(/href="#cite-([^"]+)"/g),
    citations: all(/\sid="cite-([^"]+)"/g),
  };
}

test("on every record page, each link back has its mark and each mark's citation links back", async ({ request }) => {
  test.setTimeout(180_000);
  const db = e2eDb();
  const live = { archivedAt: null };
  const [agreements, ministries, dialogues, plans] = await Promise.all([
    db.agreement.findMany({ where: live, select: { slug: true } }),
    db.ministry.findMany({ where: live, select: { slug: true } }),
    db.dialogue.findMany({ where: live, select: { slug: true } }),
    db.actionPlan.findMany({ where: live, select: { slug: true } }),
  ]);
  await db.$disconnect();
  const paths = [
    ...agreements.map((r) => `/agreements/${r.slug}`),
    ...ministries.map((r) => `/ministries/${r.slug}`),
    ...dialogues.map((r) => `/dialogues/${r.slug}`),
    ...plans.map((r) => `/plans/${r.slug}`),
    // The records in full, where the lists a page shortens (meetings, items) are whole.
    ...dialogues.map((r) => `/dialogues/${r.slug}/all`),
    ...plans.map((r) => `/plans/${r.slug}/all`),
  ];
  // Every record in English; those of the other pages' journeys in Korean and Chinese too.
  const checked = [...paths, ...["/ko", "/zh"].flatMap((l) => paths.slice(0, 3).map((p) => l + p))];
  let links = 0;
  for (const path of checked) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    const f = footnotes(await res.text());
    // One anchor per citation, never two elements with one id.
    expect(new Set(f.markIds).size, `${path}: duplicate mark ids`).toBe(f.markIds.length);
    // Every link back lands on a mark, and every marked citation links back.
    expect(new Set(f.backLinks), path).toEqual(new Set(f.markIds));
    expect(new Set(f.markLinks), path).toEqual(new Set(f.markIds));
    for (const id of f.markIds) expect(f.citations, `${path}: mark ${id} has no citation`).toContain(id);
    links += f.backLinks.length;
  }
  // Not vacuous: the seed's record pages carry many marks.
  expect(links).toBeGreaterThan(100);
});

for (const locale of ["", "/ko", "/zh"]) {
  test(`a reader follows a mark to its source and back (${locale || "/en"})`, async ({ page }) => {
    await page.goto(`${locale}/agreements/environmental-cooperation-mou-2026`);
    const mark = page.locator("main sup a[id^='mark-']").first();
    const id = (await mark.getAttribute("id"))?.replace(/^mark-/, "");
    expect(id).toBeTruthy();
    await mark.click();
    await expect(page).toHaveURL(new RegExp(`#cite-${id}$`));
    const citation = page.locator(`#cite-${id}`);
    await expect(citation).toBeInViewport();
    await citation.locator(`a[href="#mark-${id}"]`).click();
    await expect(page).toHaveURL(new RegExp(`#mark-${id}$`));
    await expect(mark).toBeInViewport();
    expect(await mark.evaluate((el) => el.matches(":target"))).toBe(true);
  });
}

test("a status update's mark inside a closed history opens it on the way back", async ({ page }) => {
  // The plan in full: the items with status updates come after the page's first screenful.
  await page.goto("/plans/clear-sky-plan/all");
  // A link back whose mark sits in a status history (a <details>, closed).
  const target = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLAnchorElement>("aside a[href^='#mark-']")]
      .map((a) => a.getAttribute("href") ?? "")
      .find((href) => document.querySelector(href)?.closest("details:not([open])")),
  );
  expect(target).toBeTruthy();
  if (!target) return;
  await page.locator(`aside a[href="${target}"]`).click();
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  await expect(page.locator(target)).toBeVisible();
  await expect(page.locator(target)).toBeInViewport();
});

test("a record's first screenful draws its first citations in full and the rest as field and source, all in full a click away", async ({
  page,
}) => {
  const path = "/agreements/environmental-cooperation-mou-2026";
  await page.goto(path);
  const cards = page.locator("aside li.cit");
  const total = await cards.count();
  // Not vacuous: this agreement has more citations than a first screenful draws.
  expect(total).toBeGreaterThan(10);
  // The first few carry their evidence: a quote, or what the source says in our words.
  await expect(cards.first().locator("blockquote, .cit-p")).toHaveCount(1);
  // The last is brief: its number (linking back where it is marked), field and source; no evidence.
  const last = cards.last();
  await expect(last.locator("blockquote, .cit-p, .cit-n")).toHaveCount(0);
  await expect(last.locator(".cit-s a[href*='/sources/']")).toHaveCount(1);
  // Its anchor still takes a mark's link, so every mark on the page lands on a citation.
  const lastId = await last.getAttribute("id");
  expect(lastId).toBe(`cite-${total}`);

  await page.getByRole("link", { name: `All ${total} citations in full` }).click();
  await expect(page).toHaveURL(new RegExp(`${path}/all#sources-heading$`));
  const full = page.locator("aside li.cit");
  await expect(full).toHaveCount(total);
  await expect(full.last().locator("blockquote, .cit-p")).toHaveCount(1);
  await expect(page.getByRole("link", { name: /citations in full/ })).toHaveCount(0);
});
