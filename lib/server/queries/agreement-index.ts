import "server-only";
import type { AgreementFilters } from "@/lib/schemas/agreement-filters";
import { AGREEMENT_KINDS, AGREEMENT_STATUSES, type Side } from "@/lib/schemas/vocab";
import { keptByStamp } from "@/lib/server/cache/kept";
import { readRows } from "@/lib/server/db/direct";
import { ministryBrief, namedLink } from "@/lib/server/db/fragments";
import type { Db } from "@/lib/server/db/prisma";

/**
 * What the /agreements filters test, for every live agreement, with the ministries
 * and topics the list names, kept in memory until the data changes
 * (lib/server/cache/kept.ts). A filtered list is counted here rather than in the
 * database: the count tests each of 10,000 agreements against its join rows, about
 * 11 ms in SQLite on the scale database, against well under one here. The slugs the
 * filters name and the ministries and topics a page of rows names are looked up here
 * too, instead of by five more queries a request.
 */
export type AgreementIndex = Awaited<ReturnType<typeof readAgreementIndex>>;

export function agreementIndex(db: Db): Promise<AgreementIndex> {
  return keptByStamp(db, "agreement-index", () => readAgreementIndex(db));
}

async function readAgreementIndex(db: Db) {
  // The three long tables on a connection of our own (lib/server/db/direct.ts): through
  // Prisma, their 50,000 rows on the scale database take 270 ms to read instead of 50.
  type Live = { id: string; signedOn: string | null; kind: string; status: string };
  const [agreements, topicLinks, signatures, topics, ministries] = await Promise.all([
    // Newest first, as the list's date order has it (`newestPage`): the database sorts, so
    // that titles of one date come in its collation, as its own ORDER BY gives them.
    readRows<Live>(
      db,
      `SELECT "id", "signedOn", "kind", "status" FROM "Agreement" WHERE "archivedAt" IS NULL
        ORDER BY "signedOn" DESC NULLS LAST, "titleEn", "id"`,
    ),
    // In key order, so that a row's topics and signatories come in one order on both databases.
    readRows<{ agreementId: string; topicId: string }>(
      db,
      'SELECT "agreementId", "topicId" FROM "AgreementTopic" ORDER BY "agreementId", "topicId"',
    ),
    readRows<{ agreementId: string; ministryId: string }>(
      db,
      'SELECT "agreementId", "ministryId" FROM "Signatory" ORDER BY "agreementId", "ministryId"',
    ),
    db.topic.findMany({ select: { id: true, ...namedLink, sector: { select: { slug: true } } } }),
    db.ministry.findMany({ select: { id: true, ...ministryBrief } }),
  ]);
  // Topics and ministries by number, and entries of one literal shape (Prisma's rows
  // are not), so that the scan tests small integer arrays against a typed-array mask.
  const topicCode = new Map(topics.map((t, i) => [t.id, i]));
  const ministryCode = new Map(ministries.map((m, i) => [m.id, i]));
  const entries = new Map(
    agreements.map((a) => [
      a.id,
      {
        id: a.id,
        signedOn: a.signedOn,
        kind: a.kind,
        status: a.status,
        topics: [] as number[],
        ministries: [] as number[],
      },
    ]),
  );
  for (const link of topicLinks) {
    const code = topicCode.get(link.topicId);
    if (code !== undefined) entries.get(link.agreementId)?.topics.push(code);
  }
  for (const signature of signatures) {
    const code = ministryCode.get(signature.ministryId);
    if (code !== undefined) entries.get(signature.agreementId)?.ministries.push(code);
  }

  const topicsBySector = new Map<string, string[]>();
  for (const topic of topics) {
    const ids = topicsBySector.get(topic.sector.slug) ?? [];
    ids.push(topic.id);
    topicsBySector.set(topic.sector.slug, ids);
  }
  // By code: what a list row names (topicList[code], ministryList[code]).
  const topicList = topics.map(({ sector, ...topic }) => ({ ...topic, sector: sector.slug }));
  const ministryList = ministries.map((m) => ({ ...m, side: m.side as Side }));
  const list = [...entries.values()];
  return {
    entries: list,
    byId: entries,
    columns: columnsOf(list),
    /** Each entry's place in `entries` and `columns`, by id. */
    places: new Map(list.map((a, i) => [a.id, i])),
    topics: new Map(topicList.map((t) => [t.id, t])),
    ministries: new Map(ministryList.map((m) => [m.id, m])),
    topicList,
    ministryList,
    topicsBySector,
    topicCode,
    ministryCode,
  };
}

/** A year no date has: an undated agreement's, which no year filter allows. */
const NO_YEAR = -1;

/**
 * What the filters test, as typed arrays in the entries' order: the year a date
 * begins with, kind and status by their place in the vocabulary (an unknown one
 * matches no filter), and each entry's topic and signatory codes, entry `i`'s from
 * `start[i]` to `start[i + 1]`. A count walks 10,000 agreements; as objects they
 * are scattered over the heap, and the server's rendering between two counts leaves
 * none of them in the CPU's cache (0.8 ms a count in the server against 0.25 in a
 * loop alone, measured on the scale database; docs/search-profile.md).
 */
function columnsOf(
  entries: readonly { signedOn: string | null; kind: string; status: string; topics: number[]; ministries: number[] }[],
) {
  const codes = (vocab: readonly string[], value: string) => {
    const at = vocab.indexOf(value);
    return at < 0 ? 255 : at;
  };
  const linked = (of: (e: (typeof entries)[number]) => number[]) => {
    const start = new Uint32Array(entries.length + 1);
    entries.forEach((e, i) => {
      start[i + 1] = (start[i] ?? 0) + of(e).length;
    });
    return { start, codes: Uint16Array.from(entries.flatMap(of)) };
  };
  return {
    year: Int16Array.from(entries, (e) => (e.signedOn === null ? NO_YEAR : Number(e.signedOn.slice(0, 4)))),
    kind: Uint8Array.from(entries, (e) => codes(AGREEMENT_KINDS, e.kind)),
    status: Uint8Array.from(entries, (e) => codes(AGREEMENT_STATUSES, e.status)),
    topics: linked((e) => e.topics),
    ministries: linked((e) => e.ministries),
  };
}

/** The ids of the topics and ministries the filters name, as the database's filter and the count test them. */
export function filterIds(index: AgreementIndex, filters: AgreementFilters) {
  const slugged = <T extends { id: string; slug: string }>(map: Map<string, T>, slug: string) =>
    [...map.values()].filter((x) => x.slug === slug).map((x) => x.id);
  return {
    sector: filters.sector ? (index.topicsBySector.get(filters.sector) ?? []) : null,
    topic: filters.topic ? slugged(index.topics, filters.topic) : null,
    ministries: filters.ministry.map((slug) => slugged(index.ministries, slug)),
    side: filters.side ? [...index.ministries.values()].filter((m) => m.side === filters.side).map((m) => m.id) : null,
  };
}

/**
 * A test of the live agreement at place `i` of the index against the filters (the
 * search's terms aside), as lib/server/queries/agreements.ts's `filtersToWhere`
 * selects them: every named topic set, ministry and side by at least one join row,
 * kind and status exactly, years by the year the ISO date begins with.
 */
export function matcher(index: AgreementIndex, filters: AgreementFilters): (i: number) => boolean {
  const named = filterIds(index, filters);
  const { year, kind, status, topics, ministries } = index.columns;
  // An agreement has a few topics and signatories; a filter may name dozens (a side's ministries).
  const mask = (codes: Map<string, number>, ids: string[] | null) => {
    if (!ids) return null;
    const wanted = new Uint8Array(codes.size);
    for (const id of ids) {
      const code = codes.get(id);
      if (code !== undefined) wanted[code] = 1;
    }
    return wanted;
  };
  const sector = mask(index.topicCode, named.sector);
  const topic = mask(index.topicCode, named.topic);
  const side = mask(index.ministryCode, named.side);
  const each = named.ministries.map((ids) => mask(index.ministryCode, ids) as Uint8Array);
  const kindCode = filters.kind ? AGREEMENT_KINDS.indexOf(filters.kind) : -1;
  const statusCode = filters.status ? AGREEMENT_STATUSES.indexOf(filters.status) : -1;
  const from = filters.from ?? NO_YEAR;
  const to = filters.to ?? Number.POSITIVE_INFINITY;
  const dated = filters.from !== undefined || filters.to !== undefined;
  // One function, no closure a test: the count calls it 10,000 times a request.
  return (i) => {
    if (kindCode >= 0 && kind[i] !== kindCode) return false;
    if (statusCode >= 0 && status[i] !== statusCode) return false;
    if (dated) {
      const y = year[i] ?? NO_YEAR;
      if (y === NO_YEAR || y < from || y > to) return false;
    }
    if (sector && !linksAny(topics, i, sector)) return false;
    if (topic && !linksAny(topics, i, topic)) return false;
    if (side && !linksAny(ministries, i, side)) return false;
    for (const wanted of each) if (!linksAny(ministries, i, wanted)) return false;
    return true;
  };
}

/** Whether entry `i` links to a code `wanted` marks. */
function linksAny(links: { start: Uint32Array; codes: Uint16Array }, i: number, wanted: Uint8Array): boolean {
  for (let at = links.start[i] ?? 0, end = links.start[i + 1] ?? 0; at < end; at++) {
    if (wanted[links.codes[at] ?? 0] === 1) return true;
  }
  return false;
}

/** How many live agreements the filters allow. */
export function countMatching(index: AgreementIndex, filters: AgreementFilters): number {
  const matches = matcher(index, filters);
  let n = 0;
  for (let i = 0; i < index.entries.length; i++) if (matches(i)) n++;
  return n;
}

/**
 * One page of the live agreements the filters allow, newest first, as
 * lib/server/queries/agreements.ts's date order sorts them (signed date descending,
 * undated last, then English title and id): the index holds them in that order, so a
 * page is a walk that stops at its last row rather than a query that tests every
 * agreement against its join rows. Given a search's hits, only those.
 */
export function newestPage(
  index: AgreementIndex,
  filters: AgreementFilters,
  window: { skip: number; take: number },
  among?: readonly string[],
): string[] {
  const matches = matcher(index, filters);
  const hits = among ? new Set(among) : null;
  const page: string[] = [];
  let skipped = 0;
  const { entries } = index;
  for (let i = 0; i < entries.length && page.length < window.take; i++) {
    const id = entries[i]?.id ?? "";
    if ((hits && !hits.has(id)) || !matches(i)) continue;
    if (skipped < window.skip) skipped++;
    else page.push(id);
  }
  return page;
}

/** The search's hits, in their order, that are live and that the filters allow. */
export function allowedHits(index: AgreementIndex, filters: AgreementFilters, ids: string[]): string[] {
  const matches = matcher(index, filters);
  return ids.filter((id) => {
    const at = index.places.get(id);
    return at !== undefined && matches(at);
  });
}
