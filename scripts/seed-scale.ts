/**
 * `npm run seed:scale`: a synthetic database of about ten years of a busy
 * relationship, in its own file (never the real data), for benchmarks and soak
 * tests. Deterministic: the same --seed gives the same database.
 *
 *   npm run seed:scale -- [--out data/scale.db] [--seed 42] [--scale 1]
 *
 * At --scale 1: 10,000 agreements, 2,000 meetings, 50,000 plan items, 200,000 status
 * updates and 100,000 citations, with titles and names in English, Korean and
 * Chinese. A smaller --scale (0.01) makes the quick version the test command runs.
 */
import { rmSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { createPrismaClient } from "../lib/server/db/prisma";
import { indexAllRecords } from "../lib/server/search";
import { deployMigrations } from "./lib/migrate";

const { values } = parseArgs({
  options: {
    out: { type: "string", default: "data/scale.db" },
    seed: { type: "string", default: "42" },
    scale: { type: "string", default: "1" },
  },
});

const outFile = path.resolve(values.out);
const scale = Number(values.scale);
if (!(scale > 0 && scale <= 10)) throw new Error(`--scale must be a number in (0, 10], got ${values.scale}`);
const n = (count: number) => Math.max(1, Math.round(count * scale));

/** mulberry32: a small, fast, seedable generator; the same seed gives the same data. */
function generator(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)] as T;
  return { next, int, pick };
}
const rng = generator(Number(values.seed));

// ---------------------------------------------------------------- vocabulary (three languages)

const TOPICS: readonly [string, string, string, string][] = [
  ["fine-dust", "Fine dust", "미세먼지", "细颗粒物"],
  ["carbon-markets", "Carbon markets", "탄소시장", "碳市场"],
  ["climate-change", "Climate change", "기후변화", "气候变化"],
  ["circular-economy", "Circular economy", "순환경제", "循环经济"],
  ["biodiversity", "Biodiversity", "생물다양성", "生物多样性"],
  ["hydrogen", "Hydrogen", "수소", "氢能"],
  ["supply-chains", "Supply chains", "공급망", "供应链"],
  ["semiconductors", "Semiconductors", "반도체", "半导体"],
  ["investment", "Investment", "투자", "投资"],
  ["digital-inclusion", "Digital inclusion", "디지털 포용", "数字包容"],
  ["artificial-intelligence", "Artificial intelligence", "인공지능", "人工智能"],
  ["marine-litter", "Marine litter", "해양쓰레기", "海洋垃圾"],
];
const SECTORS: readonly [string, string, string, string][] = [
  ["environment-climate", "Environment and climate", "환경·기후", "环境与气候"],
  ["industry-supply-chains", "Industry and supply chains", "산업·공급망", "产业与供应链"],
  ["science-ict", "Science and ICT", "과학기술·ICT", "科技与信息通信"],
  ["digital", "Digital technology", "디지털 기술", "数字技术"],
];
const KINDS: readonly [string, string, string, string][] = [
  ["mou", "memorandum of understanding", "양해각서", "谅解备忘录"],
  ["agreement", "agreement", "협정", "协定"],
  ["plan", "implementation plan", "이행계획", "实施计划"],
  ["joint_statement", "joint statement", "공동성명", "联合声明"],
];
const STATUSES = ["signed", "in_force", "in_force", "expired", "superseded"] as const;
const ITEM_STATUSES = ["not_started", "in_progress", "completed", "delayed", "discontinued", "not_assessed"] as const;
const CITIES: readonly [string, string, string][] = [
  ["Seoul", "서울", "首尔"],
  ["Beijing", "베이징", "北京"],
  ["Busan", "부산", "釜山"],
  ["Shanghai", "상하이", "上海"],
  ["Tianjin", "톈진", "天津"],
  ["Incheon", "인천", "仁川"],
];

const pad = (x: number, w = 2) => String(x).padStart(w, "0");
const day = (year: number) => `${year}-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`;
const id = (prefix: string, i: number) => `${prefix}_${String(i).padStart(6, "0")}`;
const now = "2026-11-26T00:00:00.000+00:00";

// ---------------------------------------------------------------- write

rmSync(outFile, { force: true });
rmSync(`${outFile}-wal`, { force: true });
rmSync(`${outFile}-shm`, { force: true });
const started = Date.now();
await deployMigrations(`file:${outFile}`, { log: () => {} });

const sqlite = new Database(outFile);
sqlite.pragma("journal_mode = WAL");
sqlite.pragma("synchronous = OFF");

function insertAll(table: string, rows: Record<string, unknown>[]) {
  if (rows.length === 0) return;
  const first = rows[0] as Record<string, unknown>;
  const cols = Object.keys(first);
  const stmt = sqlite.prepare(
    `INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(", ")}) VALUES (${cols.map(() => "?").join(", ")})`,
  );
  for (const row of rows) stmt.run(...cols.map((c) => (typeof row[c] === "boolean" ? (row[c] ? 1 : 0) : row[c])));
}

type Row = Record<string, unknown>;
type Ministry = { id: string; side: string };

function generateSources() {
  return Array.from({ length: n(200) }, (_, i) => ({
    id: id("src", i),
    fileName: `synthetic-${i}.txt`,
    title: `Synthetic source ${i}`,
    publisher: rng.pick(["Ministry press office", "News agency", "Research institute"]),
    kind: rng.pick(["government", "news", "sponsored", "repost"]),
    trust: rng.pick(["primary", "secondary", "low"]),
    trustNote: "Synthetic benchmark source.",
    language: "en",
    publishedOn: day(rng.int(2016, 2026)),
    createdAt: now,
    updatedAt: now,
  }));
}

function generateSectors() {
  return SECTORS.map(([slug, en, ko, zh], i) => ({
    id: id("sec", i),
    slug,
    nameEn: en,
    nameKo: ko,
    nameZh: zh,
    sortOrder: i,
    createdAt: now,
    updatedAt: now,
  }));
}

function generateTopics(sectors: readonly { id: string }[]) {
  return TOPICS.map(([slug, en, ko, zh], i) => ({
    id: id("top", i),
    slug,
    nameEn: en,
    nameKo: ko,
    nameZh: zh,
    sectorId: (sectors[i % sectors.length] as { id: string }).id,
    createdAt: now,
    updatedAt: now,
  }));
}

function generateMinistries() {
  return Array.from({ length: Math.max(4, n(60)) }, (_, i) => {
    const side = i % 2 === 0 ? "KR" : "CN";
    const [topic] = TOPICS[i % TOPICS.length] as [string, string, string, string];
    return {
      id: id("min", i),
      slug: `ministry-${i}`,
      side,
      kind: "ministry",
      nameEn: `${side === "KR" ? "Korean" : "Chinese"} Ministry of ${TOPICS[i % TOPICS.length]?.[1]} ${i}`,
      nameKo: `${TOPICS[i % TOPICS.length]?.[2]}부 ${i}`,
      nameZh: `${TOPICS[i % TOPICS.length]?.[3]}部 ${i}`,
      abbreviation: `${side}-${topic.slice(0, 3).toUpperCase()}${i}`,
      createdAt: now,
      updatedAt: now,
    };
  });
}

/** Agreement number i with its two signatories, its topics and ten citations. */
function agreementRecords(i: number, sources: readonly { id: string }[], kr: Ministry[], cn: Ministry[]) {
  const year = 2016 + (i % 11);
  const [tSlug, tEn, tKo, tZh] = rng.pick(TOPICS);
  const [kind, kEn, kKo, kZh] = rng.pick(KINDS);
  const aid = id("agr", i);
  const agreement = {
    id: aid,
    slug: `${tSlug}-${kind.replace("_", "-")}-${year}-${i}`,
    kind,
    status: rng.pick(STATUSES),
    titleEn: `Korea–China ${tEn.toLowerCase()} ${kEn} (${year}) no. ${i}`,
    titleKo: `한중 ${tKo} ${kKo} (${year}) 제${i}호`,
    titleZh: `中韩${tZh}${kZh}（${year}）第${i}号`,
    summaryEn: `Cooperation on ${tEn.toLowerCase()} between the two governments, with joint research and exchanges.`,
    summaryKo: `양국 정부 간 ${tKo} 분야 협력, 공동연구와 교류.`,
    summaryZh: `两国政府在${tZh}领域的合作，包括联合研究与交流。`,
    signedOn: rng.next() < 0.1 ? String(year) : day(year),
    signedInferred: false,
    expiresOn: rng.next() < 0.3 ? day(year + 5) : null,
    expiresInferred: false,
    effectiveInferred: false,
    previousId: i > 10 && rng.next() < 0.2 ? id("agr", rng.int(0, i - 1)) : null,
    relation: null,
    createdAt: now,
    updatedAt: now,
  };
  const k = rng.pick(kr);
  const c = rng.pick(cn);
  const signatories = [
    { id: `${aid}_s1`, agreementId: aid, ministryId: k.id, createdAt: now, updatedAt: now },
    { id: `${aid}_s2`, agreementId: aid, ministryId: c.id, createdAt: now, updatedAt: now },
  ];
  const topicIds = new Set([TOPICS.findIndex((t) => t[0] === tSlug), rng.int(0, TOPICS.length - 1)]);
  const topics = [...topicIds].map((ti) => ({ agreementId: aid, topicId: id("top", ti), createdAt: now }));
  const citations = Array.from({ length: 10 }, (_, c2) => ({
    id: `${aid}_c${c2}`,
    sourceId: rng.pick(sources).id,
    quote: `The two sides agreed to cooperate on ${tEn.toLowerCase()} (passage ${c2}).`,
    field: c2 === 0 ? "signedOn" : null,
    stance: c2 === 9 && rng.next() < 0.2 ? "competing" : "supports",
    claim: null,
    agreementId: aid,
    createdAt: now,
    updatedAt: now,
  }));
  return { agreement, signatories, topics, citations };
}

function generateAgreements(sources: readonly { id: string }[], ministries: Ministry[]) {
  const kr = ministries.filter((m) => m.side === "KR");
  const cn = ministries.filter((m) => m.side === "CN");
  const agreements: Row[] = [];
  const signatories: Row[] = [];
  const agreementTopics: Row[] = [];
  const citations: Row[] = [];
  const agreementCount = n(10_000);
  for (let i = 0; i < agreementCount; i++) {
    const records = agreementRecords(i, sources, kr, cn);
    agreements.push(records.agreement);
    signatories.push(...records.signatories);
    agreementTopics.push(...records.topics);
    citations.push(...records.citations);
  }
  return { agreements, signatories, agreementTopics, citations };
}

function generateDialogues(sectors: readonly { id: string }[]) {
  return Array.from({ length: n(40) }, (_, i) => ({
    id: id("dia", i),
    slug: `dialogue-${i}`,
    nameEn: `Korea–China ${TOPICS[i % TOPICS.length]?.[1].toLowerCase()} dialogue ${i}`,
    nameKo: `한중 ${TOPICS[i % TOPICS.length]?.[2]} 대화 ${i}`,
    nameZh: `中韩${TOPICS[i % TOPICS.length]?.[3]}对话 ${i}`,
    format: "bilateral",
    level: rng.pick(["minister", "director_general", "working"]),
    cadence: i % 3 === 0 ? "biennial" : "annual",
    cadenceMonths: i % 3 === 0 ? 24 : 12,
    sectorId: (sectors[i % sectors.length] as { id: string }).id,
    createdAt: now,
    updatedAt: now,
  }));
}

function generateMeetings(dialogues: readonly { id: string; slug: string }[]) {
  return Array.from({ length: n(2_000) }, (_, i) => {
    const d = dialogues[i % dialogues.length] as { id: string; slug: string };
    const [en, ko, zh] = rng.pick(CITIES);
    const year = 2016 + Math.floor((i / Math.max(1, n(2_000))) * 11);
    return {
      id: id("mtg", i),
      slug: `${d.slug}-meeting-${i}`,
      dialogueId: d.id,
      number: Math.floor(i / dialogues.length) + 1,
      status: year <= 2026 ? "held" : "scheduled",
      heldOn: day(Math.min(year, 2026)),
      heldInferred: false,
      placeEn: en,
      placeKo: ko,
      placeZh: zh,
      createdAt: now,
      updatedAt: now,
    };
  });
}

function generatePlans(sectors: readonly { id: string }[], ministries: readonly { id: string }[]) {
  const agreementCount = n(10_000);
  return Array.from({ length: n(2_000) }, (_, i) => ({
    id: id("pln", i),
    slug: `plan-${i}`,
    titleEn: `Action plan ${i}`,
    titleKo: `실행계획 ${i}`,
    titleZh: `行动计划 ${i}`,
    startOn: String(2016 + (i % 9)),
    startInferred: false,
    endOn: String(2018 + (i % 9)),
    endInferred: false,
    sectorId: (sectors[i % sectors.length] as { id: string }).id,
    implementingBodyId: rng.pick(ministries).id,
    agreementId: id("agr", i % agreementCount),
    createdAt: now,
    updatedAt: now,
  }));
}

/** Plan item number i with its four status updates, the item showing the last. */
function planItemRecords(i: number, plans: readonly { id: string }[], ministries: readonly { id: string }[]) {
  const plan = plans[i % plans.length] as { id: string };
  const iid = id("itm", i);
  const history = Array.from({ length: 4 }, (_, u) => ({
    id: `${iid}_u${u}`,
    planItemId: iid,
    status: rng.pick(ITEM_STATUSES),
    progress: rng.int(0, 100),
    assessedOn: day(2018 + u * 2),
    basis: rng.pick(["official", "news", "staff"]),
    noteEn: `Assessment ${u}`,
    createdAt: now,
    updatedAt: now,
  }));
  const last = history.at(-1) as { status: string; progress: number; assessedOn: string };
  const item = {
    id: iid,
    slug: `item-${i}`,
    planId: plan.id,
    number: Math.floor(i / plans.length) + 1,
    titleEn: `Item ${i}: joint work on ${rng.pick(TOPICS)[1].toLowerCase()}`,
    titleKo: `항목 ${i}`,
    titleZh: `事项 ${i}`,
    responsibleBodyId: rng.pick(ministries).id,
    dueOn: rng.next() < 0.7 ? day(rng.int(2018, 2028)) : null,
    dueInferred: false,
    status: last.status,
    progress: last.status === "completed" ? 100 : last.progress,
    statusAssessedOn: last.assessedOn,
    createdAt: now,
    updatedAt: now,
  };
  return { item, history };
}

function generatePlanItems(plans: readonly { id: string }[], ministries: readonly { id: string }[]) {
  const items: Row[] = [];
  const updates: Row[] = [];
  const itemCount = n(50_000);
  for (let i = 0; i < itemCount; i++) {
    const { item, history } = planItemRecords(i, plans, ministries);
    items.push(item);
    updates.push(...history);
  }
  return { items, updates };
}

function generateEvents(sectors: readonly { id: string }[]) {
  return Array.from({ length: n(1_000) }, (_, i) => {
    const [en, ko, zh] = rng.pick(CITIES);
    return {
      id: id("evt", i),
      slug: `event-${i}`,
      kind: rng.pick(["delegation", "exhibition", "forum", "conference"]),
      status: "held",
      titleEn: `Event ${i} in ${en}`,
      titleKo: `${ko} 행사 ${i}`,
      titleZh: `${zh}活动 ${i}`,
      startOn: day(rng.int(2016, 2027)),
      startInferred: false,
      placeEn: en,
      placeKo: ko,
      placeZh: zh,
      sectorId: (sectors[i % sectors.length] as { id: string }).id,
      createdAt: now,
      updatedAt: now,
    };
  });
}

const counts: Record<string, number> = {};
const write = sqlite.transaction(() => {
  const sources = generateSources();
  insertAll("Source", sources);

  const sectors = generateSectors();
  insertAll("Sector", sectors);
  insertAll("Topic", generateTopics(sectors));

  const ministries = generateMinistries();
  insertAll("Ministry", ministries);

  const { agreements, signatories, agreementTopics, citations } = generateAgreements(sources, ministries);
  // Lineage must point backwards only, which the ids above guarantee.
  insertAll("Agreement", agreements);
  insertAll("Signatory", signatories);
  insertAll("AgreementTopic", agreementTopics);
  insertAll("Citation", citations);

  const dialogues = generateDialogues(sectors);
  insertAll("Dialogue", dialogues);
  const meetings = generateMeetings(dialogues);
  insertAll("Meeting", meetings);

  const plans = generatePlans(sectors, ministries);
  insertAll("ActionPlan", plans);
  const { items, updates } = generatePlanItems(plans, ministries);
  insertAll("PlanItem", items);
  insertAll("StatusUpdate", updates);

  const events = generateEvents(sectors);
  insertAll("Event", events);

  Object.assign(counts, {
    sources: sources.length,
    ministries: ministries.length,
    agreements: agreements.length,
    signatories: signatories.length,
    citations: citations.length,
    dialogues: dialogues.length,
    meetings: meetings.length,
    plans: plans.length,
    planItems: items.length,
    statusUpdates: updates.length,
    events: events.length,
  });
});
write();
sqlite.pragma("synchronous = NORMAL");
sqlite.exec("ANALYZE");
sqlite.close();

const db = createPrismaClient(`file:${outFile}`);
const indexed = await indexAllRecords(db);
await db.$disconnect();

console.log(
  `Scale database ${outFile} (seed ${values.seed}, scale ${scale}) in ${((Date.now() - started) / 1000).toFixed(1)} s:`,
);
for (const [kind, count] of Object.entries(counts)) console.log(`  ${kind.padEnd(14)} ${count.toLocaleString("en")}`);
console.log(`  search index   ${indexed.toLocaleString("en")} records`);
