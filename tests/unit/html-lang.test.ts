/**
 * Record text in another language than the page's is tagged with `lang`; the tag
 * must be the one <html lang> uses (zh-Hans for Chinese, never bare "zh"), so a
 * Chinese page's own text and a Chinese fallback on another page read alike.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { HTML_LANG, htmlLang } from "@/lib/i18n/routing";

async function sourceFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await sourceFiles(full)));
    else if (entry.name.endsWith(".tsx")) out.push(full);
  }
  return out;
}

describe("lang attributes", () => {
  it("htmlLang gives the page's tags", () => {
    expect(htmlLang("zh")).toBe("zh-Hans");
    expect(htmlLang("ko")).toBe("ko");
    expect(htmlLang("en")).toBe("en");
    expect(htmlLang(null)).toBeUndefined();
    expect(HTML_LANG.zh).toBe("zh-Hans");
  });

  it("every computed lang attribute in pages and components goes through htmlLang or HTML_LANG", async () => {
    const offenders: string[] = [];
    for (const file of [...(await sourceFiles("app")), ...(await sourceFiles("components"))]) {
      const source = await readFile(file, "utf8");
      for (const m of source.matchAll(/\blang=\{([^}]*)\}/g)) {
        const expr = m[1] ?? "";
        if (!/^(htmlLang\(|HTML_LANG\[)/.test(expr.trim())) offenders.push(`${file}: lang={${expr}}`);
      }
      for (const m of source.matchAll(/\blang="([^"]*)"/g)) {
        if (m[1] === "zh") offenders.push(`${file}: lang="zh"`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
