import fc from "fast-check";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMonths, todayIso } from "@/lib/dates";
import { atomDocument, handleFeed } from "@/lib/server/feeds/atom";
import { handleCalendar } from "@/lib/server/feeds/calendar";
import { listChangesSince } from "@/lib/server/queries/changes";
import { getOverview, LATEST_CHANGES_SHOWN } from "@/lib/server/queries/overview";
import { createSeededDb, type TestDb } from "../helpers/db";

let t: TestDb;
const today = todayIso();
const soon = addMonths(today, 1);

beforeAll(async () => {
  t = await createSeededDb();
  await t.db.event.createMany({
    data: [
      {
        slug: "test-forum-soon",
        kind: "forum",
        status: "scheduled",
        titleEn: "Test forum",
        titleKo: "시험 포럼",
        startOn: soon,
      },
      {
        slug: "test-expo-planned",
        kind: "exhibition",
        status: "planned",
        titleEn: "Test expo",
        startOn: addMonths(soon, 1),
      },
      { slug: "test-month-only", kind: "forum", status: "scheduled", titleEn: "Month only", startOn: soon.slice(0, 7) },
      { slug: "test-past", kind: "forum", status: "held", titleEn: "Past forum", startOn: "2020-01-05" },
    ],
  });
});
afterAll(() => t.cleanup());

const calendar = async (query = "") => handleCalendar(t.db, new Request(`http://test/calendar.ics${query}`));
const feed = async (query = "", headers: Record<string, string> = {}) =>
  handleFeed(t.db, new Request(`http://test/feed.xml${query}`, { headers }));

describe("/calendar.ics", () => {
  it("parses as iCalendar: upcoming day-precision entries as all-day events with stable UIDs", async () => {
    const res = await calendar();
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/calendar");
    const text = await res.text();
    const vcalendar = new ICAL.Component(ICAL.parse(text));
    const events = vcalendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    const bySummary = new Map(events.map((e) => [e.summary, e]));
    const forum = bySummary.get("Test forum");
    expect(forum?.startDate.isDate).toBe(true);
    expect(forum?.startDate.toString()).toBe(soon);
    expect(forum?.uid).toBe("event-test-forum-soon@korea-china-tracker");
    expect(forum?.component.getFirstPropertyValue("status")).toBe("CONFIRMED");
    expect(bySummary.get("Test expo")?.component.getFirstPropertyValue("status")).toBe("TENTATIVE");
    expect(bySummary.has("Month only")).toBe(false);
    expect(bySummary.has("Past forum")).toBe(false);
    for (const e of events) expect(e.startDate.toString() >= today).toBe(true);
    // Same UIDs, same body on a second request: the ETag holds.
    const again = await calendar();
    expect(again.headers.get("etag")).toBe(res.headers.get("etag"));
  });

  it("filters like the timeline and speaks the reader's language", async () => {
    const meetingsOnly = await (await calendar("?kind=meeting")).text();
    expect(meetingsOnly).not.toContain("Test forum");
    const korean = await (await calendar("?lang=ko")).text();
    expect(korean).toContain("시험 포럼");
    expect((await calendar("?kind=nonsense")).status).toBe(400);
  });
});

describe("/feed.xml", () => {
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "entry" || name === "link" });

  it("is a valid Atom feed of new agreements, meetings and status updates", async () => {
    const res = await feed();
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("application/atom+xml");
    const xml = await res.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = parser.parse(xml) as {
      feed: { "@_xmlns": string; id: string; entry: { id: string; title: string | { "#text": string } }[] };
    };
    expect(doc.feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
    const ids = doc.feed.entry.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const titles = doc.feed.entry.map((e) => (typeof e.title === "string" ? e.title : e.title["#text"]));
    expect(titles.some((t) => t.startsWith("New agreement"))).toBe(true);
    expect(titles.some((t) => t.startsWith("Meeting"))).toBe(true);
    const etag = res.headers.get("etag") ?? "";
    expect((await feed("", { "If-None-Match": etag })).status).toBe(304);
  });

  it("narrows to one agreement, ministry, dialogue or plan; 404 for an unknown one", async () => {
    const one = parser.parse(await (await feed("?agreement=environmental-cooperation-mou-2026")).text()) as {
      feed: { entry?: { link: { "@_href": string }[] }[] };
    };
    const links = (one.feed.entry ?? []).map((e) => e.link[0]?.["@_href"] ?? "");
    // Relative without SITE_URL: a cached feed never carries the request's own host.
    expect(links).toContain("/agreements/environmental-cooperation-mou-2026");
    const ministry = await feed("?ministry=mcee");
    expect(ministry.status).toBe(200);
    const all = parser.parse(await (await feed()).text()) as { feed: { entry: unknown[] } };
    const scoped = parser.parse(await ministry.text()) as { feed: { entry?: unknown[] } };
    expect((scoped.feed.entry ?? []).length).toBeLessThan(all.feed.entry.length);
    expect((await feed("?plan=no-such-plan")).status).toBe(404);
    expect((await feed("?plan=a&dialogue=b")).status).toBe(400);
    expect((await feed("?plan=BAD SLUG")).status).toBe(400);
  });
});

describe("/feed.xml with hostile text (issue 17)", () => {
  const parser = new XMLParser({
    ignoreAttributes: false,
    parseTagValue: false,
    trimValues: false,
    // Numeric character references (&#13;) are XML, not HTML; this option decodes them.
    htmlEntities: true,
    isArray: (name) => name === "entry" || name === "link",
  });
  type Parsed = {
    feed: {
      entry: { title: { "#text"?: string }; summary?: { "#text"?: string }; link: { "@_href": string }[] }[];
      link: { "@_href": string; "@_rel": string }[];
    };
  };
  const INJECTION =
    'Fake ]]><link rel="alternate" href="http://evil.example/"/><content type="xhtml"><script>alert(1)</script></content> ]]> ]]>';

  it("keeps a title with ]]>, markup and a script as text: no injected link, no script, still valid XML", async () => {
    const agreement = await t.db.agreement.findFirstOrThrow({ where: { slug: "environmental-cooperation-mou-2026" } });
    await t.db.agreement.update({ where: { id: agreement.id }, data: { titleEn: INJECTION } });
    try {
      const xml = await (await feed("?agreement=environmental-cooperation-mou-2026")).text();
      expect(XMLValidator.validate(xml)).toBe(true);
      const doc = parser.parse(xml) as Parsed;
      const hrefs = [...doc.feed.link, ...doc.feed.entry.flatMap((e) => e.link)].map((l) => l["@_href"]);
      expect(hrefs.some((h) => h.includes("evil.example"))).toBe(false);
      expect(xml).not.toMatch(/<script/i);
      expect(doc.feed.entry.map((e) => e.title["#text"])).toContain(`New agreement: ${INJECTION}`);
    } finally {
      await t.db.agreement.update({ where: { id: agreement.id }, data: { titleEn: agreement.titleEn } });
    }
  });

  it("never takes its links from the request's Host or X-Forwarded-Host", async () => {
    const xml = await (
      await handleFeed(
        t.db,
        new Request("http://evil.example/feed.xml", { headers: { "x-forwarded-host": "evil.example" } }),
      )
    ).text();
    expect(xml).not.toContain("evil.example");
  });

  it("round-trips any string through a strict XML parser, in titles and summaries", () => {
    const NOT_XML = /(?![\t\n\r])[\p{Cc}\uFFFE\uFFFF\uD800-\uDFFF]/gu;
    const text = fc.oneof(
      fc.string({ unit: "grapheme-composite", maxLength: 40 }),
      fc.string({ unit: "binary", maxLength: 40 }),
      fc.constantFrom("]]>", "]]>]]>", "<![CDATA[", "</title>", "&amp;", "<script>x</script>", "\u0000\uFFFF"),
    );
    fc.assert(
      fc.property(text, text, (title, detail) => {
        const at = new Date("2026-01-05T00:00:00Z");
        const xml = atomDocument({
          id: "urn:test",
          title: "t",
          self: "/feed.xml",
          home: "/",
          updated: at,
          entries: [
            {
              id: "e",
              kind: "agreement",
              at,
              updatedAt: at,
              title: { en: title, ko: null, zh: null },
              href: "/x",
              detail,
            },
          ],
        });
        expect(XMLValidator.validate(xml)).toBe(true);
        const entry = (parser.parse(xml) as Parsed).feed.entry[0];
        expect(entry?.title["#text"] ?? "").toBe(title.replace(NOT_XML, ""));
        if (detail.replace(NOT_XML, "")) expect(entry?.summary?.["#text"] ?? "").toBe(detail.replace(NOT_XML, ""));
      }),
      { numRuns: 300 },
    );
  });
});

describe("listChangesSince", () => {
  it("lists what was created or updated since a day, and the status updates recorded since", async () => {
    const item = await t.db.planItem.findFirstOrThrow({ select: { id: true } });
    await t.db.statusUpdate.create({
      data: { planItemId: item.id, status: "in_progress", assessedOn: today, basis: "staff", noteEn: "Back on track" },
    });
    const changes = await listChangesSince(t.db, today);
    expect(changes.records.some((r) => r.key === "test-forum-soon" && r.isNew)).toBe(true);
    expect(changes.statusUpdates.map((u) => u.noteEn)).toContain("Back on track");
    // A day starts in Seoul: a save at 00:30 there (15:30 UTC the day before) counts for it.
    await t.db.statusUpdate.create({
      data: {
        planItemId: item.id,
        status: "in_progress",
        assessedOn: today,
        basis: "staff",
        noteEn: "Just after midnight in Seoul",
        createdAt: new Date(`${today}T00:30:00+09:00`),
      },
    });
    expect((await listChangesSince(t.db, today)).statusUpdates.map((u) => u.noteEn)).toContain(
      "Just after midnight in Seoul",
    );
    const future = await listChangesSince(t.db, addMonths(today, 12));
    expect(future.records).toEqual([]);
  });
});

describe("listChangesSince on many changes", () => {
  it("loads the newest of each kind and counts the rest; one kind pages without the others", async () => {
    const item = await t.db.planItem.findFirstOrThrow({ select: { id: true } });
    const before = await listChangesSince(t.db, today);
    // A bulk import: 1,500 assessments recorded from now on, a second apart (the newest of the day).
    const base = Date.now() + 1000;
    await t.db.statusUpdate.createMany({
      data: Array.from({ length: 1500 }, (_, i) => ({
        planItemId: item.id,
        status: "in_progress",
        assessedOn: today,
        basis: "staff",
        noteEn: `Bulk ${i}`,
        createdAt: new Date(base + i * 1000),
      })),
    });
    const changes = await listChangesSince(t.db, today, { take: 20 });
    expect(changes.count.status).toBe(before.count.status + 1500);
    expect(changes.total).toBe(before.total + 1500);
    // Only the newest 20 are loaded, newest first.
    expect(changes.statusUpdates).toHaveLength(20);
    expect(changes.statusUpdates[0]?.noteEn).toBe("Bulk 1499");
    // Every kind at most 20 rows, each counted in full.
    for (const kind of changes.kinds) {
      const rows = changes.records.filter((r) => r.kind === kind);
      expect(rows.length).toBeLessThanOrEqual(20);
      expect(changes.count[kind]).toBeGreaterThanOrEqual(rows.length);
    }
    expect(changes.count.agreement).toBeGreaterThan(20);

    // The assessments on their own, a page of 50 at a time; nothing else loaded.
    const page2 = await listChangesSince(t.db, today, { only: "status", take: 50, skip: 50 });
    expect(page2.statusUpdates.map((u) => u.noteEn)).toEqual(
      Array.from({ length: 50 }, (_, i) => `Bulk ${1499 - 50 - i}`),
    );
    expect(page2.records).toEqual([]);
    expect(page2.count).toEqual(changes.count);

    // One record kind on its own pages through all of it, once each.
    const agreements = changes.count.agreement;
    const seen: string[] = [];
    for (let skip = 0; skip < agreements; skip += 50) {
      const page = await listChangesSince(t.db, today, { only: "agreement", take: 50, skip });
      expect(page.statusUpdates).toEqual([]);
      seen.push(...page.records.map((r) => r.key));
    }
    expect(new Set(seen).size).toBe(agreements);
    expect(seen).toHaveLength(agreements);
  });
});

describe("added to the tracker, told apart from happened", () => {
  it("a seeded 1993 agreement is added today and happened in 1993; a meeting carries when it was held", async () => {
    // Every row of every kind, not the newest 20.
    const changes = await listChangesSince(t.db, today, { take: 10_000 });
    const old = await t.db.agreement.findFirstOrThrow({
      where: { archivedAt: null, signedOn: { lt: "2000" } },
      select: { slug: true, signedOn: true },
    });
    const row = changes.records.find((r) => r.kind === "agreement" && r.key === old.slug);
    expect(row).toMatchObject({ isNew: true, happened: { what: "signed", on: old.signedOn } });
    // Added today: the tracker's date is today's, not the signing's.
    expect(row?.at.getTime()).toBeGreaterThan(Date.now() - 24 * 3600 * 1000);
    const meeting = changes.records.find((r) => r.kind === "meeting" && r.happened);
    expect(meeting?.happened?.what).toBe("held");
    // An event's link opens the timeline at its year.
    const event = changes.records.find((r) => r.kind === "event" && r.happened);
    expect(event?.href).toBe(
      `/timeline?from=${event?.happened?.on.slice(0, 4)}&to=${event?.happened?.on.slice(0, 4)}&at=event-${event?.key}#event-${event?.key}`,
    );
  });

  it("the overview names the newest change, when the tracker last changed, and counts as the status board does", async () => {
    const item = await t.db.planItem.findFirstOrThrow({ where: { archivedAt: null }, select: { id: true } });
    const edited = await t.db.planItem.update({
      where: { id: item.id },
      data: { titleEn: "Edited for the overview" },
      select: { slug: true, updatedAt: true },
    });
    const o = await getOverview(t.db, today);
    expect(o.updatedAt).toBe(edited.updatedAt.toISOString());
    expect(o.latestChanges).toHaveLength(LATEST_CHANGES_SHOWN);
    expect(o.latestChanges[0]).toMatchObject({ kind: "item", key: edited.slug, isNew: true });
    // Plain JSON (the overview is kept in a JSON cache): times as strings.
    expect(typeof o.latestChanges[0]?.at).toBe("string");
    const total = await t.db.planItem.count({ where: { archivedAt: null } });
    const notAssessed = await t.db.planItem.count({ where: { archivedAt: null, status: "not_assessed" } });
    expect(o.itemTotal).toBe(total);
    expect(o.itemCounts.not_assessed).toBe(notAssessed);
  });
});
