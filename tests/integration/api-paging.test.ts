import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compareKeys, encodeCursor } from "@/lib/server/api/pagination";
import { createTestDb, type TestDb } from "../helpers/db";
import { agreement, tinySeed } from "../helpers/factories";

/**
 * The JSON API's keyset pagination over lists far longer than a page: every row
 * exactly once, in the documented order, whatever the page size, with ties, nulls
 * and dates of every precision in the sort key.
 */

type Handler = (request: Request) => Promise<Response> | Response;
const routes = new Map<string, Handler>();
let t: TestDb;
const N = 2_500;
/** Signed dates of every precision, many shared, some missing: ties and nulls in the key. */
const signed = (i: number) =>
  i % 7 === 0
    ? null
    : i % 5 === 0
      ? `${2000 + (i % 20)}`
      : i % 3 === 0
        ? `${2000 + (i % 20)}-0${1 + (i % 9)}`
        : `2024-01-0${1 + (i % 9)}`;

beforeAll(async () => {
  t = await createTestDb();
  const { applySeed } = await import("../../prisma/seed/index");
  await applySeed(t.db, tinySeed());
  const kr = await t.db.ministry.findUniqueOrThrow({ where: { slug: "test-ministry-kr" } });
  const plan = await t.db.actionPlan.findUniqueOrThrow({ where: { slug: "test-plan" } });
  const made = Array.from({ length: N }, (_, i) =>
    agreement({ slug: `bulk-${String(i).padStart(4, "0")}`, titleEn: `${i % 2 ? "bulk" : "Bulk"} MOU ${N - i}` }),
  );
  await t.db.agreement.createMany({
    data: made.map((a, i) => ({
      id: `bulk_${String((i * 7919) % N).padStart(5, "0")}`,
      slug: a.slug,
      kind: a.kind,
      status: a.status,
      titleEn: a.titleEn,
      signedOn: signed(i),
    })),
  });
  const ids = (await t.db.agreement.findMany({ where: { slug: { startsWith: "bulk-" } }, select: { id: true } })).map(
    (a) => a.id,
  );
  await t.db.signatory.createMany({ data: ids.map((agreementId) => ({ agreementId, ministryId: kr.id })) });
  await t.db.planItem.createMany({
    data: Array.from({ length: N }, (_, i) => ({
      slug: `bulk-item-${i}`,
      planId: plan.id,
      number: 100 + i,
      titleEn: `Bulk item ${i}`,
    })),
  });
  const items = await t.db.planItem.findMany({ where: { slug: { startsWith: "bulk-item-" } }, select: { id: true } });
  // One moment for every update: createdAt ties everywhere, assessedOn ties in tens.
  const at = new Date("2026-05-01T00:00:00Z");
  await t.db.statusUpdate.createMany({
    data: items.map((item, i) => ({
      planItemId: item.id,
      status: "in_progress",
      assessedOn: `2025-0${1 + (i % 9)}-1${i % 10}`,
      basis: "staff",
      createdAt: at,
    })),
  });
  process.env.DATABASE_URL = t.url;
  for (const name of ["agreements", "items", "status-updates", "citations"])
    routes.set(name, ((await import(`../../app/api/v1/${name}/route.ts`)) as { GET: Handler }).GET);
}, 120_000);
afterAll(async () => {
  const { db } = await import("@/lib/server/db/client");
  await db.$disconnect();
  await t.cleanup();
});

const get = (name: string, query: string) =>
  routes.get(name)?.(new Request(`http://test/api/v1/${name}${query}`)) as Promise<Response>;

type Body = { data: Record<string, unknown>[]; page: { next: string | null; total: number; limit: number } };

async function walk(name: string, query: string, limit: number) {
  const rows: Record<string, unknown>[] = [];
  let cursor: string | null = null;
  let total = -1;
  let pages = 0;
  do {
    const res = await get(name, `?${query}${query ? "&" : ""}limit=${limit}${cursor ? `&cursor=${cursor}` : ""}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Body;
    expect(body.data.length).toBeLessThanOrEqual(limit);
    if (total === -1) total = body.page.total;
    expect(body.page.total).toBe(total);
    rows.push(...body.data);
    cursor = body.page.next;
    pages++;
  } while (cursor && pages < 1_000);
  return { rows, total, pages };
}

const ids = (rows: Record<string, unknown>[]) => rows.map((r) => r.id as string);

describe("keyset pagination over thousands of rows", () => {
  it("agreements, newest first: every row exactly once, in order, for any page size", async () => {
    const all = await t.db.agreement.count({ where: { archivedAt: null } });
    expect(all).toBe(N + 1);
    const big = await walk("agreements", "", 200);
    expect(big.total).toBe(all);
    expect(new Set(ids(big.rows)).size).toBe(all);
    expect(big.rows.length).toBe(all);
    expect(big.pages).toBe(Math.ceil(all / 200));
    // The documented order: signed date descending (string order of partial dates), undated last, ties by id.
    const keys = big.rows.map((r) => [(r.signed as { value: string } | null)?.value ?? null, r.id as string]);
    for (let i = 1; i < keys.length; i++)
      expect(compareKeys(keys[i - 1] as string[], keys[i] as string[], [-1, 1])).toBeLessThan(0);
    const odd = await walk("agreements", "", 137);
    expect(ids(odd.rows)).toEqual(ids(big.rows));
  });

  it("agreements by title and filtered: the same guarantees", async () => {
    const byTitle = await walk("agreements", "sort=title", 150);
    expect(byTitle.rows.length).toBe(N + 1);
    expect(new Set(ids(byTitle.rows)).size).toBe(N + 1);
    const titles = byTitle.rows.map((r) => ((r.title as { en: string }).en ?? "").toLowerCase());
    expect([...titles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(titles);
    const filtered = await walk("agreements", "from=2005&to=2010", 50);
    const expected = await t.db.agreement.count({ where: { signedOn: { gte: "2005", lt: "2011" } } });
    expect(filtered.rows.length).toBe(expected);
    expect(filtered.total).toBe(expected);
    expect(new Set(ids(filtered.rows)).size).toBe(expected);
  });

  it("items and status updates (ties on every key part but the id): every row exactly once", async () => {
    const items = await walk("items", "", 200);
    expect(items.rows.length).toBe(N + 2);
    expect(new Set(ids(items.rows)).size).toBe(N + 2);
    const numbers = items.rows.map((r) => r.number as number);
    expect([...numbers].sort((a, b) => a - b)).toEqual(numbers);
    const updates = await walk("status-updates", "", 199);
    expect(updates.rows.length).toBe(N + 1);
    expect(new Set(ids(updates.rows)).size).toBe(N + 1);
    const days = updates.rows.map((r) => r.assessedOn as string);
    expect([...days].sort().reverse()).toEqual(days);
  });

  it("a row added or removed between pages never repeats or hides another", async () => {
    const first = (await (await get("agreements", "?limit=100")).json()) as Body;
    await t.db.agreement.create({
      data: { slug: "bulk-late", kind: "mou", status: "signed", titleEn: "Late", signedOn: "2030-01-01" },
    });
    await t.db.agreement.delete({ where: { slug: (first.data[99] as { slug: string }).slug } });
    const seen = ids(first.data);
    let cursor = first.page.next;
    while (cursor) {
      const page = (await (await get("agreements", `?limit=100&cursor=${cursor}`)).json()) as Body;
      seen.push(...ids(page.data));
      cursor = page.page.next;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(N + 1);
  });

  it("refuses a cursor of another list or order, or of the wrong types, naming the cursor", async () => {
    const agreementsCursor = ((await (await get("agreements", "?limit=5")).json()) as Body).page.next ?? "";
    const forged = [
      agreementsCursor, // two parts; items take three
      encodeCursor(["plan", "not a number", "id"]),
      encodeCursor([null, 1, "id"]),
      encodeCursor(["<script>alert(1)</script>"]),
      encodeCursor(["한국", 3, "中文", "extra"]),
    ];
    for (const cursor of forged) {
      const res = await get("items", `?cursor=${cursor}`);
      expect(res.status).toBe(400);
      const body = (await res.json()) as { problems: { field: string; message: string }[] };
      expect(body.problems).toEqual([{ field: "cursor", message: "is not a cursor this API gave out" }]);
    }
    const statusCursor = encodeCursor(["2025-01-01", "not a date", "x"]);
    expect((await get("status-updates", `?cursor=${statusCursor}`)).status).toBe(400);
    // A well-formed cursor in Korean or Chinese is just a position: the rows after it.
    const res = await get("agreements", `?sort=title&cursor=${encodeCursor(["한국어 제목", "中文"])}`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as Body).data).toEqual([]);
  });
});
