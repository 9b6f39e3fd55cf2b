import "server-only";
import type { z } from "zod";
import { todayIso } from "@/lib/dates";
import {
  AgreementListParamsSchema,
  ItemListParamsSchema,
  StatusUpdateListParamsSchema,
} from "@/lib/schemas/api-filters";
import { parseSearchParams } from "@/lib/schemas/search-params";
import { StatusFiltersSchema } from "@/lib/schemas/status-filters";
import { TimelineFiltersSchema } from "@/lib/schemas/timeline-filters";
import { badRequest, cacheableResponse, notFound, rawParams } from "@/lib/server/api/respond";
import type { Db } from "@/lib/server/db/prisma";
import { toCsv } from "./csv";
import { columnNames, type SheetRow, TIMELINE_COLUMNS } from "./sheets";
import { agreementSheet, itemSheet, statusSheet, statusUpdateSheet, timelineSheet } from "./views";

/**
 * /export/<view>.csv and /export/<view>.json: a list view exactly as filtered on
 * screen (the page's own query parameters), every matching row.
 */

type View<S extends z.ZodRawShape> = {
  params: z.ZodObject<S>;
  columns: readonly string[];
  rows(db: Db, filters: z.infer<z.ZodObject<S>>): Promise<SheetRow[]>;
};
const view = <S extends z.ZodRawShape>(v: View<S>) => v;

export const EXPORT_VIEWS = {
  agreements: view({ params: AgreementListParamsSchema, columns: columnNames("agreements"), rows: agreementSheet }),
  items: view({ params: ItemListParamsSchema, columns: columnNames("items"), rows: itemSheet }),
  "status-updates": view({
    params: StatusUpdateListParamsSchema,
    columns: columnNames("status-updates"),
    rows: statusUpdateSheet,
  }),
  status: view({ params: StatusFiltersSchema, columns: columnNames("items"), rows: statusSheet }),
  timeline: view({ params: TimelineFiltersSchema, columns: TIMELINE_COLUMNS, rows: timelineSheet }),
};

export type ExportView = keyof typeof EXPORT_VIEWS;

const FILE = /^(agreements|items|status-updates|status|timeline)\.(csv|json)$/;

async function build<S extends z.ZodRawShape>(v: View<S>, db: Db, raw: Record<string, string | string[]>) {
  const { values, errors } = parseSearchParams(v.params, raw);
  if (errors.length > 0) return { errors };
  return { rows: await v.rows(db, values), values };
}

export async function handleExport(db: Db, request: Request, file: string): Promise<Response> {
  const match = FILE.exec(file);
  if (!match) return notFound(`export named "${file}"`);
  const [, name, format] = match as unknown as [string, ExportView, "csv" | "json"];
  const v = EXPORT_VIEWS[name] as View<z.ZodRawShape>;
  // Parameters the view does not know (a page's own, such as `page`) are ignored, as the page does.
  const result = await build(v, db, rawParams(new URL(request.url)));
  if ("errors" in result) return badRequest(result.errors ?? []);
  const filename = `${name}-${todayIso()}.${format}`;
  const disposition = { "Content-Disposition": `attachment; filename="${filename}"` };
  if (format === "csv") {
    return cacheableResponse(request, toCsv(v.columns, result.rows), "text/csv; charset=utf-8", null, disposition);
  }
  const body = JSON.stringify({ view: name, filters: result.values, columns: v.columns, rows: result.rows }, null, 1);
  return cacheableResponse(request, body, "application/json; charset=utf-8", null, disposition);
}
