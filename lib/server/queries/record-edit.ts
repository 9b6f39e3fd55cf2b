import "server-only";
import {
  CITED_COLUMNS,
  CITED_ENTITY,
  type CitedColumn,
  CREATE_SCHEMAS,
  type EditableEntity,
  REFERENCES,
} from "@/lib/schemas/record-edit";
import type { Locale } from "@/lib/schemas/vocab";
import { delegate, relationLists, toFields } from "@/lib/server/db/delegates";
import type { Db } from "@/lib/server/db/prisma";
import type { LookupKind } from "@/lib/server/search";
import { eventTimelineHref } from "@/lib/timeline";

export type EditableRecord = {
  id: string;
  version: number;
  archivedAt: Date | null;
  values: Record<string, string>;
  /** Where the record is shown to readers, when it has a page of its own (or a place on one). */
  href: string | null;
};

function formValue(v: unknown): string {
  if (v === null || v === undefined || v === false) return "";
  if (v === true) return "on";
  return String(v);
}

/** A record's editable fields as form strings (null as ""), or null when there is no such record. */
export async function getEditableRecord(db: Db, entity: EditableEntity, id: string): Promise<EditableRecord | null> {
  const row = await delegate(db, entity).findUnique({ where: { id } });
  if (!row) return null;
  const source: Record<string, unknown> = { ...toFields(entity, row) };
  if (entity === "Agreement") {
    const lists = await relationLists(db, id);
    source.topicIds = lists.topicIds?.join(",");
    source.signatoryIds = lists.signatoryIds?.join(",");
  }
  const values: Record<string, string> = {};
  for (const field of Object.keys(CREATE_SCHEMAS[entity].shape)) values[field] = formValue(source[field]);
  return {
    id: row.id,
    version: row.version,
    archivedAt: row.archivedAt,
    values,
    href: await publicHref(db, entity, id),
  };
}

/** The public page that shows a record, or null (people, and archived parents, have none). */
export async function publicHref(db: Db, entity: EditableEntity, id: string): Promise<string | null> {
  switch (entity) {
    case "Agreement": {
      const r = await db.agreement.findUnique({ where: { id }, select: { slug: true } });
      return r ? `/agreements/${r.slug}` : null;
    }
    case "Ministry": {
      const r = await db.ministry.findUnique({ where: { id }, select: { slug: true } });
      return r ? `/ministries/${r.slug}` : null;
    }
    case "Dialogue": {
      const r = await db.dialogue.findUnique({ where: { id }, select: { slug: true } });
      return r ? `/dialogues/${r.slug}` : null;
    }
    case "Meeting": {
      const r = await db.meeting.findUnique({
        where: { id },
        select: { slug: true, dialogue: { select: { slug: true } } },
      });
      return r ? `/dialogues/${r.dialogue.slug}#${r.slug}` : null;
    }
    case "ActionPlan": {
      const r = await db.actionPlan.findUnique({ where: { id }, select: { slug: true } });
      return r ? `/plans/${r.slug}` : null;
    }
    case "PlanItem": {
      const r = await db.planItem.findUnique({
        where: { id },
        select: { slug: true, plan: { select: { slug: true } } },
      });
      return r ? `/plans/${r.plan.slug}#${r.slug}` : null;
    }
    case "Event": {
      const r = await db.event.findUnique({ where: { id }, select: { slug: true, startOn: true } });
      return r ? eventTimelineHref(r.slug, r.startOn) : null;
    }
    case "Source":
      return `/sources/${id}`;
    case "Citation": {
      const r = await db.citation.findUnique({ where: { id }, select: { sourceId: true } });
      return r ? `/sources/${r.sourceId}` : null;
    }
    case "Sector": {
      const r = await db.sector.findUnique({ where: { id }, select: { slug: true } });
      return r ? `/agreements?sector=${r.slug}` : null;
    }
    case "Topic": {
      const r = await db.topic.findUnique({ where: { id }, select: { slug: true } });
      return r ? `/agreements?topic=${r.slug}` : null;
    }
    case "Person":
      return null;
  }
}

export type ChoiceOption = { value: string; label: string; lang?: string };
export type ChoiceGroup = { group: string; options: ChoiceOption[] };

const LANG_SUFFIX = { en: "En", ko: "Ko", zh: "Zh" } as const;
const ORDER: Record<Locale, Locale[]> = { en: ["en", "ko", "zh"], ko: ["ko", "en", "zh"], zh: ["zh", "en", "ko"] };

/** A record's name in the reader's language or the first other one it has, for a list of choices. */
function label(row: Record<string, unknown>, field: string, locale: Locale): { label: string; lang: string } {
  for (const l of ORDER[locale]) {
    const v = row[`${field}${LANG_SUFFIX[l]}`];
    if (typeof v === "string" && v) return { label: v, lang: l === "zh" ? "zh-Hans" : l };
  }
  return { label: String(row.slug ?? row.id), lang: "en" };
}

const tri = (f: string) => ({ [`${f}En`]: true, [`${f}Ko`]: true, [`${f}Zh`]: true });

/**
 * The labels of the records a form already names (an edited record's relations, a
 * new record's ?planId=…), archived ones included, for the fields that look records
 * up as the editor types (components/editing/record-lookup.tsx) instead of listing
 * them all.
 */
export async function choiceLabels(
  db: Db,
  kind: LookedUpEntity,
  ids: readonly string[],
  locale: Locale,
): Promise<Record<string, { label: string; lang: string }>> {
  const wanted = [...new Set(ids.filter(Boolean))];
  if (wanted.length === 0) return {};
  return labelsById(await listChoices(db, kind, locale, wanted));
}

const labelsById = (options: readonly ChoiceOption[]) =>
  Object.fromEntries(options.map((o) => [o.value, { label: o.label, lang: o.lang ?? "en" }]));

/** The fields whose values name records (one id, or a list of ids), and the kind each names. */
const NAMED_BY: Readonly<Record<string, EditableEntity>> = {
  ...REFERENCES,
  ...CITED_ENTITY,
  topicIds: "Topic",
  signatoryIds: "Ministry",
};

/** Whether a field's value names records by id (a relation, a citation's record, topics, signatories). */
export const namesRecords = (field: string) => Object.hasOwn(NAMED_BY, field);

/**
 * The names of the records some fields' values name, by id, archived ones included,
 * in the reader's language: what a history or a conflict shows instead of ids. Takes
 * [field, value] pairs; a value is an id, a list of ids, or a citation's record
 * ("<column>:<id>"); fields that name no records are passed over.
 */
export async function namesOfValues(
  db: Db,
  values: Iterable<readonly [string, unknown]>,
  locale: Locale,
): Promise<Record<string, { label: string; lang: string }>> {
  const wanted = new Map<EditableEntity, Set<string>>();
  const want = (kind: EditableEntity, id: unknown) => {
    if (typeof id === "string" && id) wanted.set(kind, (wanted.get(kind) ?? new Set()).add(id));
  };
  for (const [field, value] of values) {
    if (field === "record" && typeof value === "string") {
      const [column = "", id] = value.split(":", 2);
      if (Object.hasOwn(CITED_ENTITY, column)) want(CITED_ENTITY[column as CitedColumn], id);
    } else if (namesRecords(field)) {
      for (const id of [value].flat()) want(NAMED_BY[field] as EditableEntity, id);
    }
  }
  const named = await Promise.all([...wanted].map(([kind, ids]) => listChoices(db, kind, locale, [...ids])));
  return labelsById(named.flat());
}

/** The names of the records a history's changes mention, before and after (namesOfValues). */
export function namesInChanges(
  db: Db,
  changes: readonly Readonly<Record<string, readonly [unknown, unknown]>>[],
  locale: Locale,
) {
  const pairs = changes.flatMap((change) =>
    Object.entries(change).flatMap(([field, [from, to]]) => [[field, from] as const, [field, to] as const]),
  );
  return namesOfValues(db, pairs, locale);
}

/**
 * Kinds with thousands of records (10,000 agreements, 2,000 plans, 50,000 plan items,
 * 1,000 events on the scale database): a form looks them up as the editor types
 * (/api/staff/lookup) instead of listing them all.
 */
export const LOOKED_UP = {
  Agreement: "agreement",
  ActionPlan: "plan",
  PlanItem: "item",
  Event: "event",
} as const satisfies Partial<Record<EditableEntity, LookupKind>>;
export type LookedUpEntity = keyof typeof LOOKED_UP;

export const isLookedUp = (entity: EditableEntity): entity is LookedUpEntity => Object.hasOwn(LOOKED_UP, entity);

/**
 * Records a form may name, as select options; archived ones are left out. With `ids`,
 * exactly those records instead, archived or not (to name what a record once named).
 */
export async function listChoices(
  db: Db,
  kind: EditableEntity,
  locale: Locale,
  ids?: readonly string[],
): Promise<ChoiceOption[]> {
  const open = ids ? { id: { in: [...ids] } } : { archivedAt: null };
  const opts = (rows: Record<string, unknown>[], field: string) =>
    rows.map((r) => ({ value: String(r.id), ...label(r, field, locale) }));
  switch (kind) {
    case "Sector":
      return opts(
        await db.sector.findMany({
          where: ids ? open : {},
          select: { id: true, slug: true, ...tri("name") },
          orderBy: { sortOrder: "asc" },
        }),
        "name",
      );
    case "Agreement":
      return opts(
        await db.agreement.findMany({
          where: open,
          select: { id: true, slug: true, ...tri("title") },
          orderBy: { slug: "asc" },
        }),
        "title",
      );
    case "Ministry":
      return opts(
        await db.ministry.findMany({
          where: open,
          select: { id: true, slug: true, ...tri("name") },
          orderBy: { slug: "asc" },
        }),
        "name",
      );
    case "Dialogue":
      return opts(
        await db.dialogue.findMany({
          where: open,
          select: { id: true, slug: true, ...tri("name") },
          orderBy: { slug: "asc" },
        }),
        "name",
      );
    case "ActionPlan":
      return opts(
        await db.actionPlan.findMany({
          where: open,
          select: { id: true, slug: true, ...tri("title") },
          orderBy: { slug: "asc" },
        }),
        "title",
      );
    case "PlanItem":
      return opts(
        await db.planItem.findMany({
          where: open,
          select: { id: true, slug: true, ...tri("title") },
          orderBy: { slug: "asc" },
        }),
        "title",
      );
    case "Event":
      return opts(
        await db.event.findMany({
          where: open,
          select: { id: true, slug: true, ...tri("title") },
          orderBy: { slug: "asc" },
        }),
        "title",
      );
    case "Person":
      return opts(
        await db.person.findMany({
          where: open,
          select: { id: true, slug: true, ...tri("name") },
          orderBy: { slug: "asc" },
        }),
        "name",
      );
    case "Meeting": {
      const rows = await db.meeting.findMany({
        where: open,
        select: {
          id: true,
          slug: true,
          number: true,
          heldOn: true,
          dialogue: { select: { slug: true, ...tri("name") } },
        },
        orderBy: { slug: "asc" },
      });
      return rows.map((m) => {
        const d = label(m.dialogue, "name", locale);
        return { value: m.id, label: `${d.label} · ${m.number ? `#${m.number}` : (m.heldOn ?? m.slug)}`, lang: d.lang };
      });
    }
    case "Source":
      return (
        await db.source.findMany({
          where: open,
          select: { id: true, title: true, language: true },
          orderBy: { id: "asc" },
        })
      ).map((s) => ({ value: s.id, label: s.title, lang: s.language === "zh" ? "zh-Hans" : s.language }));
    case "Topic":
      return opts(
        await db.topic.findMany({
          where: ids ? open : {},
          select: { id: true, slug: true, ...tri("name") },
          orderBy: { slug: "asc" },
        }),
        "name",
      );
    case "Citation":
      return [];
  }
}

/** One kind of record a citation may back: looked up as the editor types, or its records as choices. */
export type CitableKind = { column: CitedColumn; label: string; lookup?: LookupKind; options?: ChoiceOption[] };

/** The kinds of record a citation may back, in the form's order, each looked up or listed. */
export async function citableKinds(
  db: Db,
  locale: Locale,
  kindName: (kind: EditableEntity) => string,
): Promise<CitableKind[]> {
  return Promise.all(
    CITED_COLUMNS.map(async (column) => {
      const entity = CITED_ENTITY[column];
      const name = kindName(entity);
      return isLookedUp(entity)
        ? { column, label: name, lookup: LOOKED_UP[entity] }
        : { column, label: name, options: await listChoices(db, entity, locale) };
    }),
  );
}

/** Topics grouped by their sector, for an agreement's multiple select. */
export async function topicGroups(db: Db, locale: Locale): Promise<ChoiceGroup[]> {
  const sectors = await db.sector.findMany({
    orderBy: { sortOrder: "asc" },
    select: {
      slug: true,
      ...tri("name"),
      topics: { orderBy: { slug: "asc" }, select: { id: true, slug: true, ...tri("name") } },
    },
  });
  return sectors.map((s) => ({
    group: label(s, "name", locale).label,
    options: s.topics.map((tp) => ({ value: tp.id, ...label(tp, "name", locale) })),
  }));
}

/** Bodies that are not archived, grouped by side, for an agreement's signatories. */
export async function bodyGroups(db: Db, locale: Locale, sideName: (side: string) => string): Promise<ChoiceGroup[]> {
  const bodies = await db.ministry.findMany({
    where: { archivedAt: null },
    orderBy: [{ side: "asc" }, { nameEn: "asc" }],
    select: { id: true, slug: true, side: true, ...tri("name") },
  });
  const groups = new Map<string, ChoiceOption[]>();
  for (const b of bodies)
    groups.set(b.side, [...(groups.get(b.side) ?? []), { value: b.id, ...label(b, "name", locale) }]);
  return [...groups].map(([side, options]) => ({ group: sideName(side), options }));
}
