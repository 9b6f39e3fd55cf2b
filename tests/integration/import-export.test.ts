import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handleExport } from "@/lib/server/export/handler";
import { columnNames, exportColumns } from "@/lib/server/export/sheets";
import { searchRecords } from "@/lib/server/search";
import {
  confirmImport,
  dryRunImport,
  type Importer,
  type ImportReport,
  MAX_IMPORT_BYTES,
} from "@/lib/server/services/import";
import { wordReport } from "@/lib/server/services/import/messages";
import { templateCsv } from "@/lib/server/services/import/template";
import { createSeededDb, type TestDb } from "../helpers/db";
import { createImporter, csvFile, importFile } from "../helpers/import";

let t: TestDb;
let editor: Importer;
let admin: Importer;

beforeAll(async () => {
  t = await createSeededDb();
  editor = await createImporter(t.db, "editor");
  admin = await createImporter(t.db, "admin");
});
afterAll(() => t.cleanup());

const exportFile = async (file: string, query = "") => {
  const res = await handleExport(t.db, new Request(`http://test/export/${file}${query}`), file);
  expect(res.status).toBe(200);
  return new Uint8Array(await res.arrayBuffer());
};

/** Everything an import can touch, in a stable order. */
async function dump() {
  const [agreements, signatories, items, updates, users, audit] = await Promise.all([
    t.db.agreement.findMany({ orderBy: { id: "asc" } }),
    t.db.signatory.findMany({ orderBy: { id: "asc" } }),
    t.db.planItem.findMany({ orderBy: { id: "asc" } }),
    t.db.statusUpdate.findMany({ orderBy: { id: "asc" } }),
    t.db.user.findMany({ orderBy: { id: "asc" } }),
    t.db.auditEntry.count(),
  ]);
  return JSON.stringify({ agreements, signatories, items, updates, users, audit });
}

describe("exports", () => {
  it("writes CSV that Excel opens in Korean and Chinese, safe from formulas", async () => {
    const a = await t.db.agreement.findFirstOrThrow({ where: { slug: "environmental-cooperation-mou-2026" } });
    await t.db.agreement.update({
      where: { id: a.id },
      data: {
        titleKo: "한중 환경협력 양해각서",
        titleZh: "中韩环境合作谅解备忘录",
        summaryZh: '=HYPERLINK("http://evil")',
      },
    });
    const bytes = await exportFile("agreements.csv");
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain("한중 환경협력 양해각서");
    expect(text).toContain("中韩环境合作谅解备忘录");
    expect(text).toContain("'=HYPERLINK");
    expect(text.split("\r\n")[0]).toBe(exportColumns("agreements").join(","));
  });

  it("exports exactly what the page's filters show, as CSV and JSON", async () => {
    const json = JSON.parse(
      new TextDecoder().decode(await exportFile("agreements.json", "?ministry=mcee&ministry=mee-china")),
    );
    expect(json.rows.map((r: { slug: string }) => r.slug)).toEqual(["environmental-cooperation-mou-2026"]);
    const timeline = JSON.parse(new TextDecoder().decode(await exportFile("timeline.json", "?kind=meeting")));
    expect(timeline.rows.length).toBeGreaterThan(0);
    expect(timeline.rows.every((r: { kind: string }) => r.kind === "meeting")).toBe(true);
    const status = JSON.parse(new TextDecoder().decode(await exportFile("status.json", "?status=not_assessed")));
    expect(status.rows.every((r: { status: string }) => r.status === "not_assessed")).toBe(true);
    const bad = await handleExport(
      t.db,
      new Request("http://test/export/agreements.csv?status=nope"),
      "agreements.csv",
    );
    expect(bad.status).toBe(400);
    const unknown = await handleExport(t.db, new Request("http://test/export/users.csv"), "users.csv");
    expect(unknown.status).toBe(404);
  });
});

/** The row-level part of a report, as codes: what a test compares. */
const codes = (report: ImportReport) =>
  report.errors.map(({ row, column, code, params }) => ({ row, column, code, params }));

const UPDATE_HEADER = columnNames("status-updates").join(",");
/** A status-update row of the item, valid unless a cell is replaced. */
const updateRow = (item: string, cells: Partial<Record<"status" | "progress" | "assessed_on" | "note", string>> = {}) =>
  [
    "",
    "",
    item,
    cells.status ?? "in_progress",
    cells.progress ?? "40",
    cells.assessed_on ?? "2026-11-20",
    "staff",
    cells.note ?? "fine",
    "",
    "",
  ].join(",");

describe("import: reading the file", () => {
  it("round-trips: export then import leaves the database unchanged", async () => {
    const before = await dump();
    for (const file of ["agreements.csv", "items.csv", "status-updates.csv"]) {
      const bytes = await exportFile(file);
      const { dry, done } = await importFile(t.db, editor, { name: file, bytes });
      expect(dry.report.errors, file).toEqual([]);
      expect(dry.report.counts.create + dry.report.counts.update, file).toBe(0);
      expect(dry.report.counts.unchanged, file).toBeGreaterThan(0);
      expect(dry.report.counts.read, file).toBe(dry.report.counts.unchanged);
      expect(done?.committed).toBe(false);
    }
    expect(await dump()).toBe(before);
  });

  it("a row written with LF in a CRLF file is a row of its own, and so is one ending in CR alone", async () => {
    const item = await t.db.planItem.findFirstOrThrow({ where: { archivedAt: null }, select: { slug: true } });
    const rows = [
      updateRow(item.slug, { assessed_on: "2026-10-01", note: "crlf one" }),
      updateRow(item.slug, { assessed_on: "2026-10-02", note: "lf inside" }),
      updateRow(item.slug, { assessed_on: "2026-10-03", note: "cr alone" }),
      updateRow(item.slug, { assessed_on: "2026-10-04", note: "crlf last" }),
    ];
    const text = `${UPDATE_HEADER}\r\n${rows[0]}\r\n${rows[1]}\n${rows[2]}\r${rows[3]}\r\n`;
    const dry = await dryRunImport(t.db, editor, csvFile("mixed.csv", text));
    expect(codes(dry.report)).toEqual([]);
    expect(dry.report.counts).toMatchObject({ read: 4, ready: 4, refused: 0, create: 4 });
    expect(dry.report.rows.map((r) => r.row)).toEqual([2, 3, 4, 5]);
    expect(dry.report.rows.map((r) => r.changes.noteEn?.[1])).toEqual([
      "crlf one",
      "lf inside",
      "cr alone",
      "crlf last",
    ]);
  });

  it("refuses a row whose cell count differs from the header, naming its row and both counts", async () => {
    const item = await t.db.planItem.findFirstOrThrow({ where: { archivedAt: null }, select: { slug: true } });
    const good = updateRow(item.slug, { assessed_on: "2026-09-01" });
    const text = [
      UPDATE_HEADER,
      good,
      `${updateRow(item.slug, { assessed_on: "2026-09-02" })},extra`,
      updateRow(item.slug, { assessed_on: "2026-09-03" }).split(",").slice(0, 8).join(","),
      updateRow(item.slug, { assessed_on: "2026-09-04" }),
    ].join("\r\n");
    const before = await dump();
    const dry = await dryRunImport(t.db, editor, csvFile("counts.csv", text));
    expect(codes(dry.report)).toEqual([
      { row: 3, column: null, code: "cellCount", params: { cells: 11, expected: 10 } },
      { row: 4, column: null, code: "cellCount", params: { cells: 8, expected: 10 } },
    ]);
    expect(dry.report.counts).toMatchObject({ read: 4, ready: 2, refused: 2 });
    expect(dry.token).toBeNull();
    const worded = await wordReport("en", dry.report);
    expect(worded.errors[0]?.message).toBe(
      "has 11 cells where the header has 10: a line break may have split or joined rows, or a comma may be missing its quotes",
    );
    expect(await dump()).toBe(before);
  });

  it("a file of R rows reads R rows and imports R rows", async () => {
    const item = await t.db.planItem.findFirstOrThrow({
      where: { archivedAt: null },
      orderBy: { slug: "desc" },
      select: { id: true, slug: true },
    });
    const R = 137;
    const lines = Array.from({ length: R }, (_, i) =>
      updateRow(item.slug, { assessed_on: "2026-08-01", note: `bulk row ${i}`, progress: String(i % 100) }),
    );
    // Line endings of every kind, as files edited by several tools have.
    const text = `${UPDATE_HEADER}\r\n${lines.map((l, i) => `${l}${["\r\n", "\n", "\r"][i % 3]}`).join("")}`;
    const countBefore = await t.db.statusUpdate.count({ where: { planItemId: item.id } });
    const { dry, done } = await importFile(t.db, editor, csvFile("bulk.csv", text));
    expect(dry.report.counts).toMatchObject({ read: R, ready: R, refused: 0, create: R });
    expect(done?.committed).toBe(true);
    expect(done?.counts).toMatchObject({ read: R, ready: R, create: R });
    expect(await t.db.statusUpdate.count({ where: { planItemId: item.id } })).toBe(countBefore + R);
  });

  it("reads XLSX in the same columns, and refuses an XLSX row with cells past the header", async () => {
    const item = await t.db.planItem.findFirstOrThrow({ select: { slug: true } });
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("updates");
    sheet.addRow(columnNames("status-updates"));
    sheet.addRow(["", "", item.slug, "delayed", "", "2026-11-21", "news", "延迟", "", ""]);
    // Empty trailing cells are not stored in XLSX: this row is complete.
    sheet.addRow(["", "", item.slug, "delayed", "", "2026-11-22", "news"]);
    sheet.addRow(["", "", item.slug, "delayed", "", "2026-11-23", "news", "", "", "", "stray"]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const dry = await dryRunImport(t.db, editor, { name: "updates.xlsx", bytes });
    expect(dry.report.format).toBe("xlsx");
    expect(codes(dry.report)).toEqual([
      { row: 4, column: null, code: "cellCount", params: { cells: 11, expected: 10 } },
    ]);
    expect(dry.report.counts).toMatchObject({ read: 3, ready: 2, refused: 1, create: 2 });
  });

  it("refuses files too large, not UTF-8 (Latin-1, UTF-16), unknown columns or no known header, saying why", async () => {
    const refusedWith = async (name: string, bytes: Uint8Array) => {
      const dry = await dryRunImport(t.db, editor, { name, bytes });
      expect(dry.token).toBeNull();
      return dry.report.refused;
    };
    expect(await refusedWith("big.csv", new Uint8Array(MAX_IMPORT_BYTES + 1).fill(65))).toEqual({
      code: "tooLarge",
      params: { maxMb: 2 },
    });
    const latin1 = Uint8Array.from([...new TextEncoder().encode("slug\n"), 0x63, 0x61, 0x66, 0xe9, 0x0a]);
    expect((await refusedWith("l.csv", latin1))?.code).toBe("notUtf8");
    const utf16 = (bom: boolean) => {
      const text = `${UPDATE_HEADER}\r\n,,x,in_progress,,2026,staff,é,,\r\n`;
      const body = Buffer.from(text, "utf16le");
      return new Uint8Array(bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), body]) : body);
    };
    expect((await refusedWith("u.csv", utf16(true)))?.code).toBe("utf16");
    expect((await refusedWith("u.csv", utf16(false)))?.code).toBe("utf16");
    const extra = await refusedWith(
      "x.csv",
      new TextEncoder().encode(`${columnNames("agreements").join(",")},colour\nx,mou,signed,T,,,,,,,,,,,,,,red\n`),
    );
    expect(extra).toMatchObject({ code: "unknownColumns", params: { sheet: "agreements", columns: "colour" } });
    expect((await refusedWith("n.csv", new TextEncoder().encode("name,age\nx,1\n")))?.code).toBe("noSheet");
    const quote = await refusedWith("q.csv", new TextEncoder().encode(`${UPDATE_HEADER}\n,,"x,in_progress\n`));
    expect(quote?.code).toBe("csvQuote");
  });

  it("words every refusal in the reader's language", async () => {
    const dry = await dryRunImport(t.db, editor, { name: "big.csv", bytes: new Uint8Array(MAX_IMPORT_BYTES + 1) });
    const en = await wordReport("en", dry.report);
    const ko = await wordReport("ko", dry.report);
    const zh = await wordReport("zh", dry.report);
    expect(en.refused?.message).toBe(
      "The file is larger than 2 MB, the most an import takes. Split it into smaller files.",
    );
    expect(ko.refused?.message).toMatch(/[가-힣]/);
    expect(ko.refused?.message).toContain("2MB");
    expect(zh.refused?.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it("offers a documented template the importer reads", async () => {
    const text = templateCsv("status-updates");
    expect(text).toContain("# assessed_on:");
    const result = await dryRunImport(t.db, editor, csvFile("template.csv", text));
    expect(result.report.refused?.code).toBe("noRows");
  });
});

describe("import: checking the rows", () => {
  it("lists every error by row, column and code, worded in en/ko/zh; gives no token and writes nothing", async () => {
    const header = columnNames("items").join(",");
    const plan = await t.db.actionPlan.findFirstOrThrow({ select: { slug: true } });
    const file = csvFile(
      "bad.csv",
      [
        header,
        `${plan.slug},901,new-item-a,New item A,,,mcee,2026-13-01,,,`,
        `${plan.slug},902,new-item-b,New item B,,,no-such-ministry,2026,,,`,
        `${plan.slug},903,new-item-c,New item C,,,,2026-06,,,`,
        `${plan.slug},903,new-item-c,New item C,,,,2026-06,,,`,
        `${plan.slug},904,new-item-d,"=cmd|' /C calc'!A0",,,,,,,`,
        `${plan.slug},9.5,Bad Slug,${"x".repeat(501)},,,,,,,`,
      ].join("\n"),
    );
    const before = await dump();
    const dry = await dryRunImport(t.db, editor, file);
    expect(dry.report.ok).toBe(false);
    expect(dry.token).toBeNull();
    expect(codes(dry.report)).toEqual([
      { row: 2, column: "due_on", code: "date", params: {} },
      { row: 3, column: "responsible_body", code: "unknownMinistry", params: { values: "no-such-ministry" } },
      { row: 5, column: "slug", code: "duplicateRow", params: { first: 4 } },
      { row: 6, column: "title_en", code: "formula", params: { char: "=" } },
      { row: 7, column: "number", code: "wholeNumber", params: {} },
      { row: 7, column: "slug", code: "slug", params: {} },
      { row: 7, column: "title_en", code: "tooLong", params: { limit: 500 } },
    ]);
    expect(dry.report.counts).toMatchObject({ read: 6, ready: 1, refused: 5, create: 1 });
    const en = await wordReport("en", dry.report);
    expect(en.errors.map((e) => e.message)).toContain("names no known ministry or body: no-such-ministry");
    const ko = await wordReport("ko", dry.report);
    expect(ko.errors.map((e) => e.message)).toContain("알 수 없는 부처 또는 기관입니다: no-such-ministry");
    const zh = await wordReport("zh", dry.report);
    expect(zh.errors[6]?.message).toBe("过长：最多 500 个字符");
    // Nothing reads as zod's English in another language.
    expect(ko.errors.every((e) => /[가-힣]/.test(e.message))).toBe(true);
    expect(await dump()).toBe(before);
    expect(await t.db.importUpload.count({ where: { userId: editor.userId } })).toBe(await keptBy(editor));
  });

  it("refuses wrong types and values by code: numbers, ranges, choices, dates", async () => {
    const item = await t.db.planItem.findFirstOrThrow({ select: { slug: true } });
    const file = csvFile(
      "types.csv",
      [
        UPDATE_HEADER,
        updateRow(item.slug, { progress: "abc" }),
        updateRow(item.slug, { progress: "150" }),
        updateRow(item.slug, { status: "finished" }),
        updateRow(item.slug, { assessed_on: "yesterday" }),
        updateRow(item.slug, { status: "completed", progress: "50" }),
      ].join("\n"),
    );
    const dry = await dryRunImport(t.db, editor, file);
    expect(codes(dry.report)).toEqual([
      { row: 2, column: "progress", code: "number", params: {} },
      { row: 3, column: "progress", code: "atMost", params: { limit: 100 } },
      {
        row: 4,
        column: "status",
        code: "choice",
        params: { options: "not_started, in_progress, completed, delayed, discontinued, not_assessed" },
      },
      { row: 5, column: "assessed_on", code: "date", params: {} },
      { row: 6, column: "progress", code: "completed100", params: {} },
    ]);
  });

  it("refuses NUL in any cell and control characters inside a web address, by row and column", async () => {
    const item = await t.db.planItem.findFirstOrThrow({ select: { slug: true } });
    const quoted = (cell: string) => `"${cell.replaceAll('"', '""')}"`;
    const row = (cells: { id?: string; note?: string; url?: string; source?: string }) =>
      [
        cells.id ?? "",
        "",
        item.slug,
        "in_progress",
        "40",
        "2026-11-20",
        "staff",
        quoted(cells.note ?? "fine"),
        quoted(cells.url ?? ""),
        quoted(cells.source ?? ""),
      ].join(",");
    // NUL is never text: refused in any cell (a file full of them is UTF-16 and refused whole).
    const file = csvFile(
      "nul.csv",
      [UPDATE_HEADER, row({ url: "https://example.org/a\tb" }), row({ url: "https://example.org/\u202Eevil" })].join(
        "\n",
      ),
    );
    const dry = await dryRunImport(t.db, editor, file);
    expect(codes(dry.report)).toEqual([
      { row: 2, column: "evidence_url", code: "invalid", params: {} },
      { row: 3, column: "evidence_url", code: "invalid", params: {} },
    ]);
    const nul = await dryRunImport(
      t.db,
      editor,
      csvFile("nul.csv", `${UPDATE_HEADER}\n${row({ note: "a\u0000b" })}\n`),
    );
    expect(nul.report.refused?.code).toBe("notUtf8");
  });

  it("keeps markup in a cell as inert text: stored as written, never interpreted", async () => {
    const payload = `<script>alert("x")</script><img src=x onerror=alert(1)>`;
    const file = csvFile(
      "markup.csv",
      `${columnNames("agreements").join(",")}\nmarkup-test-agreement,mou,signed,"${payload.replaceAll('"', '""')}",,,,,,,,,,,,,\n`,
    );
    const { dry, done } = await importFile(t.db, editor, file);
    expect(codes(dry.report)).toEqual([]);
    expect(done?.committed).toBe(true);
    const stored = await t.db.agreement.findUniqueOrThrow({ where: { slug: "markup-test-agreement" } });
    expect(stored.titleEn).toBe(payload);
    // A reference in markup is refused by name; its message carries the text as a value, not markup.
    const bad = await dryRunImport(
      t.db,
      editor,
      csvFile("m.csv", `${columnNames("agreements").join(",")}\nmarkup-two,mou,signed,T,,,,,,,,,,<b>x</b>,,,\n`),
    );
    expect(codes(bad.report)).toEqual([{ row: 2, column: "signatories", code: "slug", params: {} }]);
  });

  it("imports status updates once: the second import of the same file changes nothing", async () => {
    const item = await t.db.planItem.findFirstOrThrow({ select: { id: true, slug: true, statusAssessedOn: true } });
    const file = csvFile(
      "updates.csv",
      `${UPDATE_HEADER}\n,,${item.slug},in_progress,40,2026-11-20,staff,Work has begun; 진행 중,https://example.org/report,\n`,
    );
    const first = await importFile(t.db, editor, file);
    expect(first.done?.errors).toEqual([]);
    expect(first.done?.counts).toMatchObject({ read: 1, ready: 1, create: 1, update: 0, unchanged: 0 });
    expect(first.done?.committed).toBe(true);
    const moved = await t.db.planItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(moved.status).toBe("in_progress");
    expect(moved.progress).toBe(40);
    const audits = await t.db.auditEntry.findMany({ where: { action: "import", actorId: editor.userId } });
    expect(audits.map((a) => a.entityType)).toEqual(expect.arrayContaining(["PlanItem", "StatusUpdate"]));
    const before = await dump();
    const second = await importFile(t.db, editor, file);
    expect(second.done?.counts).toMatchObject({ create: 0, update: 0, unchanged: 1 });
    expect(second.done?.committed).toBe(false);
    expect(await dump()).toBe(before);
  });
});

/** Uploads kept for an importer. */
const keptBy = (importer: Importer) => t.db.importUpload.count({ where: { userId: importer.userId } });

describe("import: the token between the dry run and the import", () => {
  const newUpdate = async (note: string) => {
    const item = await t.db.planItem.findFirstOrThrow({ where: { archivedAt: null }, select: { slug: true } });
    return csvFile("token.csv", `${UPDATE_HEADER}\n${updateRow(item.slug, { assessed_on: "2026-07-01", note })}\n`);
  };

  it("imports the file that was checked, once: the same token again is refused and changes nothing", async () => {
    const dry = await dryRunImport(t.db, editor, await newUpdate("token once"));
    expect(dry.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // Only the token's hash is stored.
    expect(await t.db.importUpload.count({ where: { id: dry.token ?? "" } })).toBe(0);
    const done = await confirmImport(t.db, editor, dry.token);
    expect(done.committed).toBe(true);
    const before = await dump();
    const again = await confirmImport(t.db, editor, dry.token);
    expect(again.refused?.code).toBe("tokenInvalid");
    expect(again.committed).toBe(false);
    expect(await dump()).toBe(before);
  });

  it("refuses another user's token, an expired one and a made-up one, changing nothing", async () => {
    const dry = await dryRunImport(t.db, editor, await newUpdate("token refused"));
    const other = await createImporter(t.db, "editor");
    const before = await dump();
    expect((await confirmImport(t.db, other, dry.token)).refused?.code).toBe("tokenInvalid");
    expect((await confirmImport(t.db, admin, dry.token)).refused?.code).toBe("tokenInvalid");
    for (const made of ["", "x", "A".repeat(43), null, 42, "../../etc/passwd"])
      expect((await confirmImport(t.db, editor, made)).refused?.code).toBe("tokenInvalid");
    await t.db.importUpload.updateMany({
      where: { userId: editor.userId },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const expired = await confirmImport(t.db, editor, dry.token);
    expect(expired.refused?.code).toBe("tokenExpired");
    const worded = await wordReport("ko", expired);
    expect(worded.refused?.message).toMatch(/만료/);
    expect(await dump()).toBe(before);
    // A new upload sweeps expired ones away.
    await dryRunImport(t.db, editor, await newUpdate("token sweep"));
    expect(await t.db.importUpload.count({ where: { expiresAt: { lte: new Date() } } })).toBe(0);
  });

  it("two confirmations of one token at once import once", async () => {
    const dry = await dryRunImport(t.db, editor, await newUpdate("token race"));
    const results = await Promise.all([confirmImport(t.db, editor, dry.token), confirmImport(t.db, editor, dry.token)]);
    expect(results.filter((r) => r.committed)).toHaveLength(1);
    expect(results.filter((r) => r.refused?.code === "tokenInvalid")).toHaveLength(1);
    expect(await t.db.statusUpdate.count({ where: { noteEn: "token race" } })).toBe(1);
  });

  it("an import that meets an error (the data changed since the check) writes nothing and keeps the token", async () => {
    const plan = await t.db.actionPlan.findFirstOrThrow({ where: { archivedAt: null }, select: { slug: true } });
    const file = csvFile(
      "race.csv",
      `${columnNames("items").join(",")}\n${plan.slug},951,token-race-item,Race,,,,,,,\n`,
    );
    const dry = await dryRunImport(t.db, editor, file);
    expect(dry.token).not.toBeNull();
    // Someone takes number 951 in the meantime.
    const taken = await importFile(
      t.db,
      admin,
      csvFile("other.csv", `${columnNames("items").join(",")}\n${plan.slug},951,token-race-other,Other,,,,,,,\n`),
    );
    expect(taken.done?.committed).toBe(true);
    const before = await dump();
    const done = await confirmImport(t.db, editor, dry.token);
    expect(done.committed).toBe(false);
    expect(codes(done)).toEqual([
      { row: 2, column: "number", code: "numberTaken", params: { slug: "token-race-other" } },
    ]);
    expect(await dump()).toBe(before);
    expect(await keptBy(editor)).toBeGreaterThan(0);
  });
});

describe("import: who may import what", () => {
  const accounts = (rows: string[]) => csvFile("accounts.csv", ["email,name,role", ...rows].join("\r\n"));

  it("an editor imports records and status updates, but a sheet of accounts is refused and nothing kept or written", async () => {
    const before = await dump();
    const kept = await keptBy(editor);
    const dry = await dryRunImport(t.db, editor, accounts(["new.person@import.test,New Person,admin"]));
    expect(dry.report.refused?.code).toBe("accountsAdminOnly");
    expect(dry.token).toBeNull();
    expect(await keptBy(editor)).toBe(kept);
    expect(await dump()).toBe(before);
    expect(await t.db.user.count({ where: { email: "new.person@import.test" } })).toBe(0);
  });

  it("an admin imports accounts: new ones without a password, roles changed, never their own", async () => {
    const existing = await createImporter(t.db, "viewer");
    const existingEmail = (await t.db.user.findUniqueOrThrow({ where: { id: existing.userId } })).email;
    const own = (await t.db.user.findUniqueOrThrow({ where: { id: admin.userId } })).email;
    const refused = await dryRunImport(t.db, admin, accounts([`${own},Me,viewer`]));
    expect(codes(refused.report)).toEqual([{ row: 2, column: "email", code: "ownAccount", params: {} }]);
    const bad = await dryRunImport(t.db, admin, accounts(["not-an-email,X,editor", "a@import.test,A,owner"]));
    expect(codes(bad.report).map((e) => [e.row, e.column, e.code])).toEqual([
      [2, "email", "email"],
      [3, "role", "choice"],
    ]);
    const { done } = await importFile(
      t.db,
      admin,
      accounts(["Fresh.Person@Import.test,Fresh Person,editor", `${existingEmail},,editor`, `${own},,admin`]),
    );
    expect(done?.committed).toBe(true);
    expect(done?.counts).toMatchObject({ read: 3, ready: 3, create: 1, update: 1 });
    const fresh = await t.db.user.findUniqueOrThrow({
      where: { email: "fresh.person@import.test" },
      include: { accounts: true },
    });
    expect(fresh).toMatchObject({ name: "Fresh Person", role: "editor" });
    expect(fresh.accounts).toEqual([]);
    expect((await t.db.user.findUniqueOrThrow({ where: { id: existing.userId } })).role).toBe("editor");
  });

  it("an admin demoted between the check and the import cannot import the accounts it checked", async () => {
    const dry = await dryRunImport(t.db, admin, accounts(["late@import.test,Late,viewer"]));
    expect(dry.token).not.toBeNull();
    const before = await dump();
    const done = await confirmImport(t.db, { ...admin, role: "editor" }, dry.token);
    expect(done.refused?.code).toBe("accountsAdminOnly");
    expect(await dump()).toBe(before);
  });
});

describe("import: search", () => {
  const hitIds = async (query: string) => ((await searchRecords(t.db, "item", query))?.hits ?? []).map((h) => h.id);
  it("an imported plan item is found by the search at once, and an updated one by its new title", async () => {
    const plan = await t.db.actionPlan.findFirstOrThrow({ where: { archivedAt: null }, select: { slug: true } });
    const header = columnNames("items").join(",");
    const created = await importFile(
      t.db,
      editor,
      csvFile("search.csv", `${header}\n${plan.slug},961,search-imported-item,Quokkaward pilot,,,,,,,\n`),
    );
    expect(created.done?.committed).toBe(true);
    const item = await t.db.planItem.findFirstOrThrow({ where: { slug: "search-imported-item" } });
    expect(await hitIds("Quokkaward")).toContain(item.id);
    const updated = await importFile(
      t.db,
      editor,
      csvFile("search2.csv", `${header}\n${plan.slug},961,search-imported-item,Wombatwise pilot,,,,,,,\n`),
    );
    expect(updated.done?.committed).toBe(true);
    expect(await hitIds("Wombatwise")).toContain(item.id);
    expect(await hitIds("Quokkaward")).toEqual([]);
  });
});
