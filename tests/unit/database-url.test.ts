import { describe, expect, it } from "vitest";
import { isPostgresUrl, poolConfig } from "@/lib/server/db/postgres";
import { parseEnv } from "@/lib/server/env";

describe("DATABASE_URL chooses the database", () => {
  it.each([
    ["file:./data/tracker.db", false],
    ["postgres://tracker@db:5432/tracker", true],
    ["postgresql://tracker:secret@db.internal/tracker?sslmode=require", true],
    ["POSTGRESQL://tracker@db/tracker", true],
  ])("accepts %s (PostgreSQL: %s)", (url, postgres) => {
    expect(parseEnv({ DATABASE_URL: url }).DATABASE_URL).toBe(url);
    expect(isPostgresUrl(url)).toBe(postgres);
  });

  it.each([
    ["another database", "mysql://root@localhost/tracker"],
    ["a bare path", "./data/tracker.db"],
    ["an empty value", ""],
    ["script injection", "<script>alert(1)</script>"],
    ["Korean text", "데이터베이스"],
  ])("refuses %s, naming the variable and both accepted forms", (_, url) => {
    expect(() => parseEnv({ DATABASE_URL: url })).toThrow(/DATABASE_URL: .*file:.*postgresql:\/\//);
  });

  it("defaults to the SQLite file", () => {
    expect(parseEnv({}).DATABASE_URL).toBe("file:./data/tracker.db");
  });
});

describe("poolConfig", () => {
  it("spells out the URL's parts, decoding the password, with the pool size and TLS it asks for", () => {
    const config = poolConfig(
      "postgresql://tracker:p%40ss%3Aword@db.internal:6543/tracker?sslmode=require&connection_limit=4",
    );
    expect(config).toMatchObject({
      host: "db.internal",
      port: 6543,
      user: "tracker",
      password: "p@ss:word",
      database: "tracker",
      max: 4,
      ssl: { rejectUnauthorized: false },
    });
  });

  it("defaults the port, the database and the pool, and connects through a socket folder given as host=", () => {
    const config = poolConfig("postgresql://tracker@localhost?host=/run/postgresql");
    expect(config).toMatchObject({ host: "/run/postgresql", port: 5432, database: "postgres", max: 10 });
    expect(config.ssl).toBeUndefined();
    expect(poolConfig("postgresql://a@h/d?sslmode=verify-full").ssl).toEqual({ rejectUnauthorized: true });
  });
});
