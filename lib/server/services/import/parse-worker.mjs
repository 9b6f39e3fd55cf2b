// Reads an uploaded spreadsheet into rows of text cells, in a worker thread
// (node:worker_threads) so that a large or hostile file never blocks the server's
// event loop. Started by ./parse.ts, which bounds its time and memory; plain
// JavaScript because it runs outside the Next.js bundle.
//
// In:  workerData = { name, bytes: Uint8Array, limits: { maxBytes, maxRows, maxInflatedBytes } }
// Out: { ok: true, format, table: [{ row, cells: string[] }] } (header first, blank rows dropped)
//   or { ok: false, code, params } — a code of the importSheet.refused catalogue.
//
// Every limit is checked while reading and stops the reading there: the CSV parser is
// told to stop after the row limit, and a workbook's entries are checked against their
// declared sizes before anything is inflated, then inflated with a cap on the output.
import { parentPort, workerData } from "node:worker_threads";
import { inflateRawSync } from "node:zlib";

/** Notes and blank lines past the row limit that a file may hold before it is refused unread. */
const SLACK_ROWS = 1000;

class Refusal extends Error {
  constructor(code, params = {}) {
    super(code);
    this.code = code;
    this.params = params;
  }
}

const isZip = (bytes) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

// ---------------------------------------------------------------- CSV

/** UTF-16 shows as a byte-order mark, or as NUL in every other byte of Latin text. */
function looksUtf16(bytes) {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  const sample = bytes.subarray(0, 2000);
  let nul = 0;
  for (const b of sample) if (b === 0) nul++;
  return nul > sample.length / 4;
}

function decodeText(bytes) {
  if (looksUtf16(bytes)) throw new Refusal("utf16");
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new Refusal("notUtf8");
  }
  // A NUL byte is valid UTF-8 but never text: a binary file, or UTF-16 without its mark.
  if (text.includes("\u0000")) throw new Refusal("notUtf8");
  // One line ending for the whole file: a row written with LF in a file of CRLF (or an
  // old Mac's CR) is a row of its own, never a line break inside the row above it.
  return text.replace(/\r\n?/g, "\n");
}

const isBlank = (cells) => cells.every((c) => c.trim() === "");

async function readCsv(bytes, limits) {
  const text = decodeText(bytes);
  const { parse } = await import("csv-parse/sync");
  const cap = limits.maxRows + 1 + SLACK_ROWS;
  let records;
  try {
    records = parse(text, {
      comment: "#",
      comment_no_infix: true,
      relax_column_count: true,
      skip_empty_lines: true,
      record_delimiter: "\n",
      info: true,
      // Stop reading here: a file of half a million rows is refused after cap of them.
      to: cap,
    });
  } catch (error) {
    const line = typeof error?.lines === "number" ? error.lines : 0;
    throw new Refusal(error?.code === "CSV_QUOTE_NOT_CLOSED" ? "csvQuote" : "csvSyntax", { line });
  }
  if (records.length >= cap) throw new Refusal("tooManyRows", { max: limits.maxRows });
  return records.map((r) => ({ row: r.info.lines, cells: r.record })).filter((r) => !isBlank(r.cells));
}

// ---------------------------------------------------------------- XLSX: the zip container

const u16 = (b, at) => b[at] | (b[at + 1] << 8);
const u32 = (b, at) => (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16)) + b[at + 3] * 0x1000000;

function endOfCentralDirectory(b) {
  // The record is 22 bytes plus a comment of up to 65,535.
  for (let at = b.length - 22; at >= Math.max(0, b.length - 22 - 0xffff); at--) {
    if (u32(b, at) === 0x06054b50) return { count: u16(b, at + 10), offset: u32(b, at + 16) };
  }
  throw new Refusal("notXlsx");
}

/** The entries the central directory declares: name, method, sizes and where the data is. */
function zipEntries(b) {
  const end = endOfCentralDirectory(b);
  if (end.count === 0xffff || end.offset === 0xffffffff || end.count > 2000) throw new Refusal("damagedXlsx");
  const entries = [];
  let at = end.offset;
  for (let i = 0; i < end.count; i++) {
    if (at + 46 > b.length || u32(b, at) !== 0x02014b50) throw new Refusal("damagedXlsx");
    const nameLength = u16(b, at + 28);
    entries.push({
      flags: u16(b, at + 8),
      method: u16(b, at + 10),
      compressed: u32(b, at + 20),
      size: u32(b, at + 24),
      local: u32(b, at + 42),
      name: new TextDecoder().decode(b.subarray(at + 46, at + 46 + nameLength)),
    });
    at += 46 + nameLength + u16(b, at + 30) + u16(b, at + 32);
  }
  return entries;
}

function entryData(b, entry) {
  const at = entry.local;
  if (at + 30 > b.length || u32(b, at) !== 0x04034b50) throw new Refusal("damagedXlsx");
  const start = at + 30 + u16(b, at + 26) + u16(b, at + 28);
  if (start + entry.compressed > b.length) throw new Refusal("damagedXlsx");
  return b.subarray(start, start + entry.compressed);
}

/** Counts the rows of a worksheet's XML (`<row ` or `<row>`, not `<rowBreaks`). */
function countRows(xml) {
  let rows = 0;
  for (let at = xml.indexOf("<row"); at !== -1; at = xml.indexOf("<row", at + 4)) {
    const next = xml[at + 4];
    if (next === 0x20 || next === 0x3e) rows++;
  }
  return rows;
}

/**
 * Checks the workbook before a spreadsheet library sees it: the sizes its entries
 * declare (refused before inflating anything when they add up to too much), then
 * each entry inflated with a cap on its output, so an entry that lies about its size
 * stops at the limit instead of filling the memory; and the rows of each worksheet.
 */
function checkWorkbook(b, limits) {
  const entries = zipEntries(b);
  const maxMb = Math.round(limits.maxInflatedBytes / 1024 / 1024);
  const declared = entries.reduce((sum, e) => sum + e.size, 0);
  if (declared > limits.maxInflatedBytes) throw new Refusal("inflatedTooLarge", { maxMb });
  let budget = limits.maxInflatedBytes;
  for (const entry of entries) {
    if (entry.flags & 0x1) throw new Refusal("damagedXlsx");
    const data = entryData(b, entry);
    let out;
    if (entry.method === 0) out = data;
    else if (entry.method === 8) {
      try {
        out = inflateRawSync(data, { maxOutputLength: Math.max(1, budget) });
      } catch (error) {
        if (error?.code === "ERR_BUFFER_TOO_LARGE") throw new Refusal("inflatedTooLarge", { maxMb });
        throw new Refusal("damagedXlsx");
      }
    } else throw new Refusal("damagedXlsx");
    if (out.length !== entry.size) throw new Refusal("damagedXlsx");
    budget -= out.length;
    if (budget < 0) throw new Refusal("inflatedTooLarge", { maxMb });
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(entry.name) && countRows(out) > limits.maxRows + 1 + SLACK_ROWS)
      throw new Refusal("tooManyRows", { max: limits.maxRows });
  }
}

// ---------------------------------------------------------------- XLSX: the sheet

function cellText(value) {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    // A formula is kept as one, so the import refuses it like a CSV cell starting with =.
    if ("formula" in value || "sharedFormula" in value) return `=${value.formula ?? ""}`;
    if ("text" in value) return String(value.text);
    if ("error" in value) return "";
  }
  return String(value);
}

async function readXlsx(bytes, limits) {
  checkWorkbook(bytes, limits);
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  } catch {
    throw new Refusal("notXlsx");
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Refusal("noWorksheet");
  const table = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value));
    if (cells[0]?.startsWith("#") || isBlank(cells)) return;
    table.push({ row: rowNumber, cells });
  });
  return table;
}

// ---------------------------------------------------------------- entry

async function read({ name, bytes, limits }) {
  if (bytes.byteLength === 0) throw new Refusal("empty");
  if (bytes.byteLength > limits.maxBytes)
    throw new Refusal("tooLarge", { maxMb: Math.round(limits.maxBytes / 1024 / 1024) });
  const xlsx = name.toLowerCase().endsWith(".xlsx") || isZip(bytes);
  const table = xlsx ? await readXlsx(bytes, limits) : await readCsv(bytes, limits);
  // The header is not a data row.
  if (table.length - 1 > limits.maxRows) throw new Refusal("tooManyRows", { max: limits.maxRows });
  return { ok: true, format: xlsx ? "xlsx" : "csv", table };
}

read(workerData).then(
  (result) => parentPort.postMessage(result),
  (error) =>
    parentPort.postMessage(
      error instanceof Refusal
        ? { ok: false, code: error.code, params: error.params }
        : { ok: false, code: "unreadable", params: {} },
    ),
);
