import { chromium } from "@playwright/test";
import { CHROMIUM_LAUNCH } from "../tests/chromium";
const browser = await chromium.launch(CHROMIUM_LAUNCH);
const page = await browser.newPage({ viewport: { width: 320, height: 700 } });
for (const path of process.argv.slice(2)) {
  await page.goto(`http://localhost:3310${path}`);
  const out = await page.evaluate(() => {
    const vw = window.innerWidth;
    const res: string[] = [`scrollWidth ${document.documentElement.scrollWidth}`];
    for (const el of document.body.querySelectorAll("*")) {
      const r = el.getBoundingClientRect();
      if (r.right > vw + 0.5) res.push(`${el.tagName} ${el.className} ${Math.round(r.left)}-${Math.round(r.right)} "${(el.textContent ?? "").slice(0, 50)}"`);
    }
    return res.slice(0, 30);
  });
  console.log(path, out.join("\n"));
}
await browser.close();
