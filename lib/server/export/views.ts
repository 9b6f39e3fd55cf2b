import "server-only";
import type { z } from "zod";
import { comparePartialDates, precisionOf, todayIso } from "@/lib/dates";
import type {
  AgreementListParamsSchema,
  ItemListParamsSchema,
  StatusUpdateListParamsSchema,
} from "@/lib/schemas/api-filters";
import type { StatusFiltersSchema } from "@/lib/schemas/status-filters";
import type { TimelineFilters } from "@/lib/schemas/timeline-filters";
import { compareKeys } from "@/lib/server/api/pagination";
import { listAgreementRows, listItemRows } from "@/lib/server/api/resources";
import { assessmentSheetFields } from "@/lib/server/db/fragments";
import type { Db } from "@/lib/server/db/prisma";
import { filterTimeline, listTimelineEntries } from "@/lib/server/queries/timeline";
import { joinList, type SheetRow } from "./sheets";

/**
 * The rows of each list view, as its export writes them: the same filters as the
 * page, every matching row (not one page of them), in the page's order.
 */

const text = (v: string | number | boolean | null | undefined) => (v === null || v === undefined ? "" : String(v));

export async function agreementSheet(db: Db, filters: z.infer<typeof AgreementListParamsSchema>): Promise<SheetRow[]> {
  const { rows, directions } = await listAgreementRows(db, filters);
  rows.sort((a, b) => compareKeys(a.key, b.key, directions));
  return rows.map(({ value: a }) => ({
    slug: a.slug,
    kind: a.kind,
    status: a.status,
    title_en: a.titleEn,
    title_ko: text(a.titleKo),
    title_zh: text(a.titleZh),
    summary_en: text(a.summaryEn),
    summary_ko: text(a.summaryKo),
    summary_zh: text(a.summaryZh),
    signed_on: text(a.signedOn),
    signed_inferred: text(a.signedInferred),
    effective_on: text(a.effectiveOn),
    expires_on: text(a.expiresOn),
    signatories: joinList(a.signatories.map((s) => s.ministry.slug)),
    topics: joinList(a.topics.map((t) => t.topic.slug)),
    previous: text(a.previous?.slug),
    relation: text(a.relation),
  }));
}

export async function itemSheet(db: Db, filters: z.infer<typeof ItemListParamsSchema>): Promise<SheetRow[]> {
  const rows = await listItemRows(db, filters);
  return rows.map((i) => ({
    plan: i.plan.slug,
    number: text(i.number),
    slug: i.slug,
    title_en: i.titleEn,
    title_ko: text(i.titleKo),
    title_zh: text(i.titleZh),
    responsible_body: text(i.responsibleBody?.slug),
    due_on: text(i.dueOn),
    status: i.status,
    progress: text(i.progress),
    status_assessed_on: text(i.statusAssessedOn),
  }));
}

/** /status as filtered: the items of the chosen status, or every item. */
export async function statusSheet(db: Db, filters: z.infer<typeof StatusFiltersSchema>): Promise<SheetRow[]> {
  return itemSheet(db, { status: filters.status });
}

export async function statusUpdateSheet(
  db: Db,
  filters: z.infer<typeof StatusUpdateListParamsSchema>,
): Promise<SheetRow[]> {
  const rows = await db.statusUpdate.findMany({
    where: {
      planItem: {
        archivedAt: null,
        ...(filters.item ? { slug: filters.item } : {}),
        plan: { archivedAt: null, ...(filters.plan ? { slug: filters.plan } : {}) },
      },
      ...(filters.status ? { status: filters.status } : {}),
      ...(filters.basis ? { basis: filters.basis } : {}),
      ...(filters.since ? { assessedOn: { gte: filters.since } } : {}),
    },
    orderBy: [
      { planItem: { plan: { slug: "asc" } } },
      { planItem: { number: "asc" } },
      { assessedOn: "asc" },
      { createdAt: "asc" },
      { id: "asc" },
    ],
    select: {
      ...assessmentSheetFields,
      planItem: { select: { slug: true, plan: { select: { slug: true } } } },
    },
  });
  return rows.map((u) => ({
    id: u.id,
    plan: u.planItem.plan.slug,
    item: u.planItem.slug,
    status: u.status,
    progress: text(u.progress),
    assessed_on: u.assessedOn,
    basis: u.basis,
    note_en: text(u.noteEn),
    evidence_url: text(u.evidenceUrl),
    evidence_source: text(u.evidenceSourceId),
  }));
}

export async function timelineSheet(db: Db, filters: TimelineFilters, today = todayIso()): Promise<SheetRow[]> {
  const entries = filterTimeline(await listTimelineEntries(db, today), filters);
  entries.sort((a, b) => comparePartialDates(a.date, b.date) || a.key.localeCompare(b.key));
  return entries.map((e) => ({
    date: e.date,
    precision: text(precisionOf(e.date)),
    inferred: text(e.inferred),
    kind: e.kind,
    what: e.what,
    status: text(e.status),
    title_en: e.title.en,
    title_ko: text(e.title.ko),
    title_zh: text(e.title.zh),
    place_en: text(e.place?.en),
    sectors: joinList(e.sectors),
    sides: joinList(e.sides),
    link: e.href,
  }));
}
