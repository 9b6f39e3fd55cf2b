import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSeededDb, type TestDb } from "../helpers/db";

/**
 * Every /api/v1 endpoint, called through its route handler's GET on the seeded
 * database, checked against the OpenAPI document the API generates.
 */

type Handler = (request: Request, ctx?: { params: Promise<{ key: string }> }) => Promise<Response> | Response;
type RouteModule = { GET: Handler };

let t: TestDb;
let doc: {
  paths: Record<
    string,
    { get: { responses: Record<string, { content?: Record<string, { schema: { $ref: string } }> }> } }
  >;
};
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);

const NAMES = [
  "agreements",
  "ministries",
  "dialogues",
  "meetings",
  "plans",
  "items",
  "status-updates",
  "events",
  "sources",
  "citations",
] as const;
const lists = new Map<string, RouteModule>();
const records = new Map<string, RouteModule>();

beforeAll(async () => {
  t = await createSeededDb();
  process.env.DATABASE_URL = t.url;
  for (const name of NAMES) {
    lists.set(name, await import(`../../app/api/v1/${name}/route`));
    records.set(name, await import(`../../app/api/v1/${name}/[key]/route`));
  }
  const openapi: RouteModule = await import("../../app/api/v1/openapi.json/route");
  const res = await openapi.GET(new Request("http://test/api/v1/openapi.json"));
  doc = await res.json();
  ajv.addSchema(doc, "openapi");
});
afterAll(async () => {
  const { db } = await import("@/lib/server/db/client");
  await db.$disconnect();
  await t.cleanup();
});

const get = (name: string, query = "", headers: Record<string, string> = {}) =>
  lists.get(name)?.GET(new Request(`http://test/api/v1/${name}${query}`, { headers })) as Promise<Response>;
const getOne = (name: string, key: string, headers: Record<string, string> = {}) =>
  records.get(name)?.GET(new Request(`http://test/api/v1/${name}/${encodeURIComponent(key)}`, { headers }), {
    params: Promise.resolve({ key }),
  }) as Promise<Response>;

function validate(path: string, status: string, body: unknown) {
  const schema = doc.paths[path]?.get.responses[status]?.content?.["application/json"]?.schema;
  expect(schema, `${path} ${status} is documented`).toBeDefined();
  const check = ajv.getSchema(`openapi${schema?.$ref}`);
  expect(check).toBeDefined();
  const ok = check?.(body);
  expect(ok, JSON.stringify(check?.errors?.slice(0, 3))).toBe(true);
}

async function all(name: string, query: string, limit: number) {
  const seen: { id: string }[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const sep = query ? "&" : "?";
    const res = await get(name, `${query}${sep}limit=${limit}${cursor ? `&cursor=${cursor}` : ""}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { data: { id: string }[]; page: { next: string | null; total: number } };
    seen.push(...body.data);
    cursor = body.page.next;
    pages++;
  } while (cursor && pages < 500);
  return seen;
}

describe("/api/v1 lists", () => {
  for (const name of NAMES) {
    it(`${name}: every record, shaped as the document says, paged with no duplicates or gaps`, async () => {
      const res = await get(name);
      expect(res.status).toBe(200);
      expect(res.headers.get("access-control-allow-origin")).toBe("*");
      expect(res.headers.get("etag")).toMatch(/^"[\w-]+"$/);
      expect(res.headers.get("cache-control")).toContain("s-maxage");
      const body = (await res.json()) as { data: { id: string }[]; page: { total: number; next: string | null } };
      validate(`/${name}`, "200", body);
      expect(body.page.total).toBeGreaterThan(0);
      // Small pages, but at most a few hundred of them (the walk stops at 500).
      const paged = await all(name, "", Math.max(2, Math.ceil(body.page.total / 300)));
      const ids = paged.map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.length).toBe(body.page.total);
      const whole = await all(name, "", 200);
      expect(ids).toEqual(whole.map((r) => r.id));
    });
  }

  it("agreements take the page's filters and search", async () => {
    const res = await get("agreements", "?q=carbon+market&side=KR");
    const body = (await res.json()) as { data: { slug: string }[] };
    expect(body.data.map((a) => a.slug)).toEqual(["environmental-cooperation-mou-2026"]);
    const pair = await get("agreements", "?ministry=mcee&ministry=mee-china");
    expect(((await pair.json()) as { data: { slug: string }[] }).data.map((a) => a.slug)).toEqual([
      "environmental-cooperation-mou-2026",
    ]);
    const titles = await all("agreements", "?sort=title", 3);
    expect(titles.length).toBeGreaterThan(3);
  });

  it("a new record between pages neither repeats nor hides one", async () => {
    const first = (await (await get("ministries", "?limit=3")).json()) as {
      data: { slug: string }[];
      page: { next: string };
    };
    await t.db.ministry.create({ data: { slug: "aaa-new-body", side: "KR", kind: "agency", nameEn: "A new body" } });
    const slugs = first.data.map((m) => m.slug);
    let cursor: string | null = first.page.next;
    while (cursor) {
      const page = (await (await get("ministries", `?limit=3&cursor=${cursor}`)).json()) as {
        data: { slug: string }[];
        page: { next: string | null };
      };
      slugs.push(...page.data.map((m) => m.slug));
      cursor = page.page.next;
    }
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs).not.toContain("aaa-new-body");
    await t.db.ministry.delete({ where: { slug: "aaa-new-body" } });
  });

  it("answers 304 to a matching ETag or a later If-Modified-Since", async () => {
    const res = await get("agreements", "?kind=mou");
    const etag = res.headers.get("etag") ?? "";
    const lastModified = res.headers.get("last-modified") ?? "";
    expect(lastModified).not.toBe("");
    const again = await get("agreements", "?kind=mou", { "If-None-Match": etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    const since = await get("agreements", "?kind=mou", { "If-Modified-Since": lastModified });
    expect(since.status).toBe(304);
    const other = await get("agreements", "?kind=mou", { "If-None-Match": '"stale"' });
    expect(other.status).toBe(200);
  });

  it("names every bad parameter in a 400, never a 500", async () => {
    const res = await get("agreements", "?status=nonsense&from=abc&limit=0&cursor=!!&colour=red");
    expect(res.status).toBe(400);
    const body = (await res.json()) as { problems: { field: string }[] };
    validate("/agreements", "400", body);
    expect(body.problems.map((p) => p.field).sort()).toEqual(["colour", "cursor", "from", "limit", "status"]);
    const forged = await get("items", "?cursor=bm90LWpzb24");
    expect(forged.status).toBe(400);
    expect(((await forged.json()) as { problems: { field: string }[] }).problems[0]?.field).toBe("cursor");
    for (const name of NAMES) {
      const r = await get(name, "?limit=1000&from=x&since=2026-13-40");
      expect(r.status).toBe(400);
    }
  });
});

describe("/api/v1 records", () => {
  for (const name of NAMES) {
    it(`${name}: one record with its relations; 404 for an unknown one; 304 on its ETag`, async () => {
      const first = (await (await get(name, "?limit=1")).json()) as { data: { id: string; slug?: string }[] };
      const row = first.data[0];
      expect(row).toBeDefined();
      const key = (name === "sources" || name === "citations" || name === "status-updates" ? row?.id : row?.slug) ?? "";
      const res = await getOne(name, key);
      expect(res.status).toBe(200);
      const body = await res.json();
      const recordPath = Object.keys(doc.paths).find((p) => p.startsWith(`/${name}/{`)) ?? "";
      validate(recordPath, "200", body);
      const etag = res.headers.get("etag") ?? "";
      expect((await getOne(name, key, { "If-None-Match": etag })).status).toBe(304);
      const missing = await getOne(name, "no-such-record");
      expect(missing.status).toBe(404);
      validate(recordPath, "404", await missing.json());
    });
  }

  it("an agreement carries its lineage, signatories and citations", async () => {
    const res = await getOne("agreements", "environmental-cooperation-mou-2026");
    const { data } = (await res.json()) as {
      data: { lineage: { slug: string }[]; signatories: { slug: string }[]; citations: unknown[] };
    };
    expect(data.lineage.map((l) => l.slug)).toContain("environmental-cooperation-agreement-1993");
    expect(data.signatories.map((s) => s.slug)).toEqual(expect.arrayContaining(["mcee", "mee-china"]));
    expect(data.citations.length).toBeGreaterThan(0);
  });
});

describe("/api/v1/openapi.json", () => {
  it("is an OpenAPI 3.1 document covering every resource", () => {
    expect((doc as unknown as { openapi: string }).openapi).toBe("3.1.0");
    for (const name of NAMES) {
      expect(doc.paths[`/${name}`]).toBeDefined();
    }
  });
});
