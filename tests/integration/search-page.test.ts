import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { indexEntity, searchRecords } from "@/lib/server/search";
import { createSeededDb, type TestDb } from "../helpers/db";
import { request } from "../helpers/next-request";

vi.mock("@/lib/server/db/client", async () => (await import("../helpers/next-request")).appDb);

const { getSearchPage, RESULTS_PER_GROUP, RESULTS_PER_PAGE, SEARCH_KINDS } = await import(
  "@/lib/server/queries/search-page"
);

let t: TestDb;
beforeAll(async () => {
  t = await createSeededDb();
  request.db = t.db;
});
afterAll(() => t.cleanup());

const search = (q: string | string[], extra: Record<string, string> = {}, locale: "en" | "ko" | "zh" = "en") =>
  getSearchPage(locale, { q, ...extra });
const hrefsOf = async (q: string, locale: "en" | "ko" | "zh" = "en") =>
  (await search(q, {}, locale)).groups.flatMap((g) => g.results.map((r) => r.href));
const group = (page: Awaited<ReturnType<typeof search>>, kind: string) => page.groups.find((g) => g.kind === kind);

describe("/search across kinds", () => {
  it("finds the Saemangeum delegation event as well as the MOU, in each language", async () => {
    for (const q of ["Saemangeum", "새만금", "新万金"]) {
      const hrefs = await hrefsOf(q);
      expect(hrefs, q).toContain("/agreements/industrial-complexes-mou-2026");
      expect(hrefs, q).toContain(
        "/timeline?from=2026&to=2026&at=event-saemangeum-investment-delegation-2026#event-saemangeum-investment-delegation-2026",
      );
    }
  });

  it("finds a record of every kind, each linked to the page that shows it", async () => {
    const ministry = await t.db.ministry.findFirstOrThrow({ where: { abbreviation: { not: null }, archivedAt: null } });
    const dialogue = await t.db.dialogue.findFirstOrThrow({ where: { archivedAt: null } });
    const meeting = await t.db.meeting.findFirstOrThrow({
      where: { placeEn: { not: null }, archivedAt: null },
      include: { dialogue: true },
    });
    const plan = await t.db.actionPlan.findFirstOrThrow({ where: { archivedAt: null } });
    const item = await t.db.planItem.findFirstOrThrow({ include: { plan: true } });
    const person = await t.db.person.findFirstOrThrow({ include: { roles: { include: { ministry: true } } } });
    const source = await t.db.source.findFirstOrThrow({ where: { url: { not: null } } });
    const cases: [string, string, string][] = [
      ["ministry", ministry.nameEn, `/ministries/${ministry.slug}`],
      ["dialogue", dialogue.nameEn, `/dialogues/${dialogue.slug}`],
      [
        "meeting",
        `${meeting.placeEn} ${meeting.dialogue.nameEn}`,
        `/dialogues/${meeting.dialogue.slug}#${meeting.slug}`,
      ],
      ["plan", plan.titleEn, `/plans/${plan.slug}`],
      ["item", item.titleEn, `/plans/${item.plan.slug}#${item.slug}`],
      ["person", person.nameEn, `/ministries/${person.roles.find((r) => r.ministry)?.ministry?.slug}#people-heading`],
      ["source", source.title, `/sources/${source.id}`],
    ];
    for (const [kind, q, href] of cases) {
      const page = await search(q, { kind });
      expect(
        group(page, kind)?.results.map((r) => r.href),
        `${kind}: ${q}`,
      ).toContain(href);
    }
  });

  it("puts a record named exactly as the query first, and its group first", async () => {
    // The Clear Sky Plan is a signed plan: an agreement and a plan, both named exactly so.
    const page = await search("clear sky plan");
    expect(page.groups.slice(0, 2).map((g) => [g.kind, g.exact, g.results[0]?.href])).toEqual([
      ["agreement", true, "/agreements/clear-sky-plan"],
      ["plan", true, "/plans/clear-sky-plan"],
    ]);
    expect(page.groups.slice(2).every((g) => !g.exact)).toBe(true);
    expect(group(page, "plan")?.results.map((r) => r.href)).toContain("/plans/clear-sky-plan-2023");
    // A ministry by its exact name outranks the agreements it signed.
    const moe = await t.db.ministry.findFirstOrThrow({ where: { abbreviation: "MOFCOM" } });
    const byName = await search(moe.nameEn);
    expect(byName.groups[0]?.kind).toBe("ministry");
    expect(byName.groups[0]?.results[0]?.href).toBe(`/ministries/${moe.slug}`);
  });

  it("puts the exact name first even where BM25 prefers a record repeating the words", async () => {
    const sector = await t.db.sector.findFirstOrThrow();
    const make = (slug: string, titleEn: string, summaryEn: string) =>
      t.db.event.create({
        data: { slug, kind: "forum", status: "held", titleEn, summaryEn, startOn: "2026-03", sectorId: sector.id },
      });
    const exact = await make("wombat-forum", "Wombat Forum", "A meeting.");
    const noisy = await make("wombat-forum-week", "Wombat forum week: the wombat forum", "Wombat forum, wombat forum.");
    for (const e of [exact, noisy]) await indexEntity(t.db, "Event", e.id);
    const raw = (await searchRecords(t.db, "event", "wombat forum"))?.hits.map((h) => h.id);
    expect(raw?.sort()).toEqual([exact.id, noisy.id].sort());
    const page = await search("wombat forum");
    expect(group(page, "event")?.results.map((r) => r.id)).toEqual([exact.id, noisy.id]);
    expect(group(page, "event")?.exact).toBe(true);
    await t.db.event.deleteMany({ where: { id: { in: [exact.id, noisy.id] } } });
    for (const e of [exact, noisy]) await indexEntity(t.db, "Event", e.id);
  });

  it("finds by alias and abbreviation, and shows the name that matched when the title does not hold it", async () => {
    const page = await search("Saemangeum", {}, "ko");
    const event = group(page, "event")?.results.find((r) => r.href?.includes("saemangeum"));
    expect(event?.title.text).toContain("새만금");
    expect(event?.title.lang).toBe("ko");
    expect((await search("MOFCOM")).groups.map((g) => g.kind)).toContain("ministry");
    const zh = await search("新万金", {}, "en");
    const mou = group(zh, "agreement")?.results.find((r) => r.href === "/agreements/industrial-complexes-mou-2026");
    expect(mou?.matchedName).toEqual({ text: "新万金", lang: "zh" });
  });

  it("reads the page in the reader's language", async () => {
    const [en, ko, zh] = await Promise.all((["en", "ko", "zh"] as const).map((l) => search("Saemangeum", {}, l)));
    const title = (p: Awaited<ReturnType<typeof search>> | undefined) =>
      p ? group(p, "event")?.results[0]?.title : undefined;
    expect(title(en)?.lang).toBe("en");
    expect(title(ko)?.lang).toBe("ko");
    expect(title(zh)?.text).toMatch(/\p{Script=Han}/u);
  });

  it("caps each group and lists one kind in full, a page at a time", async () => {
    const page = await search("cooperation");
    const sources = group(page, "source");
    expect(sources?.total).toBeGreaterThan(RESULTS_PER_GROUP);
    expect(sources?.results).toHaveLength(RESULTS_PER_GROUP);
    const all = await search("cooperation", { kind: "source" });
    expect(all.groups.map((g) => g.kind)).toEqual(["source"]);
    expect(all.groups[0]?.results.length).toBe(Math.min(RESULTS_PER_PAGE, sources?.total ?? 0));
    expect(all.pageCount).toBe(Math.ceil((sources?.total ?? 0) / RESULTS_PER_PAGE));
    if (all.pageCount > 1) {
      const second = await search("cooperation", { kind: "source", page: "2" });
      expect(second.page).toBe(2);
      const firstIds = new Set(all.groups[0]?.results.map((r) => r.id));
      expect(second.groups[0]?.results.some((r) => firstIds.has(r.id))).toBe(false);
    }
  });

  it("leaves archived records out", async () => {
    const event = await t.db.event.findUniqueOrThrow({ where: { slug: "saemangeum-investment-delegation-2026" } });
    await t.db.event.update({ where: { id: event.id }, data: { archivedAt: new Date() } });
    try {
      expect(await hrefsOf("Saemangeum")).not.toContain(
        "/timeline?from=2026&to=2026&at=event-saemangeum-investment-delegation-2026#event-saemangeum-investment-delegation-2026",
      );
    } finally {
      await t.db.event.update({ where: { id: event.id }, data: { archivedAt: null } });
    }
  });

  it("follows edits: a record, and the records quoting its name, are re-indexed", async () => {
    const event = await t.db.event.findUniqueOrThrow({ where: { slug: "saemangeum-investment-delegation-2026" } });
    expect((await searchRecords(t.db, "event", "zanzibarite"))?.hits).toEqual([]);
    await t.db.event.update({ where: { id: event.id }, data: { summaryEn: "zanzibarite" } });
    await indexEntity(t.db, "Event", event.id);
    expect((await searchRecords(t.db, "event", "zanzibarite"))?.hits.map((h) => h.id)).toEqual([event.id]);
    // A dialogue renamed: its meetings are found by the new name.
    const meeting = await t.db.meeting.findFirstOrThrow({ select: { id: true, dialogueId: true } });
    await t.db.dialogue.update({ where: { id: meeting.dialogueId }, data: { aliases: "quokkalogue" } });
    await indexEntity(t.db, "Dialogue", meeting.dialogueId);
    expect((await searchRecords(t.db, "meeting", "quokkalogue"))?.hits.map((h) => h.id)).toContain(meeting.id);
    expect((await searchRecords(t.db, "dialogue", "quokkalogue"))?.hits.map((h) => h.id)).toEqual([meeting.dialogueId]);
  });
});

describe("/search input", () => {
  it("an empty query is the empty state, not an error", async () => {
    for (const q of [undefined, "", "   "]) {
      const page = await getSearchPage("en", q === undefined ? {} : { q });
      expect(page.state).toBe("empty");
      expect(page.errors).toEqual([]);
    }
  });

  it("says when nothing matches", async () => {
    const page = await search("zzqxjvw");
    expect(page.state).toBe("none");
    expect(page.groups).toEqual([]);
  });

  it("refuses a query over the limit by name, and searches nothing", async () => {
    const page = await search("a".repeat(201));
    expect(page.errors).toEqual([expect.objectContaining({ field: "q", code: "tooLong", values: { max: 200 } })]);
    expect(page.state).toBe("empty");
    expect((await search("a".repeat(200))).errors).toEqual([]);
  });

  it("refuses a NUL, an unknown kind and a bad page by name, keeping the rest", async () => {
    expect((await search("carbon\u0000")).errors.map((e) => e.code)).toEqual(["hasNul"]);
    const page = await search("Saemangeum", { kind: "spaceship", page: "-3" });
    expect(page.errors.map((e) => [e.field, e.code])).toEqual([
      ["kind", "notOneOf"],
      ["page", "tooSmall"],
    ]);
    expect(page.state).toBe("found");
    expect(page.groups.length).toBeGreaterThan(1);
  });

  it("treats operators, quotes and markup as text", async () => {
    for (const q of [
      "<script>alert(1)</script>",
      "'); DROP TABLE Agreement; --",
      'carbon OR NOT "market',
      "NEAR(carbon market) *^:",
      "kind : agreement",
      "{title body} : x",
    ]) {
      const page = await search(q);
      expect(["found", "none", "unsearchable"], q).toContain(page.state);
    }
    expect((await search("()*^")).state).toBe("unsearchable");
    expect(await t.db.agreement.count()).toBeGreaterThan(0);
    // Markup matches as words, never as markup: the terms are words.
    expect((await search("<script>alert(1)</script>")).terms).toEqual(["script", "alert", "1", "script"]);
  });

  it("takes the first of a repeated parameter", async () => {
    const page = await search(["Saemangeum", "carbon"]);
    expect(page.params.q).toBe("Saemangeum");
  });

  it("covers every kind", () => {
    expect([...SEARCH_KINDS].sort()).toEqual(
      ["agreement", "dialogue", "event", "item", "meeting", "ministry", "person", "plan", "source"].sort(),
    );
  });
});
