import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_QUOTE_LENGTH, type SeedData, SLUGGED_SEED_KINDS } from "../../lib/schemas/seed";
import { type Db, databaseProvider } from "../../lib/server/db/prisma";
import {
  allCitations,
  applySeed,
  findQuoteProblems,
  isSeedId,
  type SeedCounts,
  SeedValidationError,
  seedData,
  totalCounts,
} from "../../prisma/seed/index";
import { createTestDb } from "../helpers/db";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
/** CI keeps a copy of shared/ beside the clone; the project itself never needs it. */
const sourcesDir = path.resolve(repoRoot, "../shared/sources");
const haveSources = existsSync(sourcesDir);

type TestDb = Awaited<ReturnType<typeof createTestDb>>;

/** Every row of every table, as comparable JSON, including updatedAt and version. */
async function dumpDatabase(db: Db): Promise<Record<string, string[]>> {
  if (databaseProvider(db) === "postgresql") return dumpPostgres(db);
  const tables = await db.$queryRawUnsafe<{ name: string }[]>(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
  );
  const dump: Record<string, string[]> = {};
  for (const { name } of tables) {
    const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM "${name.replaceAll('"', '""')}"`);
    dump[name] = rows
      .map((row) =>
        JSON.stringify(row, (_key, value: unknown) => {
          if (typeof value === "bigint") return value.toString();
          if (value instanceof Uint8Array) return Buffer.from(value).toString("base64");
          return value;
        }),
      )
      .sort();
  }
  return dump;
}

/** The same on PostgreSQL: each row as the server's own JSON (every column type included). */
async function dumpPostgres(db: Db): Promise<Record<string, string[]>> {
  const tables = await db.$queryRawUnsafe<{ name: string }[]>(
    "SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename",
  );
  const dump: Record<string, string[]> = {};
  for (const { name } of tables) {
    const rows = await db.$queryRawUnsafe<{ row: string }[]>(
      `SELECT row_to_json(t)::text AS row FROM "${name.replaceAll('"', '""')}" t`,
    );
    dump[name] = rows.map((r) => r.row).sort();
  }
  return dump;
}

async function rejection(promise: Promise<unknown>): Promise<SeedValidationError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SeedValidationError) return error;
    throw error;
  }
  throw new Error("expected the seed to be refused");
}

describe("the seed on a fresh database", () => {
  let t: TestDb;
  let db: Db;
  let firstRun: SeedCounts;

  beforeAll(async () => {
    t = await createTestDb();
    db = t.db;
    firstRun = await applySeed(db, seedData);
  }, 120_000);

  afterAll(async () => {
    await t?.cleanup();
  });

  it("creates every record of the dataset", () => {
    expect(firstRun.sources.created).toBe(seedData.sources.length);
    expect(firstRun.agreements.created).toBe(seedData.agreements.length);
    expect(firstRun.ministries.created).toBe(seedData.ministries.length);
    expect(firstRun.dialogues.created).toBe(seedData.dialogues.length);
    expect(firstRun.meetings.created).toBe(seedData.dialogues.flatMap((d) => d.meetings).length);
    expect(firstRun.plans.created).toBe(seedData.plans.length);
    expect(firstRun.planItems.created).toBe(seedData.plans.flatMap((p) => p.items).length);
    expect(firstRun.events.created).toBe(seedData.events.length);
    expect(firstRun.people.created).toBe(seedData.people.length);
    expect(firstRun.personRoles.created).toBe(seedData.people.flatMap((p) => p.roles).length);
    const stored = allCitations(seedData).filter((c) => c.owner.kind !== "sector" && c.owner.kind !== "topic");
    expect(firstRun.citations.created).toBe(stored.length);
    const total = totalCounts(firstRun);
    expect(total.updated + total.unchanged + total.removed).toBe(0);
  });

  it("gives every seeded record at least one citation", async () => {
    const include = { _count: { select: { citations: true } } } as const;
    const groups = {
      agreement: await db.agreement.findMany({ select: { slug: true, ...include } }),
      ministry: await db.ministry.findMany({ select: { slug: true, ...include } }),
      dialogue: await db.dialogue.findMany({ select: { slug: true, ...include } }),
      meeting: await db.meeting.findMany({ select: { slug: true, ...include } }),
      plan: await db.actionPlan.findMany({ select: { slug: true, ...include } }),
      item: await db.planItem.findMany({ select: { slug: true, ...include } }),
      event: await db.event.findMany({ select: { slug: true, ...include } }),
      person: await db.person.findMany({ select: { slug: true, ...include } }),
      role: await db.personRole.findMany({ select: { id: true, titleEn: true, ...include } }),
      statusUpdate: await db.statusUpdate.findMany({ select: { id: true, ...include } }),
    };
    for (const [kind, rows] of Object.entries(groups)) {
      expect(rows.length, kind).toBeGreaterThan(0);
      for (const row of rows) {
        const name = "slug" in row ? row.slug : row.id;
        expect(row._count.citations, `${kind} ${name}`).toBeGreaterThan(0);
      }
    }
  });

  it("cites only existing sources: a document by a short non-empty quote, a web source by locator and paraphrase", async () => {
    const sourceIds = new Set((await db.source.findMany({ select: { id: true } })).map((s) => s.id));
    const citations = await db.citation.findMany();
    expect(citations.length).toBeGreaterThan(100);
    for (const c of citations) {
      expect(sourceIds.has(c.sourceId), c.id).toBe(true);
      if (c.quote === null) {
        expect(c.locator?.trim(), c.id).toBeTruthy();
        expect(c.paraphrase?.trim(), c.id).toBeTruthy();
      } else {
        expect(c.quote.trim().length, c.id).toBeGreaterThan(0);
        expect(c.quote.length, c.quote).toBeLessThanOrEqual(MAX_QUOTE_LENGTH);
      }
      expect(["supports", "competing"]).toContain(c.stance);
      if (c.stance === "competing") expect(c.claim, c.id).toBeTruthy();
      const owners = [
        c.agreementId,
        c.ministryId,
        c.dialogueId,
        c.meetingId,
        c.planId,
        c.planItemId,
        c.eventId,
        c.personId,
        c.personRoleId,
        c.statusUpdateId,
      ].filter((o) => o !== null);
      expect(owners, c.id).toHaveLength(1);
    }
  });

  it("gives no two records of a kind the same slug", async () => {
    const slugLists = {
      sector: await db.sector.findMany({ select: { slug: true } }),
      topic: await db.topic.findMany({ select: { slug: true } }),
      ministry: await db.ministry.findMany({ select: { slug: true } }),
      person: await db.person.findMany({ select: { slug: true } }),
      agreement: await db.agreement.findMany({ select: { slug: true } }),
      dialogue: await db.dialogue.findMany({ select: { slug: true } }),
      meeting: await db.meeting.findMany({ select: { slug: true } }),
      plan: await db.actionPlan.findMany({ select: { slug: true } }),
      item: await db.planItem.findMany({ select: { slug: true } }),
      event: await db.event.findMany({ select: { slug: true } }),
    };
    for (const [kind, rows] of Object.entries(slugLists)) {
      const slugs = rows.map((r) => r.slug);
      expect(new Set(slugs).size, kind).toBe(slugs.length);
    }
    for (const kind of SLUGGED_SEED_KINDS) {
      const slugs = (seedData[kind] as { slug: string }[]).map((r) => r.slug);
      expect(new Set(slugs).size, kind).toBe(slugs.length);
    }
  });

  it("records the January 2026 environmental MOU as the sources support it", async () => {
    const mou = await db.agreement.findUniqueOrThrow({
      where: { slug: "environmental-cooperation-mou-2026" },
      include: { signatories: { include: { ministry: true } }, citations: true, previous: true },
    });
    expect(mou.kind).toBe("mou");
    expect(mou.status).toBe("signed");
    expect(mou.signedOn).toBe("2026-01-05");
    // Inferred from "05 Monday 2025" at first; public reporting states the day (issue 16).
    expect(mou.signedInferred).toBe(false);
    const onDate = mou.citations.filter((c) => c.field === "signedOn" && c.stance === "supports");
    expect(onDate.some((c) => c.quote === null && c.paraphrase)).toBe(true);
    expect(onDate.some((c) => c.quote !== null)).toBe(true);
    expect(mou.previous?.slug).toBe("environmental-cooperation-agreement-2014");
    expect(mou.relation).toBe("updates");
    const signatories = mou.signatories.map((s) => [s.ministry.slug, s.ministry.side]).sort();
    expect(signatories).toEqual([
      ["mcee", "KR"],
      ["mee-china", "CN"],
    ]);
    const mcee = mou.signatories.find((s) => s.ministry.slug === "mcee")?.ministry;
    expect(mcee?.nameEn).toBe("Ministry of Climate, Energy and Environment");
    const competing = mou.citations.filter((c) => c.stance === "competing");
    expect(competing).toHaveLength(1);
    expect(competing[0]).toMatchObject({
      field: "signedOn",
      claim: "05 Monday 2025",
      sourceId: "000_9da6033c4844ace2",
    });
    expect(competing[0]?.quote).toContain("05 Monday 2025");
  });

  it("gives the Clear Sky Plan exactly nine items, not assessed unless a status update says otherwise", async () => {
    const plan = await db.actionPlan.findUniqueOrThrow({
      where: { slug: "clear-sky-plan" },
      include: { items: { include: { statusUpdates: true }, orderBy: { number: "asc" } }, rounds: true },
    });
    expect(plan.items).toHaveLength(9);
    expect(plan.items.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(plan.items[0]?.titleEn).toBe("Exchange of air pollution prevention policies and technologies");
    expect(plan.rounds.map((r) => r.slug)).toEqual(["clear-sky-plan-2023"]);
    for (const item of plan.items) {
      if (item.statusUpdates.length === 0) {
        expect(item.status, item.slug).toBe("not_assessed");
        expect(item.statusAssessedOn, item.slug).toBeNull();
      } else {
        const latest = [...item.statusUpdates].sort((a, b) => b.assessedOn.localeCompare(a.assessedOn))[0];
        expect(item.status, item.slug).toBe(latest?.status);
        expect(item.statusAssessedOn, item.slug).toBe(latest?.assessedOn);
      }
    }
    const assessed = plan.items.filter((i) => i.statusUpdates.length > 0).map((i) => [i.number, i.status]);
    expect(assessed).toEqual([
      [8, "in_progress"],
      [9, "in_progress"],
    ]);
    const others = await db.planItem.findMany({ where: { planId: { not: plan.id } } });
    for (const item of others) expect(item.status, item.slug).toBe("not_assessed");
  });

  it("changes nothing when run a second time", async () => {
    const before = await dumpDatabase(db);
    const second = await applySeed(db, seedData);
    const after = await dumpDatabase(db);
    const total = totalCounts(second);
    expect(total.created).toBe(0);
    expect(total.updated).toBe(0);
    expect(total.removed).toBe(0);
    expect(total.unchanged).toBe(totalCounts(firstRun).created);
    expect(after).toEqual(before);
  });

  describe("refuses an invalid seed, naming the record and field, and writes nothing", () => {
    function withChange(change: (data: SeedData) => void): SeedData {
      const data = structuredClone(seedData);
      // A valid change alongside the invalid one, to show that nothing is written.
      const first = data.agreements[0];
      if (first) first.titleEn = `${first.titleEn} (changed)`;
      change(data);
      return data;
    }

    it("a date without its precision", async () => {
      const before = await dumpDatabase(db);
      const data = withChange((d) => {
        const mou = d.agreements.find((a) => a.slug === "environmental-cooperation-mou-2026");
        if (mou) mou.signedOn = { on: "2026-01-05" } as never;
      });
      const error = await rejection(applySeed(db, data));
      expect(error.problems).toEqual([
        'agreement "environmental-cooperation-mou-2026": signedOn.precision: precision is required: "year", "month" or "day"',
      ]);
      expect(await dumpDatabase(db)).toEqual(before);
    });

    it("an unknown ministry", async () => {
      const before = await dumpDatabase(db);
      const data = withChange((d) => {
        const mou = d.agreements.find((a) => a.slug === "environmental-cooperation-mou-2026");
        if (mou) mou.signatories = ["mcee", "foo"];
      });
      const error = await rejection(applySeed(db, data));
      expect(error.problems).toEqual([
        'agreement "environmental-cooperation-mou-2026": signatories[1]: unknown ministry "foo"',
      ]);
      expect(await dumpDatabase(db)).toEqual(before);
    });

    it("a side outside the vocabulary", async () => {
      const before = await dumpDatabase(db);
      const data = withChange((d) => {
        const mcee = d.ministries.find((m) => m.slug === "mcee");
        if (mcee) mcee.side = "XX" as never;
      });
      const error = await rejection(applySeed(db, data));
      expect(error.problems).toHaveLength(1);
      expect(error.problems[0]).toMatch(/^ministry "mcee": side: .*, got "XX"$/);
      expect(error.message).toContain('ministry "mcee": side');
      expect(await dumpDatabase(db)).toEqual(before);
    });

    it("a write the database refuses half-way rolls everything back", async () => {
      // A colleague's item holds number 10 of the Clear Sky Plan; a seed that adds
      // another item 10 passes validation but fails in the database.
      const plan = await db.actionPlan.findUniqueOrThrow({ where: { slug: "clear-sky-plan" } });
      const staffItem = await db.planItem.create({
        data: { slug: "staff-item-10", planId: plan.id, number: 10, titleEn: "Added by staff" },
      });
      try {
        const before = await dumpDatabase(db);
        const data = withChange((d) => {
          const clearSky = d.plans.find((p) => p.slug === "clear-sky-plan");
          const nine = clearSky?.items.find((i) => i.number === 9);
          if (clearSky && nine)
            clearSky.items.push({ ...nine, slug: "clear-sky-plan-area-10", number: 10, statusUpdates: [] });
        });
        await expect(applySeed(db, data)).rejects.toThrow();
        expect(await dumpDatabase(db)).toEqual(before);
      } finally {
        await db.planItem.delete({ where: { id: staffItem.id } });
      }
    });
  });
});

describe("re-seeding a database that staff have edited", () => {
  let t: TestDb;
  let db: Db;

  beforeAll(async () => {
    t = await createTestDb();
    db = t.db;
    await applySeed(db, seedData);
  }, 120_000);

  afterAll(async () => {
    await t?.cleanup();
  });

  it("keeps staff's rows and statuses, and removes only the seed's own rows that left the seed", async () => {
    const mou = await db.agreement.findUniqueOrThrow({ where: { slug: "environmental-cooperation-mou-2026" } });
    const item1 = await db.planItem.findUniqueOrThrow({ where: { slug: "clear-sky-plan-area-1" } });
    const biodiversity = await db.topic.findUniqueOrThrow({ where: { slug: "biodiversity" } });
    const source = await db.source.findUniqueOrThrow({ where: { id: "004_23e739b1b59501f4" } });

    // Staff add a citation, a status update and a meeting participant of their own.
    const staffCitation = await db.citation.create({
      data: { sourceId: source.id, quote: "Staff's own quote.", agreementId: mou.id },
    });
    const staffUpdate = await db.statusUpdate.create({
      data: { planItemId: item1.id, status: "completed", assessedOn: "2026-07-01", basis: "staff" },
    });
    await db.planItem.update({
      where: { id: item1.id },
      data: { status: "completed", statusAssessedOn: "2026-07-01" },
    });

    // The seed drops a topic, a citation, a meeting and an item of its own.
    const data = structuredClone(seedData);
    const seededMou = data.agreements.find((a) => a.slug === "environmental-cooperation-mou-2026");
    if (!seededMou) throw new Error("MOU missing from the seed");
    seededMou.topics = seededMou.topics.filter((s) => s !== "biodiversity");
    seededMou.citations = seededMou.citations.filter((c) => c.field !== "topics");
    const temm = data.dialogues.find((d) => d.slug === "tripartite-environment-ministers-meeting");
    if (temm) temm.meetings = temm.meetings.filter((m) => m.slug !== "tripartite-environment-ministers-meeting-25");
    const clearSky = data.plans.find((p) => p.slug === "clear-sky-plan");
    if (clearSky) clearSky.items = clearSky.items.filter((i) => i.number !== 7);

    const counts = await applySeed(db, data);
    expect(counts.agreementTopics.removed).toBe(1);
    expect(counts.citations.removed).toBeGreaterThanOrEqual(3);
    expect(counts.meetings.removed).toBe(1);
    expect(counts.planItems.removed).toBe(1);

    expect(await db.agreementTopic.count({ where: { agreementId: mou.id, topicId: biodiversity.id } })).toBe(0);
    expect(await db.meeting.count({ where: { slug: "tripartite-environment-ministers-meeting-25" } })).toBe(0);
    expect(await db.planItem.count({ where: { slug: "clear-sky-plan-area-7" } })).toBe(0);
    // Staff's rows stay, and the item keeps the status staff gave it.
    expect(await db.citation.count({ where: { id: staffCitation.id } })).toBe(1);
    expect(await db.statusUpdate.count({ where: { id: staffUpdate.id } })).toBe(1);
    expect((await db.planItem.findUniqueOrThrow({ where: { id: item1.id } })).status).toBe("completed");
    expect(isSeedId(staffCitation.id)).toBe(false);

    // Back to the full seed: the dropped rows return, staff's rows are still there.
    const restored = await applySeed(db, seedData);
    expect(restored.agreementTopics.created).toBe(1);
    expect(restored.meetings.created).toBe(1);
    expect(restored.planItems.created).toBe(1);
    expect(await db.citation.count({ where: { id: staffCitation.id } })).toBe(1);
    expect((await db.planItem.findUniqueOrThrow({ where: { id: item1.id } })).status).toBe("completed");

    // And a third run changes nothing.
    const again = totalCounts(await applySeed(db, seedData));
    expect(again.created + again.updated + again.removed).toBe(0);
  });

  it("puts a field a colleague changed back to the seed's value, raising its version once", async () => {
    const before = await db.event.findUniqueOrThrow({ where: { slug: "tianjin-exchange-2026" } });
    await db.event.update({ where: { id: before.id }, data: { titleEn: "Edited" } });
    const counts = await applySeed(db, seedData);
    expect(counts.events.updated).toBe(1);
    const after = await db.event.findUniqueOrThrow({ where: { id: before.id } });
    expect(after.titleEn).toBe(before.titleEn);
    expect(after.version).toBe(before.version + 2);
  });
});

describe("the seed's quotes", () => {
  it("are non-empty and at most 300 characters", () => {
    for (const { owner, citation } of allCitations(seedData)) {
      if (citation.quote === undefined) continue;
      expect(citation.quote.trim(), owner.label).not.toBe("");
      expect(citation.quote.length, `${owner.label}: ${citation.quote}`).toBeLessThanOrEqual(MAX_QUOTE_LENGTH);
    }
  });

  it.skipIf(!haveSources)("appear verbatim in their source documents (../shared/sources)", () => {
    const texts = new Map(
      seedData.sources.flatMap((s) =>
        s.fileName ? [[s.fileName, readFileSync(path.join(sourcesDir, s.fileName), "utf8")] as const] : [],
      ),
    );
    expect(texts.size).toBe(5);
    expect(findQuoteProblems(seedData, texts)).toEqual([]);
  });

  it("do not need the source documents at run time", () => {
    const seedDir = path.join(repoRoot, "prisma/seed");
    const files = readdirSync(seedDir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const text = readFileSync(path.join(seedDir, file), "utf8");
      expect(text, file).not.toMatch(/shared\/sources|readFile|node:fs/);
    }
  });
});
