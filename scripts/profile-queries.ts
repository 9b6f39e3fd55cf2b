/**
 * `npx tsx scripts/profile-queries.ts [--db data/scale.db] [--runs 20] [--only name]`:
 * times, in process, the data loading behind each public page, the search module and
 * the JSON API's agreement list on a database (by default the scale database that
 * `npm run seed:scale` writes). Prints p50 and p95 in milliseconds per function.
 * No server, no HTTP: this is what the database side costs a request. Besides wall
 * time it reports CPU time (user + system of this process): on a shared, busy machine
 * wall time mostly measures the neighbours, CPU time what the query itself costs.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { AgreementFiltersSchema } from "../lib/schemas/agreement-filters";
import { parseSearchParams } from "../lib/schemas/search-params";
import { handleList } from "../lib/server/api/handlers";
import { agreements as agreementsResource } from "../lib/server/api/resources";
import { createPrismaClient } from "../lib/server/db/prisma";
import { getAgreement, listAgreementFacets, listAgreements } from "../lib/server/queries/agreements";
import { getOverview } from "../lib/server/queries/overview";
import { getStatusBoard } from "../lib/server/queries/status";
import { countTimelineYears, filterTimeline, listTimelineEntries } from "../lib/server/queries/timeline";
import { searchRecords } from "../lib/server/search";
import { TIMELINE_MAX_ENTRIES } from "../lib/timeline";

const { values } = parseArgs({
  options: {
    db: { type: "string", default: "data/scale.db" },
    runs: { type: "string", default: "20" },
    only: { type: "string" },
    today: { type: "string", default: "2026-11-26" },
  },
});
const db = createPrismaClient(`file:${path.resolve(values.db)}`);
const runs = Number(values.runs);
const today = values.today;

const filters = (query: string) =>
  parseSearchParams(AgreementFiltersSchema, Object.fromEntries(new URLSearchParams(query))).values;

const sample = await db.agreement.findFirst({ orderBy: { signedOn: "desc" }, select: { slug: true } });
const slug = sample?.slug ?? "none";

const cases: [string, () => Promise<unknown>][] = [
  ["search cooperation", () => searchRecords(db, "agreement", "cooperation")],
  ["search environment", () => searchRecords(db, "agreement", "environment")],
  ["search carbon markets", () => searchRecords(db, "agreement", "carbon markets")],
  ['search "carbon markets"', () => searchRecords(db, "agreement", '"carbon markets"')],
  ["search no 4321", () => searchRecords(db, "agreement", "no 4321")],
  ["search 협력", () => searchRecords(db, "agreement", "협력")],
  ["search 합의", () => searchRecords(db, "agreement", "합의")],
  ["search 해양쓰레기", () => searchRecords(db, "agreement", "해양쓰레기")],
  ["search 合作", () => searchRecords(db, "agreement", "合作")],
  ["search 碳", () => searchRecords(db, "agreement", "碳")],
  ["/agreements", () => listAgreements(db, filters(""), "en")],
  ["/agreements facets", () => listAgreementFacets(db)],
  ["/agreements?q=carbon+market", () => listAgreements(db, filters("q=carbon market"), "en")],
  ["/agreements?q=cooperation", () => listAgreements(db, filters("q=cooperation"), "en")],
  [
    "/agreements?sector=digital&side=CN&from=2020",
    () => listAgreements(db, filters("sector=digital&side=CN&from=2020"), "en"),
  ],
  ["/agreements?sort=title (ko)", () => listAgreements(db, filters("sort=title"), "ko")],
  ["/agreements?page=400", () => listAgreements(db, filters("page=400"), "en")],
  [`/agreements/${slug} record`, () => getAgreement(db, slug)],
  [
    `/agreements/${slug} timeline`,
    async () =>
      filterTimeline(
        await listTimelineEntries(db, today, { scope: { agreement: slug }, limit: TIMELINE_MAX_ENTRIES }),
        {},
        { agreement: slug },
      ),
  ],
  ["/ overview", () => getOverview(db, today)],
  ["/timeline years", () => countTimelineYears(db, today)],
  [
    "/timeline entries",
    () =>
      listTimelineEntries(db, today, {
        from: Number(today.slice(0, 4)),
        to: Number(today.slice(0, 4)),
        limit: TIMELINE_MAX_ENTRIES + 1,
      }),
  ],
  [
    "/timeline?kind=status",
    () => listTimelineEntries(db, today, { from: 2025, to: 2027, kind: "status", limit: TIMELINE_MAX_ENTRIES + 1 }),
  ],
  ["/status", () => getStatusBoard(db, today, 180)],
  ["/status?status=delayed", () => getStatusBoard(db, today, 180, "delayed")],
  ["/api/v1/agreements", () => handleList(agreementsResource, db, new Request("http://x/api/v1/agreements"))],
  [
    "/api/v1/agreements?q=cooperation",
    () => handleList(agreementsResource, db, new Request("http://x/api/v1/agreements?q=cooperation")),
  ],
];

console.log(`${values.db}, ${runs} runs each (after one warm-up), ms`);
console.log(
  `${"what".padEnd(56)} ${"p50".padStart(9)} ${"p95".padStart(9)} ${"cpu p50".padStart(9)} ${"cpu p95".padStart(9)}`,
);
for (const [name, run] of cases) {
  if (values.only && !name.includes(values.only)) continue;
  await run();
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const c = process.cpuUsage();
    await run();
    const used = process.cpuUsage(c);
    times.push(performance.now() - t);
    cpu.push((used.user + used.system) / 1000);
  }
  const p = (xs: number[], q: number) =>
    [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))] ?? 0;
  const cols = [p(times, 0.5), p(times, 0.95), p(cpu, 0.5), p(cpu, 0.95)].map((x) => x.toFixed(2).padStart(9));
  console.log(`${name.padEnd(56)} ${cols.join(" ")}`);
}
await db.$disconnect();
