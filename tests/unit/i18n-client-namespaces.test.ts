import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_NAMESPACES } from "@/lib/i18n/messages";

function clientFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return clientFiles(file);
    return /\.tsx?$/.test(name) && /^["']use client["']/m.test(readFileSync(file, "utf8")) ? [file] : [];
  });
}

/** Namespaces a client file reads: useTranslations("ns…"), or t("ns.…") after useTranslations(). */
function namespacesUsed(source: string): string[] {
  const scoped = [...source.matchAll(/useTranslations\(\s*["'`]([A-Za-z]+)/g)].map((m) => m[1] as string);
  const unscoped = /useTranslations\(\s*\)/.test(source)
    ? [...source.matchAll(/\bt\(\s*["'`]([A-Za-z]+)\./g)].map((m) => m[1] as string)
    : [];
  return [...new Set([...scoped, ...unscoped])];
}

describe("messages sent to the browser", () => {
  const files = [...clientFiles("app"), ...clientFiles("components")];

  it("finds the client components", () => {
    expect(files.length).toBeGreaterThan(3);
  });

  it.each(files)("%s reads only namespaces ClientMessages sends", (file) => {
    const missing = namespacesUsed(readFileSync(file, "utf8")).filter(
      (ns) => !(CLIENT_NAMESPACES as readonly string[]).includes(ns),
    );
    expect(missing).toEqual([]);
  });
});
