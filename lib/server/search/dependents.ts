import "server-only";
import { citationRecordKeys } from "@/lib/server/db/fragments";
import type { Db, Tx } from "@/lib/server/db/prisma";
import { onPostgres } from "@/lib/server/db/provider";
import type { SearchKind } from "./documents";
import * as fts from "./fts";
import * as pg from "./pg";

/**
 * What a change to one record means for the index: its own document, and those of
 * the records whose documents quote its names (an agreement lists its signatories'
 * names, a meeting its dialogue's and its people's) or, for a citation, the record
 * it backs. Called by every write through the edit and create services.
 */

type Client = Db | Tx;
type Affected = Partial<Record<SearchKind, string[]>>;

const ENTITY_KINDS: Partial<Record<string, SearchKind>> = {
  Agreement: "agreement",
  ActionPlan: "plan",
  PlanItem: "item",
  Dialogue: "dialogue",
  Meeting: "meeting",
  Event: "event",
  Ministry: "ministry",
  Person: "person",
  Source: "source",
};

const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

/** The records whose documents hold a ministry's names. */
async function ministryDependents(db: Client, id: string): Promise<Affected> {
  const [agreement, plan, item, dialogue, event, person] = await Promise.all([
    db.agreement.findMany({ where: { signatories: { some: { ministryId: id } } }, select: { id: true } }),
    db.actionPlan.findMany({ where: { implementingBodyId: id }, select: { id: true } }),
    db.planItem.findMany({ where: { responsibleBodyId: id }, select: { id: true } }),
    db.dialogue.findMany({ where: { participants: { some: { ministryId: id } } }, select: { id: true } }),
    db.event.findMany({ where: { participants: { some: { ministryId: id } } }, select: { id: true } }),
    db.person.findMany({ where: { roles: { some: { ministryId: id } } }, select: { id: true } }),
  ]);
  return {
    ministry: [id],
    agreement: ids(agreement),
    plan: ids(plan),
    item: ids(item),
    dialogue: ids(dialogue),
    event: ids(event),
    person: ids(person),
  };
}

/** The record a citation backs (its passage is part of that record's document). */
async function citationDependents(db: Client, id: string): Promise<Affected> {
  const c = await db.citation.findUnique({
    where: { id },
    select: citationRecordKeys,
  });
  if (!c) return {};
  const one = (value: string | null) => (value ? [value] : []);
  return {
    agreement: one(c.agreementId),
    ministry: one(c.ministryId),
    dialogue: one(c.dialogueId),
    meeting: one(c.meetingId),
    plan: one(c.planId),
    item: one(c.planItemId),
    event: one(c.eventId),
    person: one(c.personId),
  };
}

async function affectedBy(db: Client, entity: string, id: string): Promise<Affected> {
  if (entity === "Ministry") return ministryDependents(db, id);
  if (entity === "Citation") return citationDependents(db, id);
  if (entity === "Dialogue") {
    return {
      dialogue: [id],
      meeting: ids(await db.meeting.findMany({ where: { dialogueId: id }, select: { id: true } })),
    };
  }
  if (entity === "Person") {
    const meetings = await db.meeting.findMany({
      where: { participants: { some: { personId: id } } },
      select: { id: true },
    });
    return { person: [id], meeting: ids(meetings) };
  }
  const kind = ENTITY_KINDS[entity];
  return kind ? { [kind]: [id] } : {};
}

/** Re-indexes what a change to `entity` `id` (a model name: "Event", "Citation"…) affects. */
export async function indexEntity(db: Client, entity: string, id: string): Promise<void> {
  const affected = await affectedBy(db, entity, id);
  for (const [kind, recordIds] of Object.entries(affected) as [SearchKind, string[]][]) {
    if (recordIds.length === 0) continue;
    await (onPostgres(db) ? pg.indexRecords(db, kind, recordIds) : fts.indexRecords(db, kind, recordIds));
  }
}
