import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { vocabularyOf } from "@/lib/i18n/field-vocabularies";
import { ROLES } from "@/lib/roles";
import { EDITABLE_ENTITIES } from "@/lib/schemas/record-edit";
import { AGREEMENT_STATUSES, IMPLEMENTATION_STATUSES, LOCALES } from "@/lib/schemas/vocab";
import { PASSWORD_LOG_VALUES } from "@/lib/server/auth/password-log";

/** The message `<namespace>.<key…>` in a locale's catalogues (lib/i18n/messages/<locale>/<namespace>.json). */
function message(locale: string, key: string): unknown {
  const [ns = "", ...rest] = key.split(".");
  const file = path.resolve(__dirname, "../../lib/i18n/messages", locale, `${ns}.json`);
  let node: unknown = JSON.parse(fs.readFileSync(file, "utf8"));
  for (const part of rest) node = (node as Record<string, unknown> | undefined)?.[part];
  return node;
}

const FIELDS = ["kind", "status", "side", "format", "level", "cadence", "trust", "stance", "relation", "language"];

describe("vocabularyOf", () => {
  it("gives each kind of record its own kinds and statuses", () => {
    expect(vocabularyOf("Agreement", "status")).toEqual([AGREEMENT_STATUSES, "agreementStatus"]);
    expect(vocabularyOf("PlanItem", "status")).toEqual([IMPLEMENTATION_STATUSES, "status"]);
    expect(vocabularyOf("Dialogue", "kind")).toBeUndefined();
    expect(vocabularyOf("Agreement", "titleEn")).toBeUndefined();
    expect(vocabularyOf("Agreement", "toString")).toBeUndefined();
  });

  it("names a staff account's role and password reset in words, and nothing else of an account", () => {
    expect(vocabularyOf("User", "role")).toEqual([ROLES, "users.roles"]);
    expect(vocabularyOf("User", "email")).toBeUndefined();
    expect(vocabularyOf("User", "status")).toBeUndefined();
    expect(vocabularyOf("User", "password")).toEqual([PASSWORD_LOG_VALUES, "users.passwordLog"]);
    for (const locale of LOCALES) {
      for (const role of ROLES)
        expect(typeof message(locale, `users.roles.${role}`), `${locale} ${role}`).toBe("string");
      for (const value of PASSWORD_LOG_VALUES)
        expect(typeof message(locale, `users.passwordLog.${value}`), `${locale} ${value}`).toBe("string");
    }
  });

  it("has a word for every value in every language", () => {
    for (const entity of EDITABLE_ENTITIES) {
      for (const field of FIELDS) {
        const vocabulary = vocabularyOf(entity, field);
        if (!vocabulary) continue;
        const [words, ns] = vocabulary;
        for (const locale of LOCALES)
          for (const word of words)
            expect(typeof message(locale, `${ns}.${word}`), `${locale} ${ns}.${word}`).toBe("string");
      }
    }
  });
});
