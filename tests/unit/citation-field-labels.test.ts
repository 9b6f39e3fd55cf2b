import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/schemas/vocab";
import { seedData } from "../../prisma/seed/data";

/**
 * A citation card names the field it backs ("Signed", "Name (Korean)"), never the
 * column (`signedOn`, `nameKo`): every field a seeded citation cites has a label in
 * every language.
 */

function citedFields(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) citedFields(v, out);
  else if (value && typeof value === "object") {
    for (const [key, v] of Object.entries(value)) {
      if (key === "citations" && Array.isArray(v))
        for (const c of v) if (typeof c?.field === "string") out.add(c.field);
      citedFields(v, out);
    }
  }
  return out;
}

describe("citation field labels", () => {
  const fields = [...citedFields(seedData)].sort();

  it("finds the seed's cited fields", () => {
    expect(fields).toEqual(expect.arrayContaining(["signedOn", "nameKo", "asOf", "assessedOn"]));
  });

  it.each(LOCALES)("every cited field has a label in %s", (locale) => {
    const file = path.resolve(__dirname, `../../lib/i18n/messages/${locale}/fields.json`);
    const labels = JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, unknown>;
    expect(fields.filter((f) => typeof labels[f] !== "string")).toEqual([]);
  });
});
