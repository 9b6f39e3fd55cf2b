import { describe, expect, it } from "vitest";
import { textInput, WebAddressSchema } from "@/lib/schemas/vocab";

describe("textInput", () => {
  it("keeps any script as typed and refuses NUL wherever it is", () => {
    expect(textInput().parse("미세먼지 <b>清洁</b>")).toBe("미세먼지 <b>清洁</b>");
    for (const value of ["\u0000", "a\u0000", "\u0000a", "a\u0000b"]) {
      expect(textInput().safeParse(value).error?.issues[0]?.message).toBe("must not contain a NUL character");
    }
  });
});

describe("WebAddressSchema", () => {
  it("accepts http and https addresses, trimmed, and stores exactly what it checked", () => {
    expect(WebAddressSchema.parse("  https://example.org/report?a=1  ")).toBe("https://example.org/report?a=1");
    expect(WebAddressSchema.parse("http://예시.kr/보고서")).toBe("http://예시.kr/보고서");
  });

  it("refuses spaces, control and format characters inside (URL parsing would drop some; U+202E reverses how it reads)", () => {
    for (const value of [
      "https://example.org/a\tb",
      "https://exa\nmple.org/",
      "https://example.org/a b",
      "https://example.org/\u0000",
      "\u0000https://example.org/",
      "https://example.org/\u007f",
      "https://example.org/\u202Egpj.exe",
      "https://exa\u200Bmple.org/",
      "https://example.org/\u2066x\u2069",
    ]) {
      expect(WebAddressSchema.safeParse(value).error?.issues[0]?.message, JSON.stringify(value)).toBe(
        "must not contain spaces, control or format characters",
      );
    }
  });

  it("refuses other schemes, bare words and over-long addresses by what is wrong", () => {
    for (const value of ["javascript:alert(1)", "ftp://example.org/", "example.org", "https:/example.org"]) {
      expect(WebAddressSchema.safeParse(value).error?.issues[0]?.message, value).toBe(
        "must be a web address starting with http:// or https://",
      );
    }
    expect(WebAddressSchema.safeParse(`https://example.org/${"a".repeat(2000)}`).error?.issues[0]?.message).toBe(
      "is too long",
    );
  });
});
