import "server-only";
import { z } from "zod";
import { todayIso } from "@/lib/dates";
import { param, parseSearchParams, type RawSearchParams } from "@/lib/schemas/search-params";
import { IMPLEMENTATION_STATUSES } from "@/lib/schemas/vocab";
import { db } from "@/lib/server/db/client";
import { DEFAULT_STALE_DAYS, STATUS_SHOWS } from "@/lib/status";
import { getStatusBoard } from "./status";

const StatusParamsSchema = z.object({
  status: param.oneOf(IMPLEMENTATION_STATUSES),
  staleDays: param.integer({ min: 1, max: 3650, fallback: DEFAULT_STALE_DAYS }),
  show: param.oneOf(STATUS_SHOWS),
  page: param.page(),
});

/**
 * What the status board shows for a query (?status=…&staleDays=…&show=…&page=…): the
 * values read from it, their errors and the board, windowed to the part asked for.
 */
export async function getStatusPage(searchParams: RawSearchParams) {
  const { values, errors } = parseSearchParams(StatusParamsSchema, searchParams);
  const board = await getStatusBoard(db, todayIso(), values.staleDays, values.status, {
    show: values.show,
    page: values.page,
  });
  return { values, errors, board };
}

export type StatusPageData = Awaited<ReturnType<typeof getStatusPage>>;
