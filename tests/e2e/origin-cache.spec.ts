/**
 * The responses lib/server/cache/serve.mjs keeps (docs/decisions/0006): a queried list or a
 * cached page is answered from a copy while the data is unchanged, never across
 * languages or readers, and a write, here or in another process, retires it.
 * Plain HTTP against the e2e server, which is lib/server/cache/serve.mjs.
 */
import { type APIRequestContext, expect, test } from "@playwright/test";
import { recordStatusUpdate } from "../../lib/server/services/record-status-update";
import { e2eDb } from "./helpers";
import { client, saveStatus, signIn } from "./http-session";
import { E2E_USERS } from "./users";

const ITEM = "clear-sky-plan-area-4";
const ITEM_TITLE = "Exchange of policies for carbon neutrality and greenhouse gases";
const DELAYED = "/status?status=delayed";

/** Requests `url` until two answers in a row carry the same ETag: the second came from a copy. */
async function kept(api: APIRequestContext, url: string) {
  const tags: string[] = [];
  for (let i = 0; i < 3; i++) {
    const res = await api.get(url, { maxRedirects: 0 });
    expect(res.status(), url).toBe(200);
    tags.push(res.headers().etag ?? "");
  }
  expect(tags[1], `${url} has an ETag`).toMatch(/^"/);
  expect(tags[2], `${url} answered from its copy`).toBe(tags[1]);
  return tags[2] ?? "";
}

async function statusOf(item: string) {
  const db = e2eDb();
  try {
    return await db.planItem.findUniqueOrThrow({
      where: { slug: item },
      select: { id: true, status: true, version: true },
    });
  } finally {
    await db.$disconnect();
  }
}

test.describe.configure({ mode: "serial" });

test("a queried list is kept per URL and answers 304 to its ETag", async () => {
  const api = await client();
  const etag = await kept(api, "/agreements?q=carbon");
  const res = await api.get("/agreements?q=carbon", { headers: { "if-none-match": etag } });
  expect(res.status()).toBe(304);
  // Another query is another page.
  const other = await api.get("/agreements?q=clean+air");
  expect(other.headers().etag).not.toBe(etag);
  await api.dispose();
});

test("a list's query nobody asked before is held back and gzipped whole, and kept once asked again", async () => {
  const api = await client();
  const url = `/agreements?q=carbon&sector=environment&asked=${Date.now()}`;
  const gz = await api.get(url, { headers: { "accept-encoding": "gzip" } });
  expect(gz.status()).toBe(200);
  expect(gz.headers()["content-encoding"]).toBe("gzip");
  // In one piece: its length is known, not streamed chunk by chunk.
  expect(gz.headers()["content-length"]).toMatch(/^\d+$/);
  expect(gz.headers()["transfer-encoding"]).toBeUndefined();
  expect(gz.headers().vary).toMatch(/accept-encoding/i);
  const page = await gz.text();
  expect(page).toMatch(/^<!DOCTYPE html>/i);
  expect(page).toContain("</html>");
  // A client that takes no gzip gets the same page as it is.
  const plainUrl = `${url}-plain`;
  const plain = await api.get(plainUrl, { headers: { "accept-encoding": "identity" } });
  expect(plain.headers()["content-encoding"]).toBeUndefined();
  expect(plain.headers().vary).toMatch(/accept-encoding/i);
  const body = await plain.body();
  expect(Number(plain.headers()["content-length"])).toBe(body.length);
  expect(body.toString("utf8").replaceAll("-plain", "")).toBe(page);
  // Noted as keepable: asked again, it is copied, and then answered from the copy.
  expect(await kept(api, url)).toMatch(/^"q/);
  await api.dispose();
});

test("an edit through this server shows at once on a kept queried list and a kept page", async () => {
  const api = await client();
  const before = await statusOf(ITEM);
  expect(before.status).not.toBe("delayed");
  const listTag = await kept(api, DELAYED);
  expect(await (await api.get(DELAYED)).text()).not.toContain(ITEM_TITLE);
  const planTag = await kept(api, "/plans/clear-sky-plan");

  const cookie = await signIn(api, E2E_USERS.editor.email, E2E_USERS.editor.password);
  try {
    expect((await saveStatus(api, cookie, ITEM, { status: "delayed", note: "origin cache" })).status()).toBe(201);
    // No waiting: the save retired the copies in this process.
    const list = await api.get(DELAYED);
    expect(list.headers().etag).not.toBe(listTag);
    expect(await list.text()).toContain(ITEM_TITLE);
    const plan = await api.get("/plans/clear-sky-plan");
    expect(plan.headers().etag).not.toBe(planTag);
  } finally {
    expect((await saveStatus(api, cookie, ITEM, { status: before.status })).status()).toBe(201);
  }
  expect(await (await api.get(DELAYED)).text()).not.toContain(ITEM_TITLE);
  await api.dispose();
});

test("a write from another process (a script, another instance) shows within seconds", async () => {
  const api = await client();
  const before = await statusOf(ITEM);
  await kept(api, DELAYED);
  const db = e2eDb();
  const actor = { userId: null, label: "origin cache script" };
  const write = (status: string, expectedVersion: number) =>
    recordStatusUpdate(db, actor, {
      planItemId: before.id,
      expectedVersion,
      status,
      assessedOn: "2026-11",
      basis: "staff",
    });
  try {
    const saved = await write("delayed", before.version);
    expect(saved.ok).toBe(true);
    // The server reads the data stamp at most once a second (lib/server/cache/stamp.cjs).
    await expect.poll(async () => (await api.get(DELAYED)).text(), { timeout: 5000 }).toContain(ITEM_TITLE);
    if (saved.ok) expect((await write(before.status, saved.version)).ok).toBe(true);
    await expect.poll(async () => (await api.get(DELAYED)).text(), { timeout: 5000 }).not.toContain(ITEM_TITLE);
  } finally {
    await db.$disconnect();
    await api.dispose();
  }
});

test("a kept copy never answers another language's or another reader's request", async () => {
  const api = await client();
  await kept(api, "/agreements?q=carbon");
  // The language cookie and Accept-Language still redirect, as next-intl decides
  // (each from a client with no cookie of its own).
  const languages: Record<string, string>[] = [{ cookie: "NEXT_LOCALE=ko" }, { "accept-language": "zh-CN,zh;q=0.9" }];
  for (const headers of languages) {
    const reader = await client();
    const res = await reader.get("/agreements?q=carbon", { headers, maxRedirects: 0 });
    expect(res.status(), JSON.stringify(headers)).toBe(307);
    expect(res.headers().location).toMatch(/\/(ko|zh)\/agreements\?q=carbon$/);
    await reader.dispose();
  }
  const korean = await api.get("/ko/agreements?q=carbon");
  expect(await korean.text()).toContain('<html lang="ko"');

  // Staff pages are never kept: signed out is refused, signed in is let in.
  const outside = await client();
  const tools = 'href="/admin/translations"';
  for (let i = 0; i < 3; i++) expect(await (await outside.get("/admin")).text()).not.toContain(tools);
  const editor = await client();
  const cookie = await signIn(editor, E2E_USERS.editor.email, E2E_USERS.editor.password);
  const staff = await editor.get("/admin", { headers: { cookie } });
  expect(staff.status()).toBe(200);
  expect(await staff.text()).toContain(tools);
  expect(staff.headers()["cache-control"]).toContain("no-store");
  expect(staff.headers()["x-tracker-cache"]).toBeUndefined();
  await Promise.all([outside.dispose(), editor.dispose(), api.dispose()]);
});
