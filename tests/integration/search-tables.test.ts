/**
 * Plan items have an FTS5 table of their own (lib/server/search/fts.ts); a database
 * indexed before that keeps them in the table the other kinds share, and they move on
 * the first search or indexing, in their order, once. SQLite only: PostgreSQL keeps
 * every kind in one table behind partial indexes.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureSearchIndex, indexRecords, searchRecords } from "@/lib/server/search";
import { createSeededDb, sqliteOnly, type TestDb } from "../helpers/db";

let t: TestDb;
beforeAll(async () => {
  t = await createSeededDb();
});
afterAll(() => t.cleanup());

type Row = { record_id: string };
const itemsInShared = () =>
  t.db.$queryRawUnsafe<Row[]>(
    `SELECT record_id FROM search_fts_records WHERE search_fts_records MATCH 'kind : "item"' ORDER BY rowid`,
  );
const itemsInOwn = () => t.db.$queryRawUnsafe<Row[]>("SELECT record_id FROM search_fts_items ORDER BY rowid");
const othersInShared = () =>
  t.db.$queryRawUnsafe<{ kind: string; n: bigint }[]>(
    "SELECT kind, count(*) AS n FROM search_fts_records GROUP BY kind ORDER BY kind",
  );

describe.skipIf(sqliteOnly("the FTS5 tables are SQLite's"))("plan items' own search table", () => {
  it("holds every item after a seed, and the shared table none", async () => {
    const items = await t.db.planItem.count();
    expect(items).toBeGreaterThan(1);
    expect((await itemsInOwn()).length).toBe(items);
    expect(await itemsInShared()).toEqual([]);
  });

  it("takes over the items of a database indexed before it existed, in their order, once", async () => {
    const before = (await itemsInOwn()).map((r) => r.record_id);
    const others = await othersInShared();
    // The layout before: items in the shared table, no table of their own.
    await t.db.$executeRawUnsafe(
      `INSERT INTO search_fts_records (kind, record_id, title, body)
         SELECT kind, record_id, title, body FROM search_fts_items ORDER BY rowid`,
    );
    await t.db.$executeRawUnsafe("DROP TABLE search_fts_items");
    expect((await itemsInShared()).length).toBe(before.length);

    await ensureSearchIndex(t.db);
    expect((await itemsInOwn()).map((r) => r.record_id)).toEqual(before);
    expect(await itemsInShared()).toEqual([]);
    expect(await othersInShared()).toEqual(others);

    // Again: nothing left to move, nothing doubled.
    await ensureSearchIndex(t.db);
    expect((await itemsInOwn()).length).toBe(before.length);
  });

  it("finds an item, and re-indexes it in its own table only", async () => {
    const item = await t.db.planItem.findFirstOrThrow({ where: { archivedAt: null }, orderBy: { slug: "asc" } });
    const found = await searchRecords(t.db, "item", item.titleEn);
    expect(found?.hits.map((h) => h.id)).toContain(item.id);
    await indexRecords(t.db, "item", [item.id]);
    expect((await itemsInOwn()).filter((r) => r.record_id === item.id)).toHaveLength(1);
    expect(await itemsInShared()).toEqual([]);
    // No other kind's query finds the item.
    const asPlan = await searchRecords(t.db, "plan", item.titleEn);
    expect(asPlan?.hits.map((h) => h.id)).not.toContain(item.id);
  });
});
