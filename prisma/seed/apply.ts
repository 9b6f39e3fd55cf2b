import { createHash } from "node:crypto";
import type { Prisma } from "../../lib/generated/prisma/client";
import type { SeedData, SeedDate, SeedStatedDate, SeedStatusUpdate } from "../../lib/schemas/seed";
import { CADENCE_MONTHS } from "../../lib/schemas/vocab";
import type { Db, Tx } from "../../lib/server/db/prisma";
import { type CitedKind, citedRecords, validateSeed } from "./validate";

/**
 * Writes the seed into the database, idempotently, in one transaction.
 *
 * - Records are matched by their natural key (slug; a source by its id; a
 *   signatory by agreement and ministry; a join row by its pair), created when
 *   missing and updated only in the fields that differ, so a second run changes
 *   nothing, not even `updatedAt` or `version`.
 * - Rows the seed creates get deterministic ids ({@link seedId}: "seed_" and a
 *   hash of their natural key). Join rows without an id column are created with
 *   `createdAt` = {@link SEEDED_JOIN_CREATED_AT}. That is how the seed tells its own
 *   rows from staff's: a child row (signatory, topic, participant, review, role,
 *   citation, plan item, status update, meeting) that is no longer in the seed data
 *   is removed only if the seed created it, and only under a record the seed still
 *   lists. Records dropped from the seed altogether are left alone.
 * - A plan item's status is the latest of all its status updates, staff's included,
 *   so re-seeding never resets a status a colleague set.
 */

export const SEED_ID_PREFIX = "seed_";

/** `createdAt` of the join rows the seed creates (they have no id to mark them). */
export const SEEDED_JOIN_CREATED_AT = new Date("1970-01-01T00:00:00.000Z");

/** A stable id for a row the seed creates, from its kind and natural key. */
export function seedId(kind: string, ...key: string[]): string {
  const hash = createHash("sha256")
    .update(JSON.stringify([kind, ...key]))
    .digest("hex");
  return `${SEED_ID_PREFIX}${hash.slice(0, 24)}`;
}

export function isSeedId(id: string): boolean {
  return id.startsWith(SEED_ID_PREFIX);
}

export const SEED_COUNT_KINDS = [
  "sources",
  "sectors",
  "topics",
  "ministries",
  "people",
  "personRoles",
  "agreements",
  "signatories",
  "agreementTopics",
  "plans",
  "planItems",
  "statusUpdates",
  "dialogues",
  "dialogueParticipants",
  "meetings",
  "meetingParticipants",
  "meetingReviews",
  "events",
  "eventParticipants",
  "citations",
] as const;
export type SeedCountKind = (typeof SEED_COUNT_KINDS)[number];
export type SeedCount = { created: number; updated: number; unchanged: number; removed: number };
export type SeedCounts = Record<SeedCountKind, SeedCount>;

export function emptyCounts(): SeedCounts {
  return Object.fromEntries(
    SEED_COUNT_KINDS.map((k) => [k, { created: 0, updated: 0, unchanged: 0, removed: 0 }]),
  ) as SeedCounts;
}

/** Sums of every kind's counts. */
export function totalCounts(counts: SeedCounts): SeedCount {
  const total = { created: 0, updated: 0, unchanged: 0, removed: 0 };
  for (const c of Object.values(counts)) {
    total.created += c.created;
    total.updated += c.updated;
    total.unchanged += c.unchanged;
    total.removed += c.removed;
  }
  return total;
}

/** One line per kind, for the command line. */
export function formatCounts(counts: SeedCounts): string {
  const width = Math.max(...SEED_COUNT_KINDS.map((k) => k.length));
  const line = (name: string, c: SeedCount) =>
    `${name.padEnd(width)}  created ${String(c.created).padStart(3)}  updated ${String(c.updated).padStart(3)}  unchanged ${String(c.unchanged).padStart(3)}  removed ${String(c.removed).padStart(3)}`;
  return [...SEED_COUNT_KINDS.map((k) => line(k, counts[k])), line("total", totalCounts(counts))].join("\n");
}

// ---------------------------------------------------------------- generic row sync

type Row = Record<string, unknown>;

/** The delegate methods the sync uses, loosely typed so one helper serves every model. */
interface Delegate {
  findUnique(args: { where: Row }): Promise<Row | null>;
  findMany(args: { where?: Row; select?: Row; orderBy?: unknown; take?: number }): Promise<Row[]>;
  create(args: { data: Row }): Promise<Row>;
  update(args: { where: Row; data: Row }): Promise<Row>;
  delete(args: { where: Row }): Promise<Row>;
  deleteMany(args: { where: Row }): Promise<{ count: number }>;
  count(args: { where: Row }): Promise<number>;
}

type ModelName =
  | "source"
  | "sector"
  | "topic"
  | "ministry"
  | "person"
  | "personRole"
  | "agreement"
  | "signatory"
  | "agreementTopic"
  | "actionPlan"
  | "planItem"
  | "statusUpdate"
  | "dialogue"
  | "dialogueParticipant"
  | "meeting"
  | "meetingParticipant"
  | "meetingReview"
  | "event"
  | "eventParticipant"
  | "citation";

function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return (a ?? null) === (b ?? null);
}

/** The fields of `desired` whose value differs from `existing`. */
function changedFields(existing: Row, desired: Row): Row {
  const changes: Row = {};
  for (const [key, value] of Object.entries(desired)) {
    if (!same(existing[key], value)) changes[key] = value;
  }
  return changes;
}

class Sync {
  readonly counts = emptyCounts();
  constructor(readonly tx: Tx) {}

  model(name: ModelName): Delegate {
    return (this.tx as unknown as Record<ModelName, Delegate>)[name];
  }

  /**
   * Finds the row by `where`; creates it (with `onCreate`, e.g. its seed id) when
   * missing; otherwise updates the fields of `data` that differ. Returns the row.
   */
  async row(name: ModelName, count: SeedCountKind, where: Row, data: Row, onCreate: Row = {}): Promise<Row> {
    const delegate = this.model(name);
    const existing = await delegate.findUnique({ where });
    if (existing === null) {
      this.counts[count].created++;
      return delegate.create({ data: { ...onCreate, ...data } });
    }
    const changes = changedFields(existing, data);
    if (Object.keys(changes).length === 0) {
      this.counts[count].unchanged++;
      return existing;
    }
    this.counts[count].updated++;
    return delegate.update({ where, data: changes });
  }

  /** A row with a slug: matched by slug, created with a seed id. */
  async bySlug(name: ModelName, count: SeedCountKind, slug: string, data: Row): Promise<string> {
    const row = await this.row(name, count, { slug }, { slug, ...data }, { id: seedId(name, slug) });
    return row.id as string;
  }

  /** A join row without an id: matched by its pair, created with the seed's createdAt. */
  async join(name: ModelName, count: SeedCountKind, key: string, pair: Row, data: Row = {}): Promise<void> {
    await this.row(name, count, { [key]: pair }, { ...pair, ...data }, { createdAt: SEEDED_JOIN_CREATED_AT });
  }

  /** Removes the join rows the seed created under `parent` that are not in `keep`. */
  async removeStaleJoins(name: ModelName, count: SeedCountKind, parent: Row, otherColumn: string, keep: string[]) {
    const { count: removed } = await this.model(name).deleteMany({
      where: { ...parent, createdAt: SEEDED_JOIN_CREATED_AT, [otherColumn]: { notIn: keep } },
    });
    this.counts[count].removed += removed;
  }

  /** Removes the rows the seed created under `parent` whose ids are not in `keep`. */
  async removeStale(name: ModelName, count: SeedCountKind, parent: Row, keep: string[]) {
    const { count: removed } = await this.model(name).deleteMany({
      where: { ...parent, id: { startsWith: SEED_ID_PREFIX, notIn: keep } },
    });
    this.counts[count].removed += removed;
  }
}

// ---------------------------------------------------------------- helpers

function dateColumns(date: SeedDate | undefined) {
  return {
    on: date?.on ?? null,
    inferred: date?.inferred !== undefined,
    reasoning: date?.inferred?.reasoning ?? null,
  };
}

function stated(date: SeedStatedDate | undefined): string | null {
  return date?.on ?? null;
}

/** Orders records so that each comes after the one it points to. */
function parentsFirst<T extends { slug: string }>(records: readonly T[], parentOf: (r: T) => string | undefined): T[] {
  const bySlug = new Map(records.map((r) => [r.slug, r]));
  const done = new Set<string>();
  const out: T[] = [];
  const visit = (r: T, depth: number) => {
    if (done.has(r.slug) || depth > records.length) return;
    const parent = parentOf(r);
    const p = parent === undefined ? undefined : bySlug.get(parent);
    if (p) visit(p, depth + 1);
    done.add(r.slug);
    out.push(r);
  };
  for (const r of records) visit(r, 0);
  return out;
}

function need(map: ReadonlyMap<string, string>, key: string | undefined, what: string): string | null {
  if (key === undefined) return null;
  const id = map.get(key);
  if (id === undefined) throw new Error(`Seed: no ${what} "${key}" (validation should have caught this)`);
  return id;
}

function latestOf(updates: readonly SeedStatusUpdate[]): SeedStatusUpdate | undefined {
  let latest: SeedStatusUpdate | undefined;
  for (const u of updates) if (latest === undefined || u.assessedOn.on >= latest.assessedOn.on) latest = u;
  return latest;
}

const CITATION_OWNER_COLUMNS = {
  ministry: "ministryId",
  person: "personId",
  personRole: "personRoleId",
  agreement: "agreementId",
  dialogue: "dialogueId",
  meeting: "meetingId",
  plan: "planId",
  planItem: "planItemId",
  statusUpdate: "statusUpdateId",
  event: "eventId",
} as const satisfies Partial<Record<CitedKind, keyof Prisma.CitationUncheckedCreateInput>>;
type CitationOwnerKind = keyof typeof CITATION_OWNER_COLUMNS;

// ---------------------------------------------------------------- apply

export type ApplySeedOptions = {
  /** Interactive transaction timeout in ms (default 120 000). */
  timeoutMs?: number;
};

/**
 * Validates the seed (throws a SeedValidationError, writing nothing, if it is not
 * valid), then writes it in one transaction. Returns what was created, updated,
 * left unchanged and removed, per kind of row.
 */
export async function applySeed(db: Db, input: unknown, options: ApplySeedOptions = {}): Promise<SeedCounts> {
  const data = validateSeed(input);
  return db.$transaction((tx) => writeSeed(tx, data), { timeout: options.timeoutMs ?? 120_000, maxWait: 10_000 });
}

/** The ids of the rows written so far, by kind and natural key, for the rows that point to them. */
type Ids = Record<CitationOwnerKind | "sector" | "topic", Map<string, string>>;

/** What every part of the seed's writing shares. */
type Writer = {
  sync: Sync;
  ids: Ids;
  /** Source ids by what citations name them by: a document's file name, a web source's id. */
  sourceIds: Map<string, string>;
};

async function writeSeed(tx: Tx, data: SeedData): Promise<SeedCounts> {
  const w: Writer = {
    sync: new Sync(tx),
    ids: {
      sector: new Map(),
      topic: new Map(),
      ministry: new Map(),
      person: new Map(),
      personRole: new Map(),
      agreement: new Map(),
      dialogue: new Map(),
      meeting: new Map(),
      plan: new Map(),
      planItem: new Map(),
      statusUpdate: new Map(),
      event: new Map(),
    },
    sourceIds: new Map(),
  };
  await writeSources(w, data.sources);
  await writeVocabulary(w, data);
  await writeMinistries(w, data.ministries);
  await writePeople(w, data.people);
  await writeAgreements(w, data.agreements);
  // Items and meetings are matched by slug wherever they sit, so one moved to
  // another plan or dialogue is moved, not removed and created again.
  await writePlans(
    w,
    data.plans,
    data.plans.flatMap((p) => p.items.map((it) => it.slug)),
  );
  await writeDialogues(
    w,
    data.dialogues,
    data.dialogues.flatMap((d) => d.meetings.map((m) => m.slug)),
  );
  await writeEvents(w, data.events);
  await writeCitations(w, data);
  return w.sync.counts;
}

/** The language marks and search aliases of a record, as their columns hold them. */
function marks(r: { translated?: string[]; aliases?: string[] }) {
  return {
    translated: (r.translated ?? []).join(" "),
    ...(r.aliases === undefined ? {} : { aliases: r.aliases.join("|") }),
  };
}

async function writeSources({ sync, sourceIds }: Writer, sources: SeedData["sources"]) {
  for (const s of sources) {
    const published = dateColumns(s.publishedOn ?? undefined);
    const notes = [published.inferred ? `Inferred: ${published.reasoning}` : null, s.publishedNote ?? null].filter(
      (n): n is string => n !== null,
    );
    const row: Omit<Prisma.SourceUncheckedCreateInput, "id"> = {
      fileName: s.fileName ?? null,
      title: s.title,
      publisher: s.publisher,
      kind: s.kind,
      trust: s.trust,
      trustNote: s.trustNote,
      language: s.language ?? "en",
      publishedOn: published.on,
      publishedNote: notes.length > 0 ? notes.join(" ") : null,
      url: s.url ?? null,
      foundOn: s.foundOn ?? null,
    };
    await sync.row("source", "sources", { id: s.id }, row, { id: s.id });
    sourceIds.set(s.fileName ?? s.id, s.id);
  }
}

async function writeVocabulary({ sync, ids }: Writer, data: Pick<SeedData, "sectors" | "topics">) {
  for (const s of data.sectors) {
    const row: Omit<Prisma.SectorUncheckedCreateInput, "id" | "slug"> = {
      nameEn: s.nameEn,
      nameKo: s.nameKo ?? null,
      nameZh: s.nameZh ?? null,
      sortOrder: s.sortOrder,
      ...marks(s),
    };
    ids.sector.set(s.slug, await sync.bySlug("sector", "sectors", s.slug, row));
  }
  for (const t of data.topics) {
    const row: Omit<Prisma.TopicUncheckedCreateInput, "id" | "slug"> = {
      nameEn: t.nameEn,
      nameKo: t.nameKo ?? null,
      nameZh: t.nameZh ?? null,
      sectorId: need(ids.sector, t.sector, "sector") as string,
      ...marks(t),
    };
    ids.topic.set(t.slug, await sync.bySlug("topic", "topics", t.slug, row));
  }
}

/** Ministries, predecessors first. */
async function writeMinistries({ sync, ids }: Writer, ministries: SeedData["ministries"]) {
  for (const m of parentsFirst(ministries, (r) => r.predecessor)) {
    const established = dateColumns(m.establishedOn);
    const row: Omit<Prisma.MinistryUncheckedCreateInput, "id" | "slug"> = {
      side: m.side,
      kind: m.kind,
      nameEn: m.nameEn,
      nameKo: m.nameKo ?? null,
      nameZh: m.nameZh ?? null,
      abbreviation: m.abbreviation ?? null,
      establishedOn: established.on,
      establishedInferred: established.inferred,
      establishedReasoning: established.reasoning,
      endedOn: stated(m.endedOn),
      predecessorId: need(ids.ministry, m.predecessor, "ministry"),
      summaryEn: m.summaryEn ?? null,
      summaryKo: m.summaryKo ?? null,
      summaryZh: m.summaryZh ?? null,
      ...marks(m),
    };
    ids.ministry.set(m.slug, await sync.bySlug("ministry", "ministries", m.slug, row));
  }
}

async function writePeople({ sync, ids }: Writer, people: SeedData["people"]) {
  for (const p of people) {
    const personId = await sync.bySlug("person", "people", p.slug, {
      nameEn: p.nameEn,
      nameKo: p.nameKo ?? null,
      nameZh: p.nameZh ?? null,
      ...marks(p),
    } satisfies Omit<Prisma.PersonUncheckedCreateInput, "id" | "slug">);
    ids.person.set(p.slug, personId);
    const keep: string[] = [];
    for (const r of p.roles) {
      const id = seedId("personRole", p.slug, r.key);
      const row: Omit<Prisma.PersonRoleUncheckedCreateInput, "id"> = {
        personId,
        ministryId: need(ids.ministry, r.ministry, "ministry"),
        titleEn: r.titleEn,
        titleKo: r.titleKo ?? null,
        titleZh: r.titleZh ?? null,
        startOn: stated(r.startOn),
        endOn: stated(r.endOn),
        asOf: stated(r.asOf),
        ...marks(r),
      };
      await sync.row("personRole", "personRoles", { id }, row, { id });
      ids.personRole.set(`${p.slug}/${r.key}`, id);
      keep.push(id);
    }
    await sync.removeStale("personRole", "personRoles", { personId }, keep);
  }
}

/** Agreements, earlier ones first, with their signatories and topics. */
async function writeAgreements(w: Writer, agreements: SeedData["agreements"]) {
  const { sync, ids } = w;
  for (const a of parentsFirst(agreements, (r) => r.previous)) {
    const signed = dateColumns(a.signedOn);
    const effective = dateColumns(a.effectiveOn);
    const expires = dateColumns(a.expiresOn);
    const row: Omit<Prisma.AgreementUncheckedCreateInput, "id" | "slug"> = {
      kind: a.kind,
      status: a.status,
      titleEn: a.titleEn,
      titleKo: a.titleKo ?? null,
      titleZh: a.titleZh ?? null,
      summaryEn: a.summaryEn ?? null,
      summaryKo: a.summaryKo ?? null,
      summaryZh: a.summaryZh ?? null,
      signedOn: signed.on,
      signedInferred: signed.inferred,
      signedReasoning: signed.reasoning,
      effectiveOn: effective.on,
      effectiveInferred: effective.inferred,
      effectiveReasoning: effective.reasoning,
      expiresOn: expires.on,
      expiresInferred: expires.inferred,
      expiresReasoning: expires.reasoning,
      previousId: need(ids.agreement, a.previous, "agreement"),
      relation: a.relation ?? null,
      ...marks(a),
    };
    const agreementId = await sync.bySlug("agreement", "agreements", a.slug, row);
    ids.agreement.set(a.slug, agreementId);
    await writeAgreementLinks(w, a, agreementId);
  }
}

async function writeAgreementLinks({ sync, ids }: Writer, a: SeedData["agreements"][number], agreementId: string) {
  const keepSignatories: string[] = [];
  for (const slug of a.signatories) {
    const ministryId = need(ids.ministry, slug, "ministry") as string;
    const id = seedId("signatory", a.slug, slug);
    const signatory = await sync.row(
      "signatory",
      "signatories",
      { agreementId_ministryId: { agreementId, ministryId } },
      { agreementId, ministryId },
      { id },
    );
    keepSignatories.push(signatory.id as string);
  }
  await sync.removeStale("signatory", "signatories", { agreementId }, keepSignatories);

  const topicIds = a.topics.map((t) => need(ids.topic, t, "topic") as string);
  for (const topicId of topicIds) {
    await sync.join("agreementTopic", "agreementTopics", "agreementId_topicId", { agreementId, topicId });
  }
  await sync.removeStaleJoins("agreementTopic", "agreementTopics", { agreementId }, "topicId", topicIds);
}

/** Plans, parents first, with their items and status updates. */
async function writePlans(w: Writer, plans: SeedData["plans"], allItemSlugs: string[]) {
  const { sync, ids } = w;
  for (const p of parentsFirst(plans, (r) => r.parent)) {
    const start = dateColumns(p.startOn);
    const end = dateColumns(p.endOn);
    const row: Omit<Prisma.ActionPlanUncheckedCreateInput, "id" | "slug"> = {
      titleEn: p.titleEn,
      titleKo: p.titleKo ?? null,
      titleZh: p.titleZh ?? null,
      summaryEn: p.summaryEn ?? null,
      summaryKo: p.summaryKo ?? null,
      summaryZh: p.summaryZh ?? null,
      startOn: start.on,
      startInferred: start.inferred,
      startReasoning: start.reasoning,
      endOn: end.on,
      endInferred: end.inferred,
      endReasoning: end.reasoning,
      sectorId: need(ids.sector, p.sector, "sector") as string,
      implementingBodyId: need(ids.ministry, p.implementingBody, "ministry"),
      agreementId: need(ids.agreement, p.agreement, "agreement"),
      parentId: need(ids.plan, p.parent, "plan"),
      ...marks(p),
    };
    const planId = await sync.bySlug("actionPlan", "plans", p.slug, row);
    ids.plan.set(p.slug, planId);

    // Items dropped from the seed go first, so a renumbered item can take its number.
    await removeStaleItems(sync, planId, allItemSlugs);
    for (const it of p.items) await writePlanItem(w, planId, it);
  }
}

type SeedItem = SeedData["plans"][number]["items"][number];

async function writePlanItem(w: Writer, planId: string, it: SeedItem) {
  const { sync, ids } = w;
  const due = dateColumns(it.dueOn);
  const base: Omit<Prisma.PlanItemUncheckedCreateInput, "id" | "slug" | "status" | "progress" | "statusAssessedOn"> = {
    planId,
    number: it.number,
    titleEn: it.titleEn,
    titleKo: it.titleKo ?? null,
    titleZh: it.titleZh ?? null,
    responsibleBodyId: need(ids.ministry, it.responsibleBody, "ministry"),
    dueOn: due.on,
    dueInferred: due.inferred,
    dueReasoning: due.reasoning,
    ...marks(it),
  };
  const items = sync.model("planItem");
  const existing = await items.findUnique({ where: { slug: it.slug } });
  let itemId: string;
  if (existing === null) {
    const latest = latestOf(it.statusUpdates);
    const created = await items.create({
      data: {
        id: seedId("planItem", it.slug),
        slug: it.slug,
        ...base,
        status: latest?.status ?? "not_assessed",
        progress: latest?.progress ?? null,
        statusAssessedOn: latest?.assessedOn.on ?? null,
      },
    });
    sync.counts.planItems.created++;
    itemId = created.id as string;
  } else {
    itemId = existing.id as string;
  }
  ids.planItem.set(it.slug, itemId);
  await writeStatusUpdates(w, it, itemId);

  // The current status: the latest update of all, staff's included.
  const [latest] = await sync.model("statusUpdate").findMany({
    where: { planItemId: itemId },
    orderBy: [{ assessedOn: "desc" }, { createdAt: "desc" }, { id: "desc" }],
    take: 1,
  });
  const desired: Row = {
    ...base,
    status: (latest?.status as string | undefined) ?? "not_assessed",
    progress: (latest?.progress as number | null | undefined) ?? null,
    statusAssessedOn: (latest?.assessedOn as string | undefined) ?? null,
  };
  const current = existing ?? (await items.findUnique({ where: { id: itemId } }));
  const changes = changedFields(current ?? {}, desired);
  if (Object.keys(changes).length > 0) await items.update({ where: { id: itemId }, data: changes });
  if (existing !== null) {
    if (Object.keys(changes).length > 0) sync.counts.planItems.updated++;
    else sync.counts.planItems.unchanged++;
  }
}

async function writeStatusUpdates({ sync, ids, sourceIds }: Writer, it: SeedItem, itemId: string) {
  const keep: string[] = [];
  for (const u of it.statusUpdates) {
    const id = seedId("statusUpdate", it.slug, u.key);
    const update: Omit<Prisma.StatusUpdateUncheckedCreateInput, "id"> = {
      planItemId: itemId,
      status: u.status,
      progress: u.progress ?? null,
      assessedOn: u.assessedOn.on,
      basis: u.basis,
      noteEn: u.noteEn ?? null,
      noteKo: u.noteKo ?? null,
      noteZh: u.noteZh ?? null,
      evidenceUrl: u.evidenceUrl ?? null,
      evidenceSourceId: need(sourceIds, u.evidenceSource, "source"),
    };
    await sync.row("statusUpdate", "statusUpdates", { id }, update, { id });
    ids.statusUpdate.set(`${it.slug}/${u.key}`, id);
    keep.push(id);
  }
  await sync.removeStale("statusUpdate", "statusUpdates", { planItemId: itemId }, keep);
}

/** Dialogues with their participants and meetings. */
async function writeDialogues(w: Writer, dialogues: SeedData["dialogues"], allMeetingSlugs: string[]) {
  const { sync, ids } = w;
  for (const d of dialogues) {
    const row: Omit<Prisma.DialogueUncheckedCreateInput, "id" | "slug"> = {
      nameEn: d.nameEn,
      nameKo: d.nameKo ?? null,
      nameZh: d.nameZh ?? null,
      abbreviation: d.abbreviation ?? null,
      format: d.format,
      level: d.level,
      cadence: d.cadence,
      cadenceMonths: CADENCE_MONTHS[d.cadence],
      sectorId: need(ids.sector, d.sector, "sector") as string,
      agreementId: need(ids.agreement, d.agreement, "agreement"),
      summaryEn: d.summaryEn ?? null,
      summaryKo: d.summaryKo ?? null,
      summaryZh: d.summaryZh ?? null,
      ...marks(d),
    };
    const dialogueId = await sync.bySlug("dialogue", "dialogues", d.slug, row);
    ids.dialogue.set(d.slug, dialogueId);

    const ministryIds = d.participants.map((s) => need(ids.ministry, s, "ministry") as string);
    for (const ministryId of ministryIds) {
      await sync.join("dialogueParticipant", "dialogueParticipants", "dialogueId_ministryId", {
        dialogueId,
        ministryId,
      });
    }
    await sync.removeStaleJoins(
      "dialogueParticipant",
      "dialogueParticipants",
      { dialogueId },
      "ministryId",
      ministryIds,
    );

    for (const m of d.meetings) await writeMeeting(w, dialogueId, m);
    const { count: removedMeetings } = await sync.model("meeting").deleteMany({
      where: { dialogueId, id: { startsWith: SEED_ID_PREFIX }, slug: { notIn: allMeetingSlugs } },
    });
    sync.counts.meetings.removed += removedMeetings;
  }
}

async function writeMeeting(
  { sync, ids }: Writer,
  dialogueId: string,
  m: SeedData["dialogues"][number]["meetings"][number],
) {
  const held = dateColumns(m.heldOn);
  const meetingRow: Omit<Prisma.MeetingUncheckedCreateInput, "id" | "slug"> = {
    dialogueId,
    number: m.number ?? null,
    status: m.status,
    heldOn: held.on,
    heldInferred: held.inferred,
    heldReasoning: held.reasoning,
    placeEn: m.placeEn ?? null,
    placeKo: m.placeKo ?? null,
    placeZh: m.placeZh ?? null,
    agendaEn: m.agendaEn ?? null,
    agendaKo: m.agendaKo ?? null,
    agendaZh: m.agendaZh ?? null,
    outcomesEn: m.outcomesEn ?? null,
    outcomesKo: m.outcomesKo ?? null,
    outcomesZh: m.outcomesZh ?? null,
    ...marks(m),
  };
  const meetingId = await sync.bySlug("meeting", "meetings", m.slug, meetingRow);
  ids.meeting.set(m.slug, meetingId);

  const personIds: string[] = [];
  for (const p of m.participants) {
    const personId = need(ids.person, p.person, "person") as string;
    personIds.push(personId);
    await sync.join(
      "meetingParticipant",
      "meetingParticipants",
      "meetingId_personId",
      { meetingId, personId },
      { role: p.role },
    );
  }
  await sync.removeStaleJoins("meetingParticipant", "meetingParticipants", { meetingId }, "personId", personIds);

  const keepReviews: string[] = [];
  for (const r of m.reviews) {
    const id =
      r.agreement !== undefined
        ? seedId("meetingReview", m.slug, "agreement", r.agreement)
        : seedId("meetingReview", m.slug, "plan", r.plan ?? "");
    const review: Omit<Prisma.MeetingReviewUncheckedCreateInput, "id"> = {
      meetingId,
      agreementId: need(ids.agreement, r.agreement, "agreement"),
      planId: need(ids.plan, r.plan, "plan"),
      noteEn: r.noteEn ?? null,
    };
    await sync.row("meetingReview", "meetingReviews", { id }, review, { id });
    keepReviews.push(id);
  }
  await sync.removeStale("meetingReview", "meetingReviews", { meetingId }, keepReviews);
}

async function writeEvents({ sync, ids }: Writer, events: SeedData["events"]) {
  for (const e of events) {
    const start = dateColumns(e.startOn);
    const row: Omit<Prisma.EventUncheckedCreateInput, "id" | "slug"> = {
      kind: e.kind,
      status: e.status,
      titleEn: e.titleEn,
      titleKo: e.titleKo ?? null,
      titleZh: e.titleZh ?? null,
      summaryEn: e.summaryEn ?? null,
      summaryKo: e.summaryKo ?? null,
      summaryZh: e.summaryZh ?? null,
      startOn: start.on,
      startInferred: start.inferred,
      startReasoning: start.reasoning,
      endOn: stated(e.endOn),
      placeEn: e.placeEn ?? null,
      placeKo: e.placeKo ?? null,
      placeZh: e.placeZh ?? null,
      timeZone: e.timeZone ?? null,
      sectorId: need(ids.sector, e.sector, "sector"),
      agreementId: need(ids.agreement, e.agreement, "agreement"),
      ...marks(e),
    };
    const eventId = await sync.bySlug("event", "events", e.slug, row);
    ids.event.set(e.slug, eventId);
    const ministryIds = e.participants.map((s) => need(ids.ministry, s, "ministry") as string);
    for (const ministryId of ministryIds) {
      await sync.join("eventParticipant", "eventParticipants", "eventId_ministryId", { eventId, ministryId });
    }
    await sync.removeStaleJoins("eventParticipant", "eventParticipants", { eventId }, "ministryId", ministryIds);
  }
}

/** Citations (sectors and topics have no citation column: seed only). */
async function writeCitations({ sync, ids, sourceIds }: Writer, data: SeedData) {
  const owners = new Map<CitationOwnerKind, { ownerIds: string[]; keep: string[] }>();
  for (const owner of citedRecords(data)) {
    if (owner.kind === "sector" || owner.kind === "topic") continue;
    const column = CITATION_OWNER_COLUMNS[owner.kind];
    const ownerId = need(ids[owner.kind], owner.key, owner.kind) as string;
    const group = owners.get(owner.kind) ?? { ownerIds: [], keep: [] };
    owners.set(owner.kind, group);
    group.ownerIds.push(ownerId);
    for (const c of owner.citations) {
      // A quote keeps the key it always had, so existing databases keep their rows.
      const passage = c.quote ?? `${c.locator}\u0000${c.paraphrase}`;
      const id = seedId("citation", owner.kind, owner.key, c.field ?? "", c.source, passage);
      const row: Omit<Prisma.CitationUncheckedCreateInput, "id"> = {
        sourceId: need(sourceIds, c.source, "source") as string,
        quote: c.quote ?? null,
        locator: c.locator ?? null,
        paraphrase: c.paraphrase ?? null,
        field: c.field ?? null,
        stance: c.stance ?? "supports",
        claim: c.claim ?? null,
        note: c.note ?? null,
        ...Object.fromEntries(Object.values(CITATION_OWNER_COLUMNS).map((col) => [col, null])),
        [column]: ownerId,
      };
      await sync.row("citation", "citations", { id }, row, { id });
      group.keep.push(id);
    }
  }
  for (const [kind, { ownerIds, keep }] of owners) {
    await sync.removeStale("citation", "citations", { [CITATION_OWNER_COLUMNS[kind]]: { in: ownerIds } }, keep);
  }
}

/**
 * Removes the items the seed created under a plan that the seed no longer lists,
 * with the seed's status updates on them. An item a colleague has since assessed is
 * archived instead, so their updates are kept.
 */
async function removeStaleItems(sync: Sync, planId: string, keepSlugs: string[]) {
  const items = sync.model("planItem");
  const stale = await items.findMany({
    where: { planId, id: { startsWith: SEED_ID_PREFIX }, slug: { notIn: keepSlugs } },
    select: { id: true, archivedAt: true },
  });
  for (const item of stale) {
    const itemId = item.id as string;
    const { count } = await sync
      .model("statusUpdate")
      .deleteMany({ where: { planItemId: itemId, id: { startsWith: SEED_ID_PREFIX } } });
    sync.counts.statusUpdates.removed += count;
    const others = await sync.model("statusUpdate").count({ where: { planItemId: itemId } });
    if (others === 0) {
      await items.delete({ where: { id: itemId } });
      sync.counts.planItems.removed++;
    } else if (item.archivedAt === null) {
      await items.update({ where: { id: itemId }, data: { archivedAt: new Date() } });
      sync.counts.planItems.updated++;
    }
  }
}
