import "server-only";
import { z } from "zod";
import { todayIso } from "@/lib/dates";
import {
  AgreementListParamsSchema,
  ItemListParamsSchema,
  StatusUpdateListParamsSchema,
} from "@/lib/schemas/api-filters";
import { param, parseSearchParams } from "@/lib/schemas/search-params";
import { StatusFiltersSchema } from "@/lib/schemas/status-filters";
import { TimelineFiltersSchema } from "@/lib/schemas/timeline-filters";
import { LOCALES } from "@/lib/schemas/vocab";
import { badRequest, cacheableResponse, notFound, rawParams } from "@/lib/server/api/respond";
import type { Db } from "@/lib/server/db/prisma";
import { COMPARE_COLUMNS, compareSheet } from "./compare";
import { toCsv } from "./csv";
import { type Namer, namer } from "./names";
import { exportColumns, type SheetRow, TIMELINE_COLUMNS } from "./sheets";
import { agreementSheet, itemSheet, statusSheet, statusUpdateSheet, timelineSheet } from "./views";
import { toXlsx } from "./xlsx";

/**
 * /export/<view>.csv, .xlsx and .json: a list view exactly as filtered on screen (the
 * page's own query parameters), every matching row, with the names beside the codes
 * in the language of `lang` (the export links pass the page's). The language is in
 * the URL, never taken from the request's headers, so one URL is one file for
 * everybody and a shared cache may keep it.
 */

type View<S extends z.ZodRawShape> = {
  params: z.ZodObject<S>;
  columns: readonly string[];
  rows(db: Db, filters: z.infer<z.ZodObject<S>>, names: Namer): Promise<SheetRow[]>;
};
const view = <S extends z.ZodRawShape>(v: View<S>) => v;

export const EXPORT_VIEWS = {
  agreements: view({ params: AgreementListParamsSchema, columns: exportColumns("agreements"), rows: agreementSheet }),
  items: view({ params: ItemListParamsSchema, columns: exportColumns("items"), rows: itemSheet }),
  "status-updates": view({
    params: StatusUpdateListParamsSchema,
    columns: exportColumns("status-updates"),
    rows: statusUpdateSheet,
  }),
  status: view({ params: StatusFiltersSchema, columns: exportColumns("items"), rows: statusSheet }),
  timeline: view({ params: TimelineFiltersSchema, columns: TIMELINE_COLUMNS, rows: timelineSheet }),
};

export type ExportView = keyof typeof EXPORT_VIEWS;
export type ExportFormat = "csv" | "xlsx" | "json";

/** The language of an export's names: `?lang=ko`; English without one. */
export const ExportLangSchema = z.object({ lang: param.oneOf(LOCALES) });

const FILE = /^(agreements|items|status-updates|status|timeline)\.(csv|xlsx|json)$/;

async function build<S extends z.ZodRawShape>(v: View<S>, db: Db, raw: Record<string, string | string[]>) {
  const { values, errors } = parseSearchParams(v.params, raw);
  const lang = parseSearchParams(ExportLangSchema, raw);
  if (errors.length + lang.errors.length > 0) return { errors: [...errors, ...lang.errors] };
  return { rows: await v.rows(db, values, await namer(lang.values.lang ?? "en")), values };
}

export async function handleExport(db: Db, request: Request, file: string): Promise<Response> {
  const compare = COMPARE_FILE.exec(file);
  if (compare) return handleCompareExport(db, request, compare[1] as ExportFormat);
  const match = FILE.exec(file);
  if (!match) return notFound(`export named "${file}"`);
  const [, name, format] = match as unknown as [string, ExportView, ExportFormat];
  const v = EXPORT_VIEWS[name] as View<z.ZodRawShape>;
  // Parameters the view does not know (a page's own, such as `page`) are ignored, as the page does.
  const result = await build(v, db, rawParams(new URL(request.url)));
  if ("errors" in result) return badRequest(result.errors ?? []);
  return sheetResponse(request, { name, format, columns: v.columns, rows: result.rows, filters: result.values });
}

const COMPARE_FILE = /^compare\.(csv|xlsx|json)$/;

/** /export/compare.<format>?a=…: the agreements /compare sets side by side, one row each. */
async function handleCompareExport(db: Db, request: Request, format: ExportFormat): Promise<Response> {
  const raw = rawParams(new URL(request.url));
  const lang = parseSearchParams(ExportLangSchema, raw);
  if (lang.errors.length > 0) return badRequest(lang.errors);
  const sheet = await compareSheet(db, raw.a, await namer(lang.values.lang ?? "en"));
  if (!sheet.ok) return badRequest(sheet.problems);
  const filters = { a: sheet.slugs, lang: lang.values.lang };
  return sheetResponse(request, { name: "compare", format, columns: COMPARE_COLUMNS, rows: sheet.rows, filters });
}

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  json: "application/json; charset=utf-8",
};

/** One sheet of rows as a download in the format asked for; the compare export writes through it too. */
export async function sheetResponse(
  request: Request,
  sheet: { name: string; format: ExportFormat; columns: readonly string[]; rows: SheetRow[]; filters: unknown },
): Promise<Response> {
  const { name, format, columns, rows, filters } = sheet;
  const disposition = { "Content-Disposition": `attachment; filename="${name}-${todayIso()}.${format}"` };
  const body =
    format === "csv"
      ? toCsv(columns, rows)
      : format === "xlsx"
        ? await toXlsx(name, columns, rows)
        : JSON.stringify({ view: name, filters, columns, rows }, null, 1);
  return cacheableResponse(request, body, CONTENT_TYPES[format], null, disposition);
}
