import "server-only";
import type { EditableEntity } from "@/lib/schemas/record-edit";
import type { Locale } from "@/lib/schemas/vocab";
import type { Db } from "@/lib/server/db/prisma";
import { eventTimelineHref } from "@/lib/timeline";

/**
 * What record text is missing in which language, and which is still the tracker's
 * own translation, for /admin/translations. A field counts when some language has it
 * and another does not, or when a Korean or Chinese text is marked as translated by
 * the tracker (an editor replaces it with an official form where a source gives one);
 * a field no language has (an unknown summary) is not listed.
 */

export const TRANSLATED_KINDS = [
  "agreement",
  "ministry",
  "dialogue",
  "meeting",
  "plan",
  "planItem",
  "event",
  "person",
  "sector",
  "topic",
] as const;
export type TranslatedKind = (typeof TRANSLATED_KINDS)[number];

/** A text's languages that are missing, and those that hold the tracker's own translation. */
export type MissingField = { field: string; missing: Locale[]; translated: Locale[] };

export type MissingTranslation = {
  kind: TranslatedKind;
  slug: string;
  /** The record's name as stored (for its label, localised by the page). */
  texts: { En: string; Ko?: string | null; Zh?: string | null };
  /** The public page that shows the record, if it has one. */
  href: string | null;
  /** Its staff edit form, where the missing languages are filled in. */
  editHref: string;
  fields: MissingField[];
};

type Row = Record<string, unknown>;
const LANGS = [
  ["en", "En"],
  ["ko", "Ko"],
  ["zh", "Zh"],
] as const;

function missingIn(row: Row, fields: readonly string[]): MissingField[] {
  const out: MissingField[] = [];
  const marks = String(row.translated ?? "").split(" ");
  for (const field of fields) {
    const present = (suffix: string) => {
      const v = row[`${field}${suffix}`];
      return typeof v === "string" && v.trim() !== "";
    };
    if (!LANGS.some(([, s]) => present(s))) continue;
    const missing = LANGS.filter(([, s]) => !present(s)).map(([l]) => l);
    const translated = LANGS.filter(([, s]) => present(s) && marks.includes(`${field}${s}`)).map(([l]) => l);
    if (missing.length || translated.length) out.push({ field, missing: [...missing], translated: [...translated] });
  }
  return out;
}

const text = (row: Row, field: string) => ({
  En: String(row[`${field}En`] ?? ""),
  Ko: (row[`${field}Ko`] as string | null | undefined) ?? null,
  Zh: (row[`${field}Zh`] as string | null | undefined) ?? null,
});

export async function listMissingTranslations(db: Db): Promise<MissingTranslation[]> {
  const open = { archivedAt: null };
  // Every localized text's three languages, and which of them are the tracker's own.
  const tri = (f: string) => ({ [`${f}En`]: true, [`${f}Ko`]: true, [`${f}Zh`]: true, translated: true });
  const [agreements, ministries, dialogues, meetings, plans, items, events, people, sectors, topics] =
    await Promise.all([
      db.agreement.findMany({
        where: open,
        select: { id: true, slug: true, ...tri("title"), ...tri("summary") },
        orderBy: { slug: "asc" },
      }),
      db.ministry.findMany({
        where: open,
        select: { id: true, slug: true, ...tri("name"), ...tri("summary") },
        orderBy: { slug: "asc" },
      }),
      db.dialogue.findMany({
        where: open,
        select: { id: true, slug: true, ...tri("name"), ...tri("summary") },
        orderBy: { slug: "asc" },
      }),
      db.meeting.findMany({
        where: open,
        select: {
          id: true,
          slug: true,
          ...tri("place"),
          ...tri("agenda"),
          ...tri("outcomes"),
          dialogue: { select: { slug: true, ...tri("name") } },
        },
        orderBy: { slug: "asc" },
      }),
      db.actionPlan.findMany({
        where: open,
        select: { id: true, slug: true, ...tri("title"), ...tri("summary") },
        orderBy: { slug: "asc" },
      }),
      db.planItem.findMany({
        where: open,
        select: { id: true, slug: true, ...tri("title"), plan: { select: { slug: true } } },
        orderBy: { slug: "asc" },
      }),
      db.event.findMany({
        where: open,
        select: { id: true, slug: true, startOn: true, ...tri("title"), ...tri("summary"), ...tri("place") },
        orderBy: { slug: "asc" },
      }),
      db.person.findMany({ where: open, select: { id: true, slug: true, ...tri("name") }, orderBy: { slug: "asc" } }),
      db.sector.findMany({ select: { id: true, slug: true, ...tri("name") }, orderBy: { slug: "asc" } }),
      db.topic.findMany({ select: { id: true, slug: true, ...tri("name") }, orderBy: { slug: "asc" } }),
    ]);

  const out: MissingTranslation[] = [];
  const ENTITY: Record<TranslatedKind, EditableEntity> = {
    agreement: "Agreement",
    ministry: "Ministry",
    dialogue: "Dialogue",
    meeting: "Meeting",
    plan: "ActionPlan",
    planItem: "PlanItem",
    event: "Event",
    person: "Person",
    sector: "Sector",
    topic: "Topic",
  };
  const add = (
    kind: TranslatedKind,
    row: Row,
    label: Row,
    labelField: string,
    fields: string[],
    href: string | null,
  ) => {
    const missing = missingIn(row, fields);
    if (missing.length)
      out.push({
        kind,
        slug: String(row.slug),
        texts: text(label, labelField),
        href,
        editHref: `/edit/${ENTITY[kind]}/${String(row.id)}`,
        fields: missing,
      });
  };
  for (const r of agreements as Row[]) add("agreement", r, r, "title", ["title", "summary"], `/agreements/${r.slug}`);
  for (const r of ministries as Row[]) add("ministry", r, r, "name", ["name", "summary"], `/ministries/${r.slug}`);
  for (const r of dialogues as Row[]) add("dialogue", r, r, "name", ["name", "summary"], `/dialogues/${r.slug}`);
  for (const r of meetings as (Row & { dialogue: Row })[])
    add("meeting", r, r.dialogue, "name", ["place", "agenda", "outcomes"], `/dialogues/${r.dialogue.slug}#${r.slug}`);
  for (const r of plans as Row[]) add("plan", r, r, "title", ["title", "summary"], `/plans/${r.slug}`);
  for (const r of items as (Row & { plan: Row })[])
    add("planItem", r, r, "title", ["title"], `/plans/${r.plan.slug}#${r.slug}`);
  for (const r of events as (Row & { startOn: string | null })[])
    add("event", r, r, "title", ["title", "summary", "place"], eventTimelineHref(String(r.slug), r.startOn));
  for (const r of people as Row[]) add("person", r, r, "name", ["name"], null);
  for (const r of sectors as Row[]) add("sector", r, r, "name", ["name"], `/agreements?sector=${r.slug}`);
  for (const r of topics as Row[]) add("topic", r, r, "name", ["name"], `/agreements?topic=${r.slug}`);
  return out;
}

/** Counts per language, for the page's summary line. */
export function countMissing(rows: readonly MissingTranslation[]): Record<Locale, number> {
  const counts: Record<Locale, number> = { en: 0, ko: 0, zh: 0 };
  for (const r of rows) for (const f of r.fields) for (const l of f.missing) counts[l] += 1;
  return counts;
}

/** Texts that are the tracker's own translation, per language. */
export function countTranslated(rows: readonly MissingTranslation[]): Record<Locale, number> {
  const counts: Record<Locale, number> = { en: 0, ko: 0, zh: 0 };
  for (const r of rows) for (const f of r.fields) for (const l of f.translated) counts[l] += 1;
  return counts;
}
