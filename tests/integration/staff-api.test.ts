import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  auditNamesResponse,
  citableSourcesResponse,
  lookupResponse,
  MAX_AUDIT_IDS,
  sessionResponse,
  statusFormResponse,
} from "@/lib/server/api/staff";
import type { CurrentUser } from "@/lib/server/auth/roles";
import { MAX_LOOKUP_LIMIT, MAX_LOOKUP_TEXT } from "@/lib/server/search";
import { recordStatusUpdate } from "@/lib/server/services/record-status-update";
import { createSeededDb, type TestDb } from "../helpers/db";

let t: TestDb;
let entryId: string;

const viewer: CurrentUser = { id: "u1", email: "v@example.org", name: "Viewer 열람자", role: "viewer" };
const editor: CurrentUser = { id: "u2", email: "e@example.org", name: "Editor 编辑", role: "editor" };

const url = (query: string) => new URL(`http://localhost/api/staff/audit-names${query}`);
const body = async (res: Response) => (await res.json()) as Record<string, unknown>;

beforeAll(async () => {
  t = await createSeededDb();
  const item = await t.db.planItem.findFirstOrThrow({
    where: { plan: { slug: "clear-sky-plan" }, number: 5 },
    select: { id: true, version: true },
  });
  const result = await recordStatusUpdate(
    t.db,
    { userId: null, label: "Min-jun 민준" },
    {
      planItemId: item.id,
      expectedVersion: item.version,
      status: "in_progress",
      assessedOn: "2026-11",
      basis: "staff",
    },
  );
  expect(result.ok).toBe(true);
  entryId = (await t.db.auditEntry.findFirstOrThrow({ where: { entityId: item.id }, select: { id: true } })).id;
});
afterAll(() => t.cleanup());

describe("/api/session", () => {
  it("names the signed-in user and role, never the email or id, and is never cached", async () => {
    const res = sessionResponse(editor);
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    expect(await body(res)).toEqual({ user: { name: "Editor 编辑", role: "editor" } });
    expect(JSON.stringify(await body(sessionResponse(editor)))).not.toContain("e@example.org");
  });

  it("answers null when nobody is signed in", async () => {
    expect(await body(sessionResponse(null))).toEqual({ user: null });
  });
});

describe("/api/staff/audit-names", () => {
  it("gives signed-in readers (viewers too) the editor of each entry", async () => {
    const res = await auditNamesResponse(t.db, viewer, url(`?ids=${entryId}`));
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    expect(await body(res)).toEqual({ names: { [entryId]: "Min-jun 민준" } });
  });

  it("refuses anonymous readers with 401 and names nobody", async () => {
    const res = await auditNamesResponse(t.db, null, url(`?ids=${entryId}`));
    expect(res.status).toBe(401);
    expect(JSON.stringify(await body(res))).not.toContain("Min-jun");
  });

  it("leaves out ids that are no audit entry", async () => {
    const res = await auditNamesResponse(t.db, viewer, url(`?ids=${entryId},nope123`));
    expect(await body(res)).toEqual({ names: { [entryId]: "Min-jun 민준" } });
  });

  it.each([
    ["missing", ""],
    ["empty", "?ids="],
    ["only commas", "?ids=,,,"],
    ["script injection", `?ids=${encodeURIComponent("<script>alert(1)</script>")}`],
    ["Korean and Chinese", `?ids=${encodeURIComponent("편집자,编辑")}`],
    ["an id of 41 characters", `?ids=${"a".repeat(41)}`],
    ["too many ids", `?ids=${Array.from({ length: MAX_AUDIT_IDS + 1 }, (_, i) => `id${i}`).join(",")}`],
    ["far too long", `?ids=${"a,".repeat(5000)}`],
  ])("refuses %s ids with 400 naming the field", async (_label, query) => {
    const res = await auditNamesResponse(t.db, viewer, url(query));
    expect(res.status).toBe(400);
    const answer = await body(res);
    expect(answer.field).toBe("ids");
    expect(String(answer.message)).toMatch(/^ids /);
  });
});

describe("/api/staff/sources", () => {
  it("lists live sources to editors, by title", async () => {
    const archived = await t.db.source.findFirstOrThrow({ select: { id: true } });
    await t.db.source.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });
    const res = await citableSourcesResponse(t.db, editor);
    expect(res.status).toBe(200);
    const { sources } = (await body(res)) as { sources: { id: string; title: string }[] };
    expect(sources.length).toBe(await t.db.source.count({ where: { archivedAt: null } }));
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.map((s) => s.id)).not.toContain(archived.id);
    expect(sources.map((s) => s.title)).toEqual([...sources.map((s) => s.title)].sort((a, b) => (a < b ? -1 : 1)));
    await t.db.source.update({ where: { id: archived.id }, data: { archivedAt: null } });
  });

  it("refuses viewers (403) and anonymous readers (401)", async () => {
    expect((await citableSourcesResponse(t.db, viewer)).status).toBe(403);
    expect((await citableSourcesResponse(t.db, null)).status).toBe(401);
  });
});

describe("/api/staff/status-form", () => {
  const form = (query: string) => new URL(`http://localhost/api/staff/status-form${query}`);

  it("gives editors the citable sources and the status form's messages in the language asked for", async () => {
    for (const [lang, legend] of [
      ["en", /status/i],
      ["ko", /상태/],
      ["zh", /状态/],
    ] as const) {
      const res = await statusFormResponse(t.db, editor, form(`?lang=${lang}`));
      expect(res.status).toBe(200);
      expect(res.headers.get("cache-control")).toBe("private, no-store");
      const answer = (await body(res)) as {
        sources: { id: string }[];
        intl: { locale: string; timeZone: string; messages: Record<string, Record<string, string>> };
      };
      expect(answer.sources.length).toBe(await t.db.source.count({ where: { archivedAt: null } }));
      expect(answer.intl.locale).toBe(lang);
      expect(answer.intl.timeZone).toBe("Asia/Seoul");
      expect(Object.keys(answer.intl.messages).sort()).toEqual([
        "basis",
        "formErrors",
        "merge",
        "status",
        "statusForm",
      ]);
      expect(answer.intl.messages.statusForm?.open).toMatch(legend);
    }
  });

  it.each([
    ["no language", ""],
    ["an empty language", "?lang="],
    ["an unknown language", "?lang=fr"],
    ["a language in capitals", "?lang=KO"],
    ["script injection", `?lang=${encodeURIComponent("<script>alert(1)</script>")}`],
    ["a language name in Korean", `?lang=${encodeURIComponent("한국어")}`],
  ])("refuses %s with 400 naming the field", async (_label, query) => {
    const res = await statusFormResponse(t.db, editor, form(query));
    expect(res.status).toBe(400);
    const answer = await body(res);
    expect(answer.field).toBe("lang");
    expect(String(answer.message)).toMatch(/^lang must be one of en, ko, zh/);
    expect(JSON.stringify(answer)).not.toContain("<script>");
  });

  it("refuses viewers (403) and anonymous readers (401) before reading the language", async () => {
    expect((await statusFormResponse(t.db, viewer, form("?lang=ko"))).status).toBe(403);
    expect((await statusFormResponse(t.db, null, form("?lang=fr"))).status).toBe(401);
  });
});

describe("/api/staff/lookup", () => {
  const lookup = (query: string) => new URL(`http://localhost/api/staff/lookup${query}`);

  it("gives editors the live agreements whose names contain q, in any of the three languages", async () => {
    // Titles no other agreement shares, so the match is this one in each language.
    const mou = await t.db.agreement.update({
      where: { slug: "environmental-cooperation-mou-2026" },
      data: { titleKo: "한중 시험용 환경협력 양해각서", titleZh: "中韩测试用环境合作谅解备忘录" },
      select: { id: true },
    });
    for (const q of ["ENVIRONMENTAL and climate cooperation", "시험용 환경협력", "测试用环境合作"]) {
      const res = await lookupResponse(t.db, editor, lookup(`?kind=agreement&q=${encodeURIComponent(q)}`));
      expect(res.status).toBe(200);
      expect(res.headers.get("cache-control")).toBe("private, no-store");
      const { records } = (await body(res)) as { records: { id: string; en: string }[] };
      expect(records.map((r) => r.id)).toContain(mou.id);
    }
    const res = await lookupResponse(t.db, editor, lookup("?kind=agreement&q=a&limit=2"));
    expect(((await body(res)).records as unknown[]).length).toBe(2);
    // An empty limit is "not given".
    expect((await lookupResponse(t.db, editor, lookup("?kind=plan&q=plan&limit="))).status).toBe(200);
  });

  it("refuses anonymous readers with 401 and viewers with 403, naming no record", async () => {
    const anonymous = await lookupResponse(t.db, null, lookup("?kind=agreement&q=mou"));
    expect(anonymous.status).toBe(401);
    const refused = await lookupResponse(t.db, viewer, lookup("?kind=agreement&q=mou"));
    expect(refused.status).toBe(403);
    expect(JSON.stringify(await body(refused))).not.toMatch(/MOU/i);
  });

  it.each([
    ["a missing kind", "?q=mou", "kind"],
    ["an unknown kind", "?kind=person&q=mou", "kind"],
    ["a missing q", "?kind=agreement", "q"],
    ["an empty q", "?kind=agreement&q=", "q"],
    ["too long a q", `?kind=agreement&q=${encodeURIComponent("탄".repeat(MAX_LOOKUP_TEXT + 1))}`, "q"],
    ["a NUL in q", "?kind=agreement&q=mo%00u", "q"],
    ["a limit that is no number", "?kind=agreement&q=mou&limit=many", "limit"],
    ["too large a limit", `?kind=agreement&q=mou&limit=${MAX_LOOKUP_LIMIT + 1}`, "limit"],
    ["an unknown parameter", "?kind=agreement&q=mou&sort=title", "sort"],
  ])("refuses %s with 400 naming the field", async (_label, query, field) => {
    const res = await lookupResponse(t.db, editor, lookup(query));
    expect(res.status).toBe(400);
    const answer = await body(res);
    expect(answer.field).toBe(field);
    expect(String(answer.message)).toMatch(new RegExp(`^${field} `));
  });
});
