import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { POSTGRES_SCHEMA, postgresSchemaFrom, SQLITE_SCHEMA } from "@/scripts/lib/pg-schema";

const sqlite = readFileSync(SQLITE_SCHEMA, "utf8");

describe("the PostgreSQL schema made from prisma/schema.prisma", () => {
  it("is committed exactly as scripts/pg-schema.ts makes it (npm run db:pg:sync otherwise)", () => {
    expect(readFileSync(POSTGRES_SCHEMA, "utf8")).toBe(postgresSchemaFrom(sqlite));
  });

  it("changes the provider and the client's folder, and nothing else", () => {
    const made = postgresSchemaFrom(sqlite);
    expect(made).toMatch(/datasource db \{\s*provider = "postgresql"/);
    expect(made).toContain('output       = "../../lib/generated/prisma-pg"');
    expect(made).not.toContain('"sqlite"');
    const body = (text: string) =>
      text.slice(text.indexOf("// ---------------------------------------------------------------- reference data"));
    expect(body(made)).toBe(body(sqlite));
  });

  it("follows a change to the SQLite schema, so the committed copy then fails the first check", () => {
    const changed = sqlite.replace("model Sector {\n", "model Sector {\n  colour String?\n");
    expect(postgresSchemaFrom(changed)).toContain("colour String?");
    expect(postgresSchemaFrom(changed)).not.toBe(readFileSync(POSTGRES_SCHEMA, "utf8"));
  });

  it.each([
    ["a datasource that is not SQLite", sqlite.replace('provider = "sqlite"', 'provider = "mysql"'), "datasource"],
    ["a client generated elsewhere", sqlite.replace('"../lib/generated/prisma"', '"./client"'), "generator client"],
    ["two SQLite datasources", `${sqlite}\ndatasource db {\n  provider = "sqlite"\n}\n`, "found 2"],
  ])("refuses %s, saying what it expected", (_, text, message) => {
    expect(() => postgresSchemaFrom(text)).toThrow(message);
  });
});
