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
import { assessmentSheetFields, namedLink, titledLink } from "@/lib/server/db/fragments";
import type { Db } from "@/lib/server/db/prisma";
import { filterTimeline, listTimelineEntries, type TimelineEntry } from "@/lib/server/queries/timeline";
import type { Namer, Vocabulary } from "./names";
import { joinList, type SheetRow } from "./sheets";

/**
 * The rows of each list view, as its export writes them: the same filters as the
 * page, every matching row (not one page of them), in the page's order, each code
 * with its name in the export's language beside it (sheets.ts, NAME_COLUMNS).
 */

const text = (v: string | number | boolean | null | undefined) => (v === null || v === undefined ? "" : String(v));

export async function agreementSheet(
  db: Db,
  filters: z.infer<typeof AgreementListParamsSchema>,
  names: Namer,
): Promise<SheetRow[]> {
  const { rows, directions } = await listAgreementRows(db, filters);
  rows.sort((a, b) => compareKeys(a.key, b.key, directions));
  return rows.map(({ value: a }) => ({
    slug: a.slug,
    kind: a.kind,
    kind_name: names.word("agreementKind", a.kind),
    status: a.status,
    status_name: names.word("agreementStatus", a.status),
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
    signatory_names: joinList(a.signatories.map((s) => names.name(s.ministry))),
    topics: joinList(a.topics.map((t) => t.topic.slug)),
    topic_names: joinList(a.topics.map((t) => names.name(t.topic))),
    previous: text(a.previous?.slug),
    previous_title: names.title(a.previous),
    relation: text(a.relation),
    relation_name: names.word("lineageRelation", a.relation),
  }));
}

export async function itemSheet(
  db: Db,
  filters: z.infer<typeof ItemListParamsSchema>,
  names: Namer,
): Promise<SheetRow[]> {
  const rows = await listItemRows(db, filters);
  return rows.map((i) => ({
    plan: i.plan.slug,
    plan_title: names.title(i.plan),
    number: text(i.number),
    slug: i.slug,
    title_en: i.titleEn,
    title_ko: text(i.titleKo),
    title_zh: text(i.titleZh),
    responsible_body: text(i.responsibleBody?.slug),
    responsible_body_name: names.name(i.responsibleBody),
    due_on: text(i.dueOn),
    status: i.status,
    status_name: names.word("status", i.status),
    progress: text(i.progress),
    status_assessed_on: text(i.statusAssessedOn),
  }));
}

/** /status as filtered: the items of the chosen status, or every item. */
export async function statusSheet(
  db: Db,
  filters: z.infer<typeof StatusFiltersSchema>,
  names: Namer,
): Promise<SheetRow[]> {
  return itemSheet(db, { status: filters.status }, names);
}

export async function statusUpdateSheet(
  db: Db,
  filters: z.infer<typeof StatusUpdateListParamsSchema>,
  names: Namer,
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
      planItem: { select: { ...titledLink, plan: { select: titledLink } } },
    },
  });
  return rows.map((u) => ({
    id: u.id,
    plan: u.planItem.plan.slug,
    plan_title: names.title(u.planItem.plan),
    item: u.planItem.slug,
    item_title: names.title(u.planItem),
    status: u.status,
    status_name: names.word("status", u.status),
    progress: text(u.progress),
    assessed_on: u.assessedOn,
    basis: u.basis,
    basis_name: names.word("basis", u.basis),
    note_en: text(u.noteEn),
    evidence_url: text(u.evidenceUrl),
    evidence_source: text(u.evidenceSourceId),
  }));
}

/** The catalogue that words a timeline entry's status: each kind has its own vocabulary. */
const TIMELINE_STATUS: Partial<Record<TimelineEntry["kind"], Vocabulary>> = {
  agreement: "agreementStatus",
  meeting: "meetingStatus",
  item: "status",
  status: "status",
};

export async function timelineSheet(
  db: Db,
  filters: TimelineFilters,
  names: Namer,
  today = todayIso(),
): Promise<SheetRow[]> {
  const entries = filterTimeline(await listTimelineEntries(db, today), filters);
  entries.sort((a, b) => comparePartialDates(a.date, b.date) || a.key.localeCompare(b.key));
  const sectorNames = await sectorNamesOf(db, names);
  return entries.map((e) => ({
    date: e.date,
    precision: text(precisionOf(e.date)),
    inferred: text(e.inferred),
    kind: e.kind,
    what: e.what,
    what_name: names.word(`timeline.what.${e.kind}`, e.what),
    status: text(e.status),
    status_name: timelineStatusName(names, e),
    title_en: e.title.en,
    title_ko: text(e.title.ko),
    title_zh: text(e.title.zh),
    place_en: text(e.place?.en),
    sectors: joinList(e.sectors),
    sector_names: joinList(e.sectors.map((s) => sectorNames.get(s) ?? s)),
    sides: joinList(e.sides),
    side_names: joinList(e.sides.map((s) => names.word("side", s))),
    link: e.href,
  }));
}

function timelineStatusName(names: Namer, e: TimelineEntry): string {
  const vocabulary = TIMELINE_STATUS[e.kind];
  return vocabulary ? names.word(vocabulary, e.status) : text(e.status);
}

/** Sector slug → name in the export's language (a handful of sectors). */
async function sectorNamesOf(db: Db, names: Namer): Promise<Map<string, string>> {
  const sectors = await db.sector.findMany({ select: namedLink });
  return new Map(sectors.map((s) => [s.slug, names.name(s)]));
}
