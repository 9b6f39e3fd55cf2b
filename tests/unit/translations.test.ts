/**
 * Server components' words (lib/i18n/translations.ts): one translator per language and
 * namespace, kept for the process, that says what next-intl's own would say.
 */
import { createTranslator } from "next-intl";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { catalogue, NAMESPACES } from "@/lib/i18n/messages";
import { getTranslations } from "@/lib/i18n/translations";

// The request's language, as next-intl's middleware would have set it.
const request = vi.hoisted(() => ({ locale: "en" }));
vi.mock("next-intl/server", () => ({ getLocale: async () => request.locale }));

/** A value for each argument a message names, of the kind its format wants. */
function argumentsOf(message: string, n: number): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  for (const [, name, type] of message.matchAll(/\{\s*(\w+)\s*(?:,\s*(\w+))?/g)) {
    if (!name || name in args) continue;
    args[name] =
      type === "plural" || type === "number" || type === "selectordinal"
        ? n
        : type === "date" || type === "time"
          ? new Date(Date.UTC(2000 + n, n, n))
          : `x${n}`;
  }
  return args;
}

describe("getTranslations", () => {
  beforeEach(() => {
    request.locale = "en";
  });

  it("speaks the request's language, or the one asked for", async () => {
    request.locale = "ko";
    expect((await getTranslations("nav"))("agreements")).toBe("협정");
    expect((await getTranslations({ locale: "zh", namespace: "nav" }))("agreements")).toBe("协定");
    request.locale = "en";
    expect((await getTranslations("nav"))("agreements")).toBe("Agreements");
  });

  it("speaks English for a language the site has not, as next-intl's request config does", async () => {
    const t = await getTranslations({ locale: "xx", namespace: "nav" });
    expect(t("agreements")).toBe("Agreements");
    expect(t).toBe(await getTranslations({ locale: "en", namespace: "nav" }));
  });

  it("keeps one translator per language and namespace", async () => {
    const first = await getTranslations("agreements");
    expect(await getTranslations("agreements")).toBe(first);
    expect(await getTranslations({ locale: "en", namespace: "agreements" })).toBe(first);
    expect(await getTranslations("nav")).not.toBe(first);
    expect(await getTranslations({ locale: "ko", namespace: "agreements" })).not.toBe(first);
  });

  it("reads keys from the root without a namespace", async () => {
    expect((await getTranslations())("nav.agreements")).toBe("Agreements");
  });

  it("says every message as next-intl's own translator does, arguments and plurals included", async () => {
    for (const locale of ["en", "ko", "zh"]) {
      const messages = await catalogue(locale);
      const theirs = createTranslator({ locale, messages, timeZone: "Asia/Seoul" });
      const ours = await getTranslations({ locale });
      let compared = 0;
      for (const ns of NAMESPACES) {
        for (const [key, message] of Object.entries(messages[ns] as Record<string, unknown>)) {
          if (typeof message !== "string" || /<\w+>/.test(message)) continue;
          // The same arguments twice: a kept translator must not answer from the first call.
          for (const n of [1, 7]) {
            const args = argumentsOf(message, n);
            expect(ours(`${ns}.${key}` as never, args as never)).toBe(theirs(`${ns}.${key}` as never, args as never));
          }
          compared++;
        }
      }
      expect(compared).toBeGreaterThan(300);
    }
  });
});
