import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AgreementFiltersSchema } from "@/lib/schemas/agreement-filters";
import { parseSearchParams, toQueryString } from "@/lib/schemas/search-params";

const parse = (raw: Record<string, string | string[]>) => parseSearchParams(AgreementFiltersSchema, raw);

describe("agreement filters in the URL", () => {
  it("reads a full, valid state", () => {
    const { values, errors } = parse({
      q: " carbon market ",
      sector: "environment-climate",
      ministry: ["mcee", "mee-china"],
      side: "CN",
      kind: "mou",
      status: "signed",
      from: "2014",
      to: "2026",
      sort: "title",
      page: "2",
    });
    expect(errors).toEqual([]);
    expect(values).toMatchObject({
      q: "carbon market",
      ministry: ["mcee", "mee-china"],
      side: "CN",
      from: 2014,
      to: 2026,
      page: 2,
    });
  });

  it("defaults to page 1 and no filters", () => {
    const { values, errors } = parse({});
    expect(errors).toEqual([]);
    expect(values).toMatchObject({ page: 1, ministry: [], q: undefined, status: undefined });
  });

  it("names each bad field and keeps the good ones", () => {
    const { values, errors } = parse({ from: "abc", status: "nonsense", kind: "mou", page: "-3" });
    expect(errors.map((e) => e.field).sort()).toEqual(["from", "page", "status"]);
    expect(errors.find((e) => e.field === "status")?.message).toMatch(/must be one of: proposed/);
    expect(errors.find((e) => e.field === "from")?.message).toMatch(/year/);
    expect(values.kind).toBe("mou");
    expect(values.status).toBeUndefined();
    expect(values.page).toBe(1);
  });

  it("refuses a 10,000-character query with a message, not an exception", () => {
    const { values, errors } = parse({ q: "x".repeat(10_000) });
    expect(errors).toEqual([
      { field: "q", code: "tooLong", values: { max: 200 }, message: "is too long: at most 200 characters" },
    ]);
    expect(values.q).toBeUndefined();
  });

  it("gives each problem a stable code and its values, for the page to say in the reader's language", () => {
    const { errors } = parse({ status: "nonsense", from: "1800", page: "0", ministry: Array(11).fill("a") });
    const byField = Object.fromEntries(errors.map((e) => [e.field, { code: e.code, values: e.values }]));
    expect(byField).toEqual({
      status: { code: "notOneOf", values: { allowed: "proposed, signed, in_force, expired, superseded, terminated" } },
      from: { code: "yearRange", values: { min: 1900, max: 2100 } },
      page: { code: "tooSmall", values: { min: 1 } },
      ministry: { code: "tooMany", values: { max: 10 } },
    });
    expect(errors.find((e) => e.field === "page")?.message).toBe("must be 1 or more");
  });

  it("reports a schema's own plain message as invalid rather than leaking it", () => {
    const { errors } = parseSearchParams(z.object({ n: z.string().min(3, { error: "whatever" }) }), { n: "a" });
    expect(errors).toEqual([{ field: "n", code: "invalid", values: {}, message: "is not valid" }]);
  });

  it("refuses slugs that are not slugs", () => {
    const { errors } = parse({ sector: "<script>", ministry: ["ok", "../etc"] });
    expect(errors.map((e) => e.field).sort()).toEqual(["ministry", "sector"]);
  });

  it("treats blank values as absent", () => {
    const { values, errors } = parse({ q: "", side: "", from: "" });
    expect(errors).toEqual([]);
    expect(values.side).toBeUndefined();
  });

  it("round-trips through a query string", () => {
    expect(toQueryString({ q: "탄소 시장", ministry: ["a", "b"], page: 1, side: undefined })).toBe(
      "?q=%ED%83%84%EC%86%8C+%EC%8B%9C%EC%9E%A5&ministry=a&ministry=b&page=1",
    );
  });
});
