import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createAuth } from "@/lib/server/auth/config";
import { signInWithPassword } from "@/lib/server/auth/sign-in";
import { columnNames } from "@/lib/server/export/sheets";
import { IMPORT_LIMITS } from "@/lib/server/services/import";
import { createUser } from "@/lib/server/services/manage-users";
import { createSeededDb, type TestDb } from "../helpers/db";
import { request } from "../helpers/next-request";
import { bombXml, zip } from "../helpers/zip";

/**
 * The import over HTTP as the page uses it: POST /api/import (the dry run, the file
 * as the body) and importSheetAction (the import, with the token), signed in as each
 * role; over-limit files answered with a 4xx in the reader's language.
 */

const SECRET = "import-route-test-secret-0123456789abcdef";
process.env.BETTER_AUTH_SECRET = SECRET;
vi.mock("next/headers", async () => (await import("../helpers/next-request")).nextHeaders);
vi.mock("@/lib/server/db/client", async () => (await import("../helpers/next-request")).appDb);

type Caller = "anonymous" | "viewer" | "editor" | "editor2" | "admin";
let t: TestDb;
const cookies = new Map<Caller, string>();
let POST: (request: Request) => Promise<Response>;
let importSheetAction: typeof import("@/lib/server/actions/import")["importSheetAction"];

beforeAll(async () => {
  t = await createSeededDb();
  request.db = t.db;
  const auth = createAuth(t.db, { secret: SECRET });
  cookies.set("anonymous", "");
  for (const [caller, role] of [
    ["viewer", "viewer"],
    ["editor", "editor"],
    ["editor2", "editor"],
    ["admin", "admin"],
  ] as const) {
    const email = `${caller}@route.test`;
    const password = "route test password 1234";
    await createUser(t.db, { userId: null, label: "test" }, { email, role, password, name: `Route ${caller}` });
    const signedIn = await signInWithPassword(t.db, auth, { email, password }, null);
    if (!signedIn.ok) throw new Error(`could not sign in ${caller}`);
    cookies.set(caller, signedIn.headers.get("set-cookie")?.split(";")[0] ?? "");
  }
  POST = (await import("@/app/api/import/route")).POST;
  importSheetAction = (await import("@/lib/server/actions/import")).importSheetAction;
}, 60_000);
afterAll(() => t.cleanup());

function upload(caller: Caller, body: BodyInit | null, query = "", headers: Record<string, string> = {}) {
  return POST(
    new Request(`http://test/api/import?name=upload.csv${query}`, {
      method: "POST",
      headers: { cookie: cookies.get(caller) ?? "", origin: "http://test", ...headers },
      body,
      // A stream body needs this in Node's fetch.
      ...(body instanceof ReadableStream ? { duplex: "half" } : {}),
    } as RequestInit),
  );
}

async function confirm(caller: Caller, token: unknown, locale = "en") {
  request.headers = new Headers({ cookie: cookies.get(caller) ?? "" });
  const data = new FormData();
  if (typeof token === "string") data.set("token", token);
  data.set("locale", locale);
  return importSheetAction({ status: "idle" }, data);
}

async function updatesCsv(note: string) {
  const item = await t.db.planItem.findFirstOrThrow({ where: { archivedAt: null }, select: { slug: true } });
  return `${columnNames("status-updates").join(",")}\r\n,,${item.slug},in_progress,30,2026-11-02,staff,${note},,\r\n`;
}

/** Every table an import can write. */
async function writes() {
  const [updates, users, uploads, audit] = await Promise.all([
    t.db.statusUpdate.count(),
    t.db.user.count(),
    t.db.importUpload.count(),
    t.db.auditEntry.count(),
  ]);
  return { updates, users, uploads, audit };
}

describe("POST /api/import: who may check a file", () => {
  it("refuses anonymous callers (401) and viewers (403) in the reader's language, keeping nothing", async () => {
    const before = await writes();
    const anonymous = await upload("anonymous", await updatesCsv("anon"), "&locale=ko");
    expect(anonymous.status).toBe(401);
    expect((await anonymous.json()).message).toMatch(/[가-힣]/);
    const viewer = await upload("viewer", await updatesCsv("viewer"), "&locale=zh");
    expect(viewer.status).toBe(403);
    expect((await viewer.json()).message).toBe("导入需要编辑权限。");
    expect(await writes()).toEqual(before);
  });

  it("refuses a request another site sends", async () => {
    const before = await writes();
    const res = await upload("editor", await updatesCsv("cross"), "", { origin: "https://evil.example" });
    expect(res.status).toBe(403);
    const fetchSite = await upload("editor", await updatesCsv("cross"), "", { "sec-fetch-site": "cross-site" });
    expect(fetchSite.status).toBe(403);
    expect(await writes()).toEqual(before);
  });

  it("an editor's sheet of accounts is refused (403) with nothing kept or written", async () => {
    const before = await writes();
    const res = await upload("editor", "email,name,role\r\nsneaky@route.test,Sneaky,admin\r\n", "&locale=ko");
    expect(res.status).toBe(403);
    const body = await res.json();
    expect(body.token).toBeNull();
    expect(body.report.refused.code).toBe("accountsAdminOnly");
    expect(body.report.refused.message).toMatch(/관리자만/);
    expect(await writes()).toEqual(before);
    expect(await t.db.user.count({ where: { email: "sneaky@route.test" } })).toBe(0);
  });
});

describe("the journey: check, then import with the token", () => {
  it("an editor checks a file, gets a token and imports it with the token alone", async () => {
    const res = await upload("editor", await updatesCsv("journey"), "&locale=zh");
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    const { token, report } = await res.json();
    expect(report.counts).toMatchObject({ read: 1, ready: 1, refused: 0, create: 1 });
    expect(typeof token).toBe("string");
    const done = await confirm("editor", token, "zh");
    expect(done).toMatchObject({ status: "report", report: { committed: true, counts: { read: 1, ready: 1 } } });
    expect(await t.db.statusUpdate.count({ where: { noteEn: "journey" } })).toBe(1);
  });

  it("the token works for its uploader only; the wrong role or no session is refused, nothing written", async () => {
    const { token } = await (await upload("editor", await updatesCsv("not yours"))).json();
    const before = await writes();
    const other = await confirm("editor2", token, "ko");
    expect(other).toMatchObject({ status: "report", report: { committed: false, refused: { code: "tokenInvalid" } } });
    if (other.status === "report") expect(other.report.refused?.message).toMatch(/[가-힣]/);
    expect(await confirm("viewer", token)).toMatchObject({ status: "error", kind: "forbidden" });
    expect(await confirm("anonymous", token)).toMatchObject({ status: "error", kind: "unauthenticated" });
    expect(await confirm("editor", "made-up")).toMatchObject({ report: { refused: { code: "tokenInvalid" } } });
    expect(await writes()).toEqual(before);
    expect(await confirm("editor", token)).toMatchObject({ report: { committed: true } });
  });

  it("a file with errors gets its report with each reason worded, and no token", async () => {
    const res = await upload(
      "editor",
      `${columnNames("status-updates").join(",")}\n,,no-such-item,done,,2026,staff,,,\n`,
      "&locale=ko",
    );
    expect(res.status).toBe(200);
    const { token, report } = await res.json();
    expect(token).toBeNull();
    expect(report.counts).toMatchObject({ read: 1, ready: 0, refused: 1 });
    expect(report.errors.map((e: { message: string }) => e.message)).toEqual([
      "다음 중 하나여야 합니다: not_started, in_progress, completed, delayed, discontinued, not_assessed",
    ]);
  });
});

describe("over-limit files get this app's 4xx, never a 500", () => {
  it("a declared length over the limit is refused before reading (413, in the reader's language)", async () => {
    const before = await writes();
    const big = new Uint8Array(IMPORT_LIMITS.maxBytes + 1).fill(65);
    const res = await upload("editor", big, "&locale=ko");
    expect(res.status).toBe(413);
    const body = await res.json();
    expect(body.report.refused).toMatchObject({ code: "tooLarge", params: { maxMb: 2 } });
    expect(body.report.refused.message).toContain("2MB");
    expect(await writes()).toEqual(before);
  });

  it("a streamed body with no length is cut off at the limit (413)", async () => {
    let sent = 0;
    const chunk = new Uint8Array(64 * 1024).fill(66);
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > 50 * 1024 * 1024) return controller.close();
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const res = await upload("editor", stream, "&locale=zh");
    expect(res.status).toBe(413);
    expect((await res.json()).report.refused.message).toContain("2 MB");
    // Reading stopped soon after the limit, not at the end of the stream.
    expect(sent).toBeLessThan(IMPORT_LIMITS.maxBytes + 1024 * 1024);
  });

  it("a 1.5 MB file (over Next's 1 MB server-action limit) is read and answered, not a 500", async () => {
    const item = await t.db.planItem.findFirstOrThrow({ where: { archivedAt: null }, select: { slug: true } });
    const row = `,,${item.slug},in_progress,30,2026-11-03,staff,${"n".repeat(400)},,`;
    const text = `${columnNames("status-updates").join(",")}\n${Array.from({ length: 3800 }, () => row).join("\n")}\n`;
    expect(text.length).toBeGreaterThan(1.5 * 1024 * 1024);
    const res = await upload("editor", text);
    expect(res.status).toBeLessThan(500);
    const body = await res.json();
    expect(body.report.counts.read).toBe(3800);
  });

  it("too many rows is 413, a workbook too large unpacked is 413, a bad encoding 422, an empty body 400", async () => {
    const header = columnNames("status-updates").join(",");
    const many = await upload("editor", `${header}\n${",,x,in_progress,,2026,staff,,,\n".repeat(6000)}`);
    expect(many.status).toBe(413);
    const bomb = zip([{ name: "xl/worksheets/sheet1.xml", data: bombXml(49) }]);
    const unpacked = await upload("editor", new Uint8Array(bomb) as Uint8Array<ArrayBuffer>, "&locale=ko");
    expect(unpacked.status).toBe(413);
    expect((await unpacked.json()).report.refused.code).toBe("inflatedTooLarge");
    const latin1 = await upload(
      "editor",
      new Uint8Array([...new TextEncoder().encode(`${header}\n`), 0xe9, 0x0a]),
      "&locale=ko",
    );
    expect(latin1.status).toBe(422);
    expect((await latin1.json()).report.refused.code).toBe("notUtf8");
    const empty = await upload("editor", null);
    expect(empty.status).toBe(400);
  });
});
