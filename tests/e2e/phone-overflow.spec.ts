import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectNoAxeViolations, PUBLIC_PAGES } from "./helpers";

/**
 * Phones and zoom (issue 18): no public page scrolls sideways at 320 and 390 px, or at
 * 720 px (a 1440-px laptop at 200% zoom), in any language; the main menu is reachable
 * on a phone, with JavaScript and without it.
 */

const WIDTHS = [320, 390, 720] as const;
const LANGUAGES = ["", "/ko", "/zh"] as const;

/** Every kind of public page, one record of each; the source's id is read from /sources. */
const PAGES = [...PUBLIC_PAGES, "/changes", "/open-data", "/search?q=carbon"];

/** The main menu's links, in order, as the English header shows them. */
const MENU = [
  ["Agreements", "/agreements"],
  ["Ministries", "/ministries"],
  ["Dialogues", "/dialogues"],
  ["Plans", "/plans"],
  ["Timeline", "/timeline"],
  ["Status", "/status"],
  ["Sources", "/sources"],
  ["Search", "/search"],
] as const;

/**
 * How far the page is wider than the viewport, and if it is, the element that sticks
 * out furthest (not inside a box that scrolls or clips it; of a box and what it holds
 * ending at the same place, the innermost), named by tag, id, test id, classes and
 * text, so the failure says what to fix.
 */
function measureOverflow(page: Page) {
  return page.evaluate(() => {
    const viewport = window.innerWidth;
    const overflow = document.documentElement.scrollWidth - viewport;
    if (overflow <= 0) return { overflow, culprit: "" };
    const clipped = (el: Element) => {
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        if (getComputedStyle(a).overflowX !== "visible") return true;
      }
      return false;
    };
    let worst: { el: Element; right: number } | undefined;
    for (const el of document.body.querySelectorAll("*")) {
      // Text running past its box (an unbreakable path) counts as the box's own overflow;
      // a box that scrolls or clips keeps it in.
      const box = el.getBoundingClientRect();
      const spills = getComputedStyle(el).overflowX === "visible";
      const right = spills ? Math.max(box.right, box.left + el.scrollWidth) : box.right;
      if (right > viewport + 0.5 && (!worst || right >= worst.right) && !clipped(el)) worst = { el, right };
    }
    if (!worst) return { overflow, culprit: "(no single element)" };
    const { el, right } = worst;
    const testId = el.getAttribute("data-testid");
    const name = [
      el.tagName.toLowerCase(),
      el.id ? `#${el.id}` : "",
      testId ? `[data-testid=${testId}]` : "",
      typeof el.className === "string" && el.className ? `.${el.className.trim().split(/\s+/).join(".")}` : "",
    ].join("");
    const text = (el.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 60);
    return { overflow, culprit: `${name} "${text}" ends at ${Math.round(right)}px` };
  });
}

async function sourcePage(page: Page) {
  await page.goto("/sources");
  const href = await page.getByTestId("source-card").first().getByRole("link").first().getAttribute("href");
  expect(href).toMatch(/^\/sources\/./);
  return href as string;
}

test.describe("nothing scrolls sideways on a phone or at 200% zoom", () => {
  for (const prefix of LANGUAGES) {
    test(`every public page in ${prefix || "/"} at ${WIDTHS.join(", ")} px`, async ({ page }) => {
      test.setTimeout(180_000);
      const paths = [...PAGES, await sourcePage(page)];
      const failures: string[] = [];
      for (const path of paths) {
        const url = prefix && path === "/" ? prefix : `${prefix}${path}`;
        // One load per page; each width is the same page reflowed.
        await page.setViewportSize({ width: WIDTHS[0], height: 800 });
        await page.goto(url);
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 800 });
          const { overflow, culprit } = await measureOverflow(page);
          if (overflow > 0) failures.push(`${url} at ${width}px is ${overflow}px too wide: ${culprit}`);
        }
      }
      expect(failures).toEqual([]);
    });
  }
});

/** Opens the folded menu (when the page shows one) and follows each link in turn. */
async function followEveryMenuLink(page: Page) {
  for (const [name, path] of MENU) {
    await page.goto("/");
    const button = page.getByTestId("menu").locator("summary");
    await expect(button).toBeVisible();
    await button.click();
    const nav = page.getByRole("navigation", { name: "Main" });
    await nav.getByRole("link", { name, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
}

test.describe("the main menu on a 390-pixel-wide phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("folds into a menu button whose every link leads to its page", async ({ page }) => {
    await page.goto("/");
    // Folded: the links are hidden until the button opens them.
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Status" })).toBeHidden();
    await followEveryMenuLink(page);
  });

  test("opens in Korean and Chinese too, and the header passes axe open and closed", async ({ page }) => {
    for (const [prefix, status] of [
      ["/ko", "이행 현황"],
      ["/zh", "落实情况"],
    ] as const) {
      await page.goto(prefix);
      await expectNoAxeViolations(page, "header");
      const button = page.getByTestId("menu").locator("summary");
      await button.click();
      const link = page.getByRole("navigation", { name: /주 메뉴|主导航/ }).getByRole("link", { name: status });
      await expect(link).toBeVisible();
      // Large enough to tap (WCAG 2.5.8 asks for 24 px).
      const box = await link.boundingBox();
      expect(box?.height).toBeGreaterThanOrEqual(24);
      await expectNoAxeViolations(page, "header");
      await link.click();
      await expect(page).toHaveURL(new RegExp(`${prefix}/status$`));
    }
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("the menu button still opens and every link leads to its page", async ({ page }) => {
      await followEveryMenuLink(page);
    });
  });
});

test("on a desktop the whole menu shows in the header and the button does not", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/zh");
  await expect(page.getByTestId("menu")).toBeHidden();
  const nav = page.getByRole("navigation", { name: "主导航" });
  // Every link but Search, which is a search box here.
  await expect(nav.getByRole("link")).toHaveCount(MENU.length - 1);
  await nav.getByRole("link", { name: "来源" }).click();
  await expect(page).toHaveURL(/\/zh\/sources$/);
});

test("the footer links open data, what changed, the calendar and the feed, and each answers", async ({
  page,
  request,
}) => {
  await page.goto("/ko/status");
  const links = page.getByTestId("footer-data-links").getByRole("link");
  await expect(links).toHaveCount(4);
  for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""))) {
    const response = await request.get(href);
    expect(response.status(), href).toBe(200);
  }
});

test.describe("the status counts on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("every count stands beside its status's name, Not assessed and Total included", async ({ page }) => {
    await page.goto("/status");
    const card = page.getByTestId("status-group-row").first();
    for (const name of [/Not assessed$/, /^Total$/]) {
      const label = card.getByText(name);
      await expect(label).toBeVisible();
      const box = await label.boundingBox();
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
    }
  });
});
