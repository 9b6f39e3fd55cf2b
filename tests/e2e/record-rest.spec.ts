/**
 * Issue 19: a record's page shows the first screenful of each long list, with a link to
 * the rest on the record in full (`/<list>/<slug>/all`), which shows every one. Plain
 * links, so they work with JavaScript off; the rows left off the page keep their anchors,
 * so links from elsewhere to a meeting or an item still land on it.
 */
import { expect, test } from "@playwright/test";

test.use({ javaScriptEnabled: false });

test("a dialogue shows its latest meetings in full, the earlier ones a line each, and all of them in full behind a link", async ({
  page,
}) => {
  await page.goto("/dialogues/environment-ministers-annual-meeting");
  const meetings = page.getByTestId("meeting");
  const total = await meetings.count();
  expect(total).toBeGreaterThan(3);
  // Three in full (a heading each), the rest a line linking to it on the dialogue in full.
  await expect(page.locator("[data-testid=meeting]:has(h3)")).toHaveCount(3);
  const earlier = meetings.filter({ hasNot: page.locator("h3") }).first();
  const id = await earlier.getAttribute("id");
  await expect(earlier.getByRole("link")).toHaveAttribute(
    "href",
    `/dialogues/environment-ministers-annual-meeting/all#${id}`,
  );

  await page.getByRole("link", { name: `All ${total} meetings in full →` }).click();
  await expect(page).toHaveURL(/\/dialogues\/environment-ministers-annual-meeting\/all#meetings-heading$/);
  await expect(page.locator("[data-testid=meeting]:has(h3)")).toHaveCount(total);
  await expect(page.locator(`#${id} h3`)).toBeVisible();
  await expect(page.getByRole("link", { name: /All \d+ meetings in full/ })).toHaveCount(0);
});

test("a plan shows its first items in full and the rest a line each; the plan in full shows every item", async ({
  page,
}) => {
  await page.goto("/plans/clear-sky-plan");
  const items = page.getByTestId("plan-item");
  const total = await items.count();
  const inFull = page.locator("[data-testid=plan-item]:has(h3)");
  expect(await inFull.count()).toBeLessThan(total);
  await page.getByRole("link", { name: `All ${total} items in full →` }).click();
  await expect(page).toHaveURL(/\/plans\/clear-sky-plan\/all#items-heading$/);
  await expect(inFull).toHaveCount(total);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Clear Sky/);
});

test("a record's timeline shows the dates around today, and all of them on the record in full, in Korean too", async ({
  page,
}) => {
  for (const prefix of ["", "/ko"]) {
    await page.goto(`${prefix}/ministries/government-korea`);
    const rest = page.locator("section:has(#timeline-heading) p.rest a");
    await expect(rest).toHaveCount(1);
    const shown = await page.locator("section:has(#timeline-heading) li[data-kind]").count();
    const total = Number((await rest.textContent())?.match(/\d+/)?.[0]);
    expect(shown).toBe(8);
    expect(total).toBeGreaterThan(shown);
    await rest.click();
    await expect(page).toHaveURL(new RegExp(`${prefix}/ministries/government-korea/all#timeline-heading$`));
    await expect(page.locator("section:has(#timeline-heading) li[data-kind]")).toHaveCount(total);
    await expect(page.locator("section:has(#timeline-heading) p.rest")).toHaveCount(0);
  }
});
