/**
 * lib/server/db/direct.ts's reads on connections of our own: `readRowsAside` answers
 * as `readRows` does; while other requests are being answered (as
 * lib/server/cache/serve.mjs counts them) it reads on a worker thread, so that the
 * server's thread is free while a statement runs. It fails as a statement fails, and
 * never keeps a process alive.
 */
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REQUESTS_IN_FLIGHT, readRows, readRowsAside, readRowsBeside } from "@/lib/server/db/direct";
import { createSeededDb, onPostgres, sqliteOnly, type TestDb } from "../helpers/db";

let t: TestDb;
const counted = globalThis as { [REQUESTS_IN_FLIGHT]?: number };

beforeAll(async () => {
  t = await createSeededDb();
  // As serve.mjs counts them while answering this request and another: the worker reads.
  counted[REQUESTS_IN_FLIGHT] = 2;
});
afterAll(async () => {
  delete counted[REQUESTS_IN_FLIGHT];
  await t.cleanup();
});

/** Runs `read` as if the server answered one request only (or ran no server at all). */
async function alone<T>(read: () => Promise<T>): Promise<T> {
  const before = counted[REQUESTS_IN_FLIGHT];
  counted[REQUESTS_IN_FLIGHT] = 1;
  try {
    return await read();
  } finally {
    counted[REQUESTS_IN_FLIGHT] = before;
  }
}

/** A statement that keeps SQLite busy for a while (tens of milliseconds) and returns one row. */
const SLOW =
  "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) SELECT sum(i) AS total FROM n";
const SLOW_STEPS = 1_500_000;

/** How many turns the event loop takes while `read` is answered. */
async function turnsWhile(read: () => Promise<unknown>): Promise<number> {
  let turns = 0;
  let done = false;
  const spin = () => {
    if (done) return;
    turns++;
    setImmediate(spin);
  };
  setImmediate(spin);
  await read();
  done = true;
  return turns;
}

describe("readRowsAside", () => {
  it("answers as readRows does, arguments bound", async () => {
    const sql = `SELECT "id", "slug", "signedOn" FROM "Agreement" WHERE "slug" LIKE ${onPostgres() ? "$1" : "?"} ORDER BY "id"`;
    const inThread = await readRows<{ id: string; slug: string }>(t.db, sql, "%mou%");
    const aside = await readRowsAside<{ id: string; slug: string }>(t.db, sql, "%mou%");
    expect(inThread.length).toBeGreaterThan(0);
    expect(aside).toEqual(inThread);
  });
});

describe.skipIf(
  sqliteOnly("the read worker holds SQLite connections; on PostgreSQL readRowsAside reads through Prisma"),
)("readRowsAside on SQLite's worker", () => {
  it("leaves the event loop free while the statement runs and others wait, where readRows holds it", async () => {
    const [row] = await readRowsAside<{ total: number }>(t.db, SLOW, SLOW_STEPS);
    expect(row?.total).toBe((SLOW_STEPS * (SLOW_STEPS + 1)) / 2);
    // In this thread the statement has run before the first turn; on the worker, the
    // loop turns until the answer comes.
    expect(await turnsWhile(() => readRows(t.db, SLOW, SLOW_STEPS))).toBeLessThanOrEqual(1);
    expect(await turnsWhile(() => readRowsAside(t.db, SLOW, SLOW_STEPS))).toBeGreaterThan(10);
  });

  it("reads in this thread when no other request waits, with the same rows", async () => {
    expect(await alone(() => turnsWhile(() => readRowsAside(t.db, SLOW, SLOW_STEPS)))).toBeLessThanOrEqual(1);
    const sql = 'SELECT "slug" FROM "Agreement" ORDER BY "slug" LIMIT 3';
    expect(await alone(() => readRowsAside(t.db, sql))).toEqual(await readRowsAside(t.db, sql));
  });

  it("reads on the worker beside, even when no other request waits, with the same rows", async () => {
    expect(await alone(() => turnsWhile(() => readRowsBeside(t.db, SLOW, SLOW_STEPS)))).toBeGreaterThan(10);
    const sql = 'SELECT "slug" FROM "Agreement" ORDER BY "slug" LIMIT 3';
    const rows = await alone(() => readRowsBeside<{ slug: string }>(t.db, sql));
    expect(rows).toHaveLength(3);
    expect(rows).toEqual(await readRows(t.db, sql));
    await expect(alone(() => readRowsBeside(t.db, 'SELECT * FROM "NoSuchTable"'))).rejects.toThrow(
      /no such table: NoSuchTable/,
    );
  });

  it("reads beside through the transaction's own connection inside one, seeing its writes", async () => {
    const agreement = await t.db.agreement.findFirstOrThrow({ orderBy: { id: "asc" } });
    const sql = 'SELECT "titleEn" FROM "Agreement" WHERE "id" = ?';
    await expect(
      t.db.$transaction(async (tx) => {
        await tx.agreement.update({ where: { id: agreement.id }, data: { titleEn: "Not yet committed" } });
        expect(await readRowsBeside(tx, sql, agreement.id)).toEqual([{ titleEn: "Not yet committed" }]);
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect(await readRowsBeside(t.db, sql, agreement.id)).toEqual([{ titleEn: agreement.titleEn }]);
  });

  it("answers reads made at once, each with its own rows", async () => {
    const slugs = (
      await readRows<{ slug: string }>(t.db, 'SELECT "slug" FROM "Agreement" ORDER BY "slug" LIMIT 5')
    ).map((r) => r.slug);
    const answers = await Promise.all(
      slugs.map((slug) =>
        readRowsAside<{ slug: string }>(t.db, 'SELECT "slug" FROM "Agreement" WHERE "slug" = ?', slug),
      ),
    );
    expect(answers.map((rows) => rows.map((r) => r.slug))).toEqual(slugs.map((slug) => [slug]));
  });

  it("fails as the statement fails, naming the problem, and reads on afterwards", async () => {
    await expect(readRowsAside(t.db, 'SELECT * FROM "NoSuchTable"')).rejects.toThrow(/no such table: NoSuchTable/);
    await expect(readRowsAside(t.db, 'SELECT "id" FROM "Agreement" WHERE "id" = ?')).rejects.toThrow(
      /Too few parameter values/,
    );
    // Read-only: a write is refused, and nothing is written.
    const before = await t.db.agreement.count();
    await expect(readRowsAside(t.db, 'DELETE FROM "Agreement" RETURNING "id"')).rejects.toThrow(/readonly|read-only/i);
    expect(await t.db.agreement.count()).toBe(before);
    const [row] = await readRowsAside<{ n: number }>(t.db, 'SELECT count(*) AS n FROM "Agreement"');
    expect(row?.n).toBe(before);
  });

  it("reads what is committed, a write included", async () => {
    const agreement = await t.db.agreement.findFirstOrThrow({ orderBy: { id: "asc" } });
    const sql = 'SELECT "titleEn" FROM "Agreement" WHERE "id" = ?';
    await t.db.agreement.update({ where: { id: agreement.id }, data: { titleEn: "Renamed for the read test" } });
    try {
      expect(await readRowsAside(t.db, sql, agreement.id)).toEqual([{ titleEn: "Renamed for the read test" }]);
    } finally {
      await t.db.agreement.update({ where: { id: agreement.id }, data: { titleEn: agreement.titleEn } });
    }
    expect(await readRowsAside(t.db, sql, agreement.id)).toEqual([{ titleEn: agreement.titleEn }]);
  });

  it("lets a script exit once its reads are answered", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "tracker-aside-"));
    try {
      const script = path.join(dir, "read.mts");
      await writeFile(
        script,
        [
          `import { createPrismaClient } from ${JSON.stringify(path.resolve("lib/server/db/prisma.ts"))};`,
          `import { readRowsAside } from ${JSON.stringify(path.resolve("lib/server/db/direct.ts"))};`,
          `const db = createPrismaClient(${JSON.stringify(t.url)});`,
          `(globalThis as Record<symbol, number>)[Symbol.for("tracker.requestsInFlight")] = 2;`,
          `const [row] = await readRowsAside(db, 'SELECT count(*) AS n FROM "Agreement"');`,
          "console.log(JSON.stringify(row));",
          "await db.$disconnect();",
        ].join("\n"),
      );
      // A worker left holding the process would keep it running until the timeout kills it.
      const { stdout } = await promisify(execFile)(
        path.resolve("node_modules/.bin/tsx"),
        ["--conditions=react-server", script],
        { cwd: process.cwd(), timeout: 20_000 },
      );
      expect(JSON.parse(stdout)).toEqual({ n: await t.db.agreement.count() });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 40_000);
});
