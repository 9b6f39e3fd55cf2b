import type {
  SeedAgreement,
  SeedCitation,
  SeedData,
  SeedDialogue,
  SeedEvent,
  SeedMinistry,
  SeedPerson,
  SeedPlan,
  SeedSource,
} from "../../lib/schemas/seed";

/**
 * Small, valid seed records for tests. Each factory takes overrides; `tinySeed()`
 * is a complete dataset of one or two records per kind that passes validateSeed.
 */

export const TEST_SOURCE_FILE = "900_0000000000000000.txt";

/**
 * A text in Korean and Chinese beside an English one, marked as the tracker's own
 * translation (the seed refuses an English text without both, or one without a mark).
 */
function inAllLanguages<F extends string>(field: F, en: string) {
  return { [`${field}Ko`]: `${en} (ko)`, [`${field}Zh`]: `${en} (zh)` } as Record<`${F}Ko` | `${F}Zh`, string>;
}
const marked = (...fields: string[]) => ({ translated: fields.flatMap((f) => [`${f}Ko`, `${f}Zh`]) });

export function citation(overrides: Partial<SeedCitation> = {}): SeedCitation {
  return { source: TEST_SOURCE_FILE, quote: "A passage of the test source.", ...overrides };
}

export function source(overrides: Partial<SeedSource> = {}): SeedSource {
  const fileName = overrides.fileName ?? TEST_SOURCE_FILE;
  return {
    id: fileName.replace(/\.[^.]+$/, ""),
    fileName,
    title: "Test source",
    publisher: null,
    kind: "government",
    trust: "primary",
    trustNote: "Made up for tests.",
    publishedOn: { on: "2026-01-01", precision: "day" },
    ...overrides,
  };
}

export function ministry(overrides: Partial<SeedMinistry> = {}): SeedMinistry {
  return {
    slug: "test-ministry-kr",
    side: "KR",
    kind: "ministry",
    nameEn: "Test Ministry",
    ...inAllLanguages("name", "Test Ministry"),
    ...marked("name"),
    citations: [citation()],
    ...overrides,
  };
}

export function agreement(overrides: Partial<SeedAgreement> = {}): SeedAgreement {
  return {
    slug: "test-agreement",
    kind: "mou",
    status: "signed",
    titleEn: "Test MOU",
    ...inAllLanguages("title", "Test MOU"),
    ...marked("title"),
    signedOn: { on: "2026-01-05", precision: "day" },
    signatories: ["test-ministry-kr", "test-ministry-cn"],
    topics: ["test-topic"],
    citations: [citation(), citation({ field: "signedOn", quote: "Signed on 5 January 2026." })],
    ...overrides,
  };
}

export function person(overrides: Partial<SeedPerson> = {}): SeedPerson {
  return {
    slug: "test-person",
    nameEn: "Test Person",
    ...inAllLanguages("name", "Test Person"),
    ...marked("name"),
    roles: [
      {
        key: "minister",
        ministry: "test-ministry-kr",
        titleEn: "Minister",
        ...inAllLanguages("title", "Minister"),
        ...marked("title"),
        asOf: { on: "2026-01", precision: "month" },
        citations: [citation({ field: "asOf" })],
      },
    ],
    citations: [citation()],
    ...overrides,
  };
}

export function dialogue(overrides: Partial<SeedDialogue> = {}): SeedDialogue {
  return {
    slug: "test-dialogue",
    nameEn: "Test dialogue",
    ...inAllLanguages("name", "Test dialogue"),
    ...marked("name"),
    format: "bilateral",
    level: "director_general",
    cadence: "annual",
    sector: "test-sector",
    agreement: "test-agreement",
    participants: ["test-ministry-kr", "test-ministry-cn"],
    meetings: [
      {
        slug: "test-dialogue-1",
        number: 1,
        status: "held",
        heldOn: { on: "2026-02", precision: "month", inferred: { reasoning: "Because." } },
        participants: [{ person: "test-person", role: "chief_representative" }],
        reviews: [{ agreement: "test-agreement" }, { plan: "test-plan" }],
        citations: [citation({ field: "heldOn" })],
      },
    ],
    citations: [citation()],
    ...overrides,
  };
}

export function plan(overrides: Partial<SeedPlan> = {}): SeedPlan {
  return {
    slug: "test-plan",
    titleEn: "Test plan",
    ...inAllLanguages("title", "Test plan"),
    ...marked("title"),
    startOn: { on: "2026", precision: "year" },
    sector: "test-sector",
    agreement: "test-agreement",
    items: [
      {
        slug: "test-plan-item-1",
        number: 1,
        titleEn: "First item",
        ...inAllLanguages("title", "First item"),
        ...marked("title"),
        statusUpdates: [],
        citations: [citation()],
      },
      {
        slug: "test-plan-item-2",
        number: 2,
        titleEn: "Second item",
        ...inAllLanguages("title", "Second item"),
        ...marked("title"),
        statusUpdates: [
          {
            key: "first-assessment",
            status: "in_progress",
            assessedOn: { on: "2026-03-01", precision: "day" },
            basis: "official",
            evidenceSource: TEST_SOURCE_FILE,
            citations: [citation({ field: "assessedOn" })],
          },
        ],
        citations: [citation()],
      },
    ],
    citations: [citation({ field: "startOn" })],
    ...overrides,
  };
}

export function event(overrides: Partial<SeedEvent> = {}): SeedEvent {
  return {
    slug: "test-event",
    kind: "forum",
    status: "scheduled",
    titleEn: "Test forum",
    ...inAllLanguages("title", "Test forum"),
    ...marked("title"),
    startOn: { on: "2026-06-02", precision: "day" },
    timeZone: "Asia/Shanghai",
    participants: ["test-ministry-kr"],
    citations: [citation({ field: "startOn" })],
    ...overrides,
  };
}

/** A complete, valid dataset with a record or two of each kind. */
export function tinySeed(): SeedData {
  return {
    sources: [source()],
    sectors: [
      {
        slug: "test-sector",
        nameEn: "Test sector",
        ...inAllLanguages("name", "Test sector"),
        ...marked("name"),
        sortOrder: 1,
        citations: [citation()],
      },
    ],
    topics: [
      {
        slug: "test-topic",
        nameEn: "Test topic",
        ...inAllLanguages("name", "Test topic"),
        ...marked("name"),
        sector: "test-sector",
        citations: [citation()],
      },
    ],
    ministries: [
      ministry(),
      ministry({
        slug: "test-ministry-cn",
        side: "CN",
        nameEn: "Test Ministry (CN)",
        ...inAllLanguages("name", "Test Ministry (CN)"),
      }),
    ],
    people: [person()],
    agreements: [agreement()],
    dialogues: [dialogue()],
    plans: [plan()],
    events: [event()],
  };
}

/**
 * The fields of a valid status form (updateItemStatusAction) for a seeded plan item,
 * as a browser posts them: the item's current version, a new status and a note.
 */
export function statusFormFields(item: { id: string; version: number }, note: string): Record<string, string> {
  return {
    planItemId: item.id,
    expectedVersion: String(item.version),
    status: "in_progress",
    progress: "50",
    assessedOn: "2026-11-20",
    basis: "staff",
    note,
  };
}

/** The edit form of an event as an editor would submit it unchanged, with Korean and Chinese titles. */
export function eventEditFields(event: {
  id: string;
  version: number;
  kind: string;
  status: string;
  titleEn: string;
}): Record<string, string> {
  return {
    entity: "Event",
    id: event.id,
    expectedVersion: String(event.version),
    kind: event.kind,
    status: event.status,
    titleEn: event.titleEn,
    titleKo: "행사 제목",
    titleZh: "活动标题",
  };
}
