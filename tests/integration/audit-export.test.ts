import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AUDIT_COLUMNS, handleAuditExport } from "@/lib/server/export/audit";
import { createSeededDb, type TestDb } from "../helpers/db";
import { createImporter, importFile } from "../helpers/import";

let t: TestDb;

beforeAll(async () => {
  t = await createSeededDb();
  const item = await t.db.planItem.findFirstOrThrow({ select: { slug: true } });
  const csv = `item,status,assessed_on,basis,note_en\n${item.slug},delayed,2026-11-20,staff,"=1+1 감사"\n`;
  // The formula cell is refused; the escaped one goes in.
  const importer = await createImporter(t.db, "editor", "Auditor 감사");
  const { dry, done } = await importFile(t.db, importer, {
    name: "a.csv",
    bytes: new TextEncoder().encode(csv.replace('"=1+1', "\"'=1+1")),
  });
  if (!done?.committed) throw new Error(JSON.stringify(dry));
});
afterAll(() => t.cleanup());

describe("/export/audit", () => {
  it("exports the audit log as filtered on /admin/audit, privately", async () => {
    const res = await handleAuditExport(t.db, new Request("http://test/export/audit.csv?action=import"), "csv");
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    const rows = parse(await res.text(), { bom: true, columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0] ?? {})).toEqual([...AUDIT_COLUMNS]);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.action === "import" && r.actor === "Auditor 감사")).toBe(true);
    // A note or change that starts like a formula stays inert.
    expect(rows.some((r) => r.changes?.includes("=1+1"))).toBe(true);
    const bad = await handleAuditExport(t.db, new Request("http://test/export/audit.json?action=nope"), "json");
    expect(bad.status).toBe(400);
  });

  it("exports the same entries as an Excel workbook, privately", async () => {
    const url = "http://test/export/audit.xlsx?action=import";
    const res = await handleAuditExport(t.db, new Request(url), "xlsx");
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    expect(res.headers.get("content-disposition")).toMatch(/audit-\d{4}-\d{2}-\d{2}\.xlsx/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error("no sheet");
    const rows = sheet
      .getSheetValues()
      .filter(Boolean)
      .map((r) => (r as string[]).slice(1).map((c) => c ?? ""));
    const csv = await handleAuditExport(t.db, new Request(url.replace(".xlsx", ".csv")), "csv");
    expect(rows).toEqual(parse(await csv.text(), { bom: true }));
    expect(rows[0]).toEqual([...AUDIT_COLUMNS]);
  });
});
