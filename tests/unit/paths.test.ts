import { describe, expect, it } from "vitest";
import { getPathname, stripLocale } from "@/lib/i18n/paths";

describe("localised paths", () => {
  it("leaves English unprefixed and prefixes Korean and Chinese", () => {
    expect(getPathname({ href: "/agreements", locale: "en" })).toBe("/agreements");
    expect(getPathname({ href: "/agreements", locale: "ko" })).toBe("/ko/agreements");
    expect(getPathname({ href: "/", locale: "zh" })).toBe("/zh");
    expect(getPathname({ href: "/", locale: "en" })).toBe("/");
  });

  it("keeps queries and fragments, on the home page too", () => {
    expect(getPathname({ href: "/plans/x#item-5", locale: "ko" })).toBe("/ko/plans/x#item-5");
    expect(getPathname({ href: "/?a=1", locale: "zh" })).toBe("/zh?a=1");
    expect(getPathname({ href: "/#top", locale: "ko" })).toBe("/ko#top");
  });

  it("serialises a query object, repeated and non-ASCII values included", () => {
    expect(
      getPathname({
        href: { pathname: "/agreements", query: { ministry: ["a", "b"], q: "탄소 市场", page: undefined } },
        locale: "ko",
      }),
    ).toBe("/ko/agreements?ministry=a&ministry=b&q=%ED%83%84%EC%86%8C+%E5%B8%82%E5%9C%BA");
  });

  it("never prefixes other origins, protocol-relative URLs or fragments, and ignores unknown locales", () => {
    expect(getPathname({ href: "https://example.org/x", locale: "ko" })).toBe("https://example.org/x");
    expect(getPathname({ href: "//evil.example/x", locale: "ko" })).toBe("//evil.example/x");
    expect(getPathname({ href: "#sources", locale: "zh" })).toBe("#sources");
    expect(getPathname({ href: "/agreements", locale: "fr" })).toBe("/agreements");
  });

  it("strips a language prefix from a browser path, and only a whole segment", () => {
    expect(stripLocale("/ko/agreements")).toBe("/agreements");
    expect(stripLocale("/zh")).toBe("/");
    expect(stripLocale("/en/timeline")).toBe("/timeline");
    expect(stripLocale("/kookmin")).toBe("/kookmin");
    expect(stripLocale("/agreements")).toBe("/agreements");
  });
});
