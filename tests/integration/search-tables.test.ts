/**
 * The FTS5 tables as lib/server/search/fts.ts makes them: plan items in a table of
 * their own, and prefix indexes on every table. A database indexed before either
 * change is brought up to date on the first search or indexing, once, its rows and
 * their order kept. SQLite only: PostgreSQL keeps every kind in one table behind
 * partial indexes.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ensureSearchIndex,
  indexRecords,
  SEARCH_KINDS,
  type SearchKind,
  searchEverything,
  searchRecords,
} from "@/lib/server/search";
import { MAX_SEARCH_HITS } from "@/lib/server/search/fts";
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

  it("makes a table made before the prefix indexes again with them, every row and rowid kept", async () => {
    const rows = () =>
      t.db.$queryRawUnsafe<{ rowid: bigint; record_id: string; title: string }[]>(
        "SELECT rowid, record_id, title FROM search_fts ORDER BY rowid",
      );
    const definition = async () =>
      (await t.db.$queryRawUnsafe<{ sql: string }[]>("SELECT sql FROM sqlite_master WHERE name = 'search_fts'"))[0]
        ?.sql ?? "";
    const before = await rows();
    expect(await definition()).toContain("prefix = '1 2'");
    // The table as it was made before: no prefix option.
    await t.db.$executeRawUnsafe(
      `CREATE VIRTUAL TABLE old_fts USING fts5(kind UNINDEXED, record_id UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 0')`,
    );
    await t.db.$executeRawUnsafe(
      "INSERT INTO old_fts (rowid, kind, record_id, title, body) SELECT rowid, kind, record_id, title, body FROM search_fts",
    );
    await t.db.$executeRawUnsafe("DROP TABLE search_fts");
    await t.db.$executeRawUnsafe("ALTER TABLE old_fts RENAME TO search_fts");
    expect(await definition()).not.toContain("prefix");

    await ensureSearchIndex(t.db);
    expect(await definition()).toContain("prefix = '1 2'");
    expect(await rows()).toEqual(before);
    const leftOver = await t.db.$queryRawUnsafe<{ name: string }[]>(
      "SELECT name FROM sqlite_master WHERE name LIKE '%rebuilt%' OR name LIKE 'old_fts%'",
    );
    expect(leftOver).toEqual([]);
    const found = await searchRecords(t.db, "agreement", "carbon market");
    expect(found?.hits.length).toBeGreaterThan(0);
  });
});

/** The kinds sharing search_fts_records: every kind but agreements and items. */
const SHARED: readonly SearchKind[] = SEARCH_KINDS.filter((k) => k !== "agreement" && k !== "item");

/** What each kind's own search finds, kind by kind. */
async function eachAlone(query: string, kinds: readonly SearchKind[] = SEARCH_KINDS) {
  const found = new Map<SearchKind, { id: string; rank: number }[]>();
  for (const kind of kinds) found.set(kind, (await searchRecords(t.db, kind, query))?.hits ?? []);
  return found;
}

describe.skipIf(sqliteOnly("the FTS5 tables are SQLite's"))("every kind at once (/search)", () => {
  it("finds what each kind's own search finds, in its order, with its scores", async () => {
    const queries = ["cooperation", "Korea China", "협력", "合作", "ministry", "MOU", "2015", "no such wordzz"];
    let sharedKindsFound = 0;
    for (const q of queries) {
      const together = await searchEverything(t.db, q);
      expect(together?.hits).toEqual(await eachAlone(q));
      sharedKindsFound = Math.max(sharedKindsFound, SHARED.filter((k) => together?.hits.get(k)?.length).length);
    }
    // At least one query found records of several shared kinds: they were ranked together.
    expect(sharedKindsFound).toBeGreaterThanOrEqual(3);
    expect(await searchEverything(t.db, " ?! — ")).toBeNull();
  });

  it("keeps ties newest first and a subset of kinds to itself", async () => {
    // Three dialogues and two events with the same text: equal scores.
    const rows = ["dialogue", "event", "dialogue", "event", "dialogue"].map(
      (kind, i) => `('${kind}', 'tie-${i}', 'Quokka accord', 'quokka')`,
    );
    await t.db.$executeRawUnsafe(
      `INSERT INTO search_fts_records (kind, record_id, title, body) VALUES ${rows.join(", ")}`,
    );
    try {
      const found = await searchEverything(t.db, "quokka", ["dialogue", "event", "plan"]);
      expect(found?.hits.get("dialogue")?.map((h) => h.id)).toEqual(["tie-4", "tie-2", "tie-0"]);
      expect(found?.hits.get("event")?.map((h) => h.id)).toEqual(["tie-3", "tie-1"]);
      expect(found?.hits.get("plan")).toEqual([]);
      expect([...(found?.hits.keys() ?? [])]).toEqual(["dialogue", "event", "plan"]);
      expect(found?.hits).toEqual(await eachAlone("quokka", ["dialogue", "event", "plan"]));
    } finally {
      await t.db.$executeRawUnsafe("DELETE FROM search_fts_records WHERE record_id LIKE 'tie-%'");
    }
  });

  it("ranks the agreements and the items at once, the items on the worker, as each alone ranks them", async () => {
    // More matches than a search returns in both own tables: each is ranked, not merely counted.
    const many = 2 * MAX_SEARCH_HITS;
    const rows = (kind: string) =>
      Array.from(
        { length: many },
        (_, i) => `('${kind}', 'wide-${kind}-${i}', 'Narwhal ${i % 7 ? "pod" : "tusk"}', '')`,
      );
    await t.db.$executeRawUnsafe(
      `INSERT INTO search_fts (kind, record_id, title, body) VALUES ${rows("agreement").join(", ")}`,
    );
    await t.db.$executeRawUnsafe(
      `INSERT INTO search_fts_items (kind, record_id, title, body) VALUES ${rows("item").join(", ")}`,
    );
    try {
      for (const q of ["narwhal", "narwhal tusk"]) {
        const found = await searchEverything(t.db, q, ["agreement", "item", "event"]);
        expect(found?.hits).toEqual(await eachAlone(q, ["agreement", "item", "event"]));
        expect(found?.hits.get("item")?.length).toBe(q === "narwhal" ? MAX_SEARCH_HITS : Math.ceil(many / 7));
        expect(found?.hits.get("item")?.[0]?.id).toMatch(/^wide-item-/);
      }
    } finally {
      await t.db.$executeRawUnsafe("DELETE FROM search_fts WHERE record_id LIKE 'wide-%'");
      await t.db.$executeRawUnsafe("DELETE FROM search_fts_items WHERE record_id LIKE 'wide-%'");
    }
  });

  it("searches each kind alone when the shared table has more matches than a search returns", async () => {
    const many = 2 * MAX_SEARCH_HITS;
    const rows = Array.from(
      { length: many },
      (_, i) => `('${i % 4 ? "event" : "source"}', 'many-${i}', 'Axolotl ${i}', '')`,
    );
    await t.db.$executeRawUnsafe(
      `INSERT INTO search_fts_records (kind, record_id, title, body) VALUES ${rows.join(", ")}`,
    );
    try {
      const found = await searchEverything(t.db, "axolotl");
      expect(found?.hits).toEqual(await eachAlone("axolotl"));
      // Events alone match more than a search returns: capped, as their own search caps them.
      expect(found?.hits.get("event")).toHaveLength(MAX_SEARCH_HITS);
      expect(found?.hits.get("source")).toHaveLength(many / 4);
    } finally {
      await t.db.$executeRawUnsafe("DELETE FROM search_fts_records WHERE record_id LIKE 'many-%'");
    }
  });
});
