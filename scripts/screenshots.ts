/**
 * Screenshots of pages at phone (390 px) and desktop (1440 px) widths, for looking
 * at what we build as its readers will: `npx tsx scripts/screenshots.ts [base-url] [path…]`.
 * Writes screenshots/<name>-<width>.png (gitignored). Staff pages: set
 * SCREENSHOT_LOGIN=email:password to sign in first.
 */
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";
import { CHROMIUM_LAUNCH } from "../tests/chromium";

const [base = "http://localhost:3000", ...paths] = process.argv.slice(2);
const pages = paths.length > 0 ? paths : ["/", "/agreements", "/timeline", "/status"];

mkdirSync("screenshots", { recursive: true });
const browser = await chromium.launch(CHROMIUM_LAUNCH);
for (const width of [390, 1440]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const login = process.env.SCREENSHOT_LOGIN;
  if (login) {
    const [email = "", ...rest] = login.split(":");
    await page.goto(`${base}/login`);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(rest.join(":"));
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByTestId("signed-in").waitFor();
  }
  for (const path of pages) {
    await page.goto(base + path, { waitUntil: "networkidle" });
    const name = path.replace(/[^a-z0-9]+/gi, "_").replace(/^_|_$/g, "") || "home";
    await page.screenshot({ path: `screenshots/${name}-${width}.png`, fullPage: true });
    console.log(`screenshots/${name}-${width}.png`);
    if (width < 600) {
      // A phone page is long: also save it a screen at a time, to read at full size.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      for (let y = 0, i = 1; y < height && i <= 6; y += 900, i++) {
        await page.screenshot({
          path: `screenshots/${name}-${width}-${i}.png`,
          fullPage: true,
          clip: { x: 0, y, width, height: Math.min(900, height - y) },
        });
      }
    }
  }
  await page.close();
}
await browser.close();
