import type { z } from "zod";
import {
  SEED_KIND_LABELS,
  SEED_KINDS,
  SEED_RECORD_SCHEMAS,
  type SeedCitation,
  type SeedData,
  SeedDialogueSchema,
  type SeedKind,
  SeedMeetingSchema,
  SeedPersonRoleSchema,
  SeedPersonSchema,
  SeedPlanItemSchema,
  SeedPlanSchema,
  type SeedSource,
  SeedStatusUpdateSchema,
  SLUGGED_SEED_KINDS,
} from "../../lib/schemas/seed";
import { SlugSchema } from "../../lib/schemas/vocab";

/**
 * Checks the seed dataset: every record against its zod schema, then everything a
 * schema cannot see on its own (references by slug, duplicates, citation sources
 * and field names, dates without a citation, cycles in lineages). All problems are
 * collected; each names its record and field:
 *
 *   agreement "environmental-cooperation-mou-2026": signatories[1]: unknown ministry "foo"
 */

export class SeedValidationError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(
      `The seed data has ${problems.length} problem${problems.length === 1 ? "" : "s"}:\n${problems.map((p) => `- ${p}`).join("\n")}`,
    );
    this.name = "SeedValidationError";
    this.problems = problems;
  }
}

// ---------------------------------------------------------------- records that carry citations

/** The kinds of record a citation can belong to (sectors and topics: seed only). */
export type CitedKind =
  | "sector"
  | "topic"
  | "ministry"
  | "person"
  | "personRole"
  | "agreement"
  | "dialogue"
  | "meeting"
  | "plan"
  | "planItem"
  | "statusUpdate"
  | "event";

/** A record with citations, wherever it sits in the seed. */
export type CitedRecord = {
  kind: CitedKind;
  /** Natural key: the slug, or "person-slug/role-key", "item-slug/update-key". */
  key: string;
  /** Names the record in messages: `dialogue "x": meetings[0].` */
  label: string;
  /** Path of the record inside its top-level record ("" for the record itself). */
  path: string;
  record: Record<string, unknown>;
  citations: SeedCitation[];
  /** The field names a citation may name. */
  fields: ReadonlySet<string>;
  /** The date fields this kind of record has. */
  dateFields: readonly string[];
};

const NOT_CITABLE = new Set(["citations", "meetings", "items", "statusUpdates", "roles", "key", "slug"]);

function fieldsOf(schema: { shape: Record<string, unknown> }): ReadonlySet<string> {
  return new Set(Object.keys(schema.shape).filter((k) => !NOT_CITABLE.has(k)));
}

const FIELDS = {
  sector: fieldsOf(SEED_RECORD_SCHEMAS.sectors),
  topic: fieldsOf(SEED_RECORD_SCHEMAS.topics),
  ministry: fieldsOf(SEED_RECORD_SCHEMAS.ministries),
  person: fieldsOf(SeedPersonSchema),
  personRole: fieldsOf(SeedPersonRoleSchema),
  agreement: fieldsOf(SEED_RECORD_SCHEMAS.agreements),
  dialogue: fieldsOf(SeedDialogueSchema),
  meeting: fieldsOf(SeedMeetingSchema),
  plan: fieldsOf(SeedPlanSchema),
  planItem: fieldsOf(SeedPlanItemSchema),
  statusUpdate: fieldsOf(SeedStatusUpdateSchema),
  event: fieldsOf(SEED_RECORD_SCHEMAS.events),
} satisfies Record<CitedKind, ReadonlySet<string>>;

const DATE_FIELDS: Record<CitedKind, readonly string[]> = {
  sector: [],
  topic: [],
  ministry: ["establishedOn", "endedOn"],
  person: [],
  personRole: ["startOn", "endOn", "asOf"],
  agreement: ["signedOn", "effectiveOn", "expiresOn"],
  dialogue: [],
  meeting: ["heldOn"],
  plan: ["startOn", "endOn"],
  planItem: ["dueOn"],
  statusUpdate: ["assessedOn"],
  event: ["startOn", "endOn"],
};

/** Visits every record that carries citations, parents before children. */
export function citedRecords(data: SeedData): CitedRecord[] {
  const out: CitedRecord[] = [];
  const add = (kind: CitedKind, key: string, label: string, path: string, record: { citations: SeedCitation[] }) =>
    out.push({
      kind,
      key,
      label,
      path,
      record: record as unknown as Record<string, unknown>,
      citations: record.citations,
      fields: FIELDS[kind],
      dateFields: DATE_FIELDS[kind],
    });
  for (const r of data.sectors) add("sector", r.slug, `sector "${r.slug}"`, "", r);
  for (const r of data.topics) add("topic", r.slug, `topic "${r.slug}"`, "", r);
  for (const r of data.ministries) add("ministry", r.slug, `ministry "${r.slug}"`, "", r);
  for (const p of data.people) {
    const label = `person "${p.slug}"`;
    add("person", p.slug, label, "", p);
    p.roles.forEach((role, i) => {
      add("personRole", `${p.slug}/${role.key}`, label, `roles[${i}].`, role);
    });
  }
  for (const r of data.agreements) add("agreement", r.slug, `agreement "${r.slug}"`, "", r);
  for (const d of data.dialogues) {
    const label = `dialogue "${d.slug}"`;
    add("dialogue", d.slug, label, "", d);
    d.meetings.forEach((m, i) => {
      add("meeting", m.slug, label, `meetings[${i}].`, m);
    });
  }
  for (const p of data.plans) {
    const label = `plan "${p.slug}"`;
    add("plan", p.slug, label, "", p);
    p.items.forEach((item, i) => {
      add("planItem", item.slug, label, `items[${i}].`, item);
      item.statusUpdates.forEach((u, j) => {
        add("statusUpdate", `${item.slug}/${u.key}`, label, `items[${i}].statusUpdates[${j}].`, u);
      });
    });
  }
  for (const r of data.events) add("event", r.slug, `event "${r.slug}"`, "", r);
  return out;
}

/** Every citation in the seed with the record it belongs to. */
export function allCitations(data: SeedData): { owner: CitedRecord; citation: SeedCitation; index: number }[] {
  return citedRecords(data).flatMap((owner) => owner.citations.map((citation, index) => ({ owner, citation, index })));
}

// ---------------------------------------------------------------- messages

function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else out += out === "" ? String(segment) : `.${String(segment)}`;
  }
  return out;
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const segment of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

function describeIssue(issue: z.core.$ZodIssue, raw: unknown): string {
  const path = formatPath(issue.path);
  let message = issue.message;
  if ((issue.code === "invalid_value" || issue.code === "invalid_type") && valueAt(raw, issue.path) !== undefined) {
    message += `, got ${JSON.stringify(valueAt(raw, issue.path))}`;
  }
  return path === "" ? message : `${path}: ${message}`;
}

function recordLabel(kind: SeedKind, raw: unknown, index: number): string {
  const name = SEED_KIND_LABELS[kind];
  const r = raw as Record<string, unknown> | null;
  const key = kind === "sources" ? (r?.id ?? r?.fileName) : r?.slug;
  return typeof key === "string" && key !== "" ? `${name} "${key}"` : `${name} #${index + 1}`;
}

// ---------------------------------------------------------------- validation

/** Collects problems; the helpers every cross-check uses. */
class Problems {
  readonly list: string[] = [];
  push(problem: string) {
    this.list.push(problem);
  }
  /** An unknown slug in a reference. */
  ref(label: string, path: string, what: string, set: Set<string>, slug: string | undefined) {
    if (slug !== undefined && !set.has(slug)) this.list.push(`${label}: ${path}: unknown ${what} "${slug}"`);
  }
  /** A value listed twice in one list. */
  unique(label: string, path: string, what: string, values: readonly string[]) {
    const seen = new Set<string>();
    values.forEach((v, i) => {
      if (seen.has(v)) this.list.push(`${label}: ${path}[${i}]: ${what} "${v}" is listed twice`);
      seen.add(v);
    });
  }
  /** A key used by two records. */
  duplicates(what: string, entries: { key: string; label: string; path: string }[]) {
    const first = new Map<string, string>();
    for (const e of entries) {
      const previous = first.get(e.key);
      if (previous !== undefined) {
        this.list.push(`${e.label}: ${e.path}: duplicate ${what} "${e.key}" (also used by ${previous})`);
      } else first.set(e.key, `${e.label}${e.path === "slug" || e.path === "id" ? "" : ` ${e.path}`}`);
    }
  }
}

/** Slugs (sources: file names and web ids) of every record that has one, valid or not. */
type Known = Record<SeedKind, Set<string>>;

/**
 * Parses and cross-checks the seed. Returns the parsed data, or throws a
 * {@link SeedValidationError} listing every problem found.
 */
export function validateSeed(input: unknown): SeedData {
  if (input === null || typeof input !== "object") {
    throw new SeedValidationError([`seed: must be an object with ${SEED_KINDS.join(", ")}`]);
  }
  const problems = new Problems();
  const { data, known } = parseRecords(input as Record<string, unknown>, problems);
  checkDuplicates(problems, data);
  checkSources(problems, data);
  checkReferences(problems, data, known);
  checkCycles(problems, data);
  checkCitations(problems, data, known);
  if (problems.list.length > 0) throw new SeedValidationError(problems.list);
  return data;
}

/**
 * Every record against its schema. Slugs are known whether the record is valid or not,
 * so one bad record does not also show up as an "unknown slug" wherever it is referenced.
 */
function parseRecords(raw: Record<string, unknown>, problems: Problems): { data: SeedData; known: Known } {
  const parsed = {} as Record<SeedKind, unknown[]>;
  const known = {} as Known;
  for (const kind of SEED_KINDS) {
    parsed[kind] = [];
    known[kind] = new Set();
    const list = raw[kind];
    if (!Array.isArray(list)) {
      problems.push(`${kind}: must be a list of ${SEED_KIND_LABELS[kind]} records`);
      continue;
    }
    const schema = SEED_RECORD_SCHEMAS[kind] as z.ZodType;
    list.forEach((record, index) => {
      const label = recordLabel(kind, record, index);
      const r = record as { fileName?: unknown; id?: unknown; slug?: unknown } | null;
      // Citations name a source document by its file name and a web source by its id.
      const key = kind === "sources" ? (r?.fileName ?? r?.id) : r?.slug;
      if (typeof key === "string") known[kind].add(key);
      const result = schema.safeParse(record);
      if (result.success) parsed[kind].push(result.data);
      else for (const issue of result.error.issues) problems.push(`${label}: ${describeIssue(issue, record)}`);
    });
  }
  return { data: parsed as unknown as SeedData, known };
}

function checkDuplicates(problems: Problems, data: SeedData) {
  const { duplicates } = bound(problems);
  duplicates(
    "source id",
    data.sources.map((s) => ({ key: s.id, label: `source "${s.id}"`, path: "id" })),
  );
  duplicates(
    "source address",
    data.sources.flatMap((s) => (s.url ? [{ key: s.url, label: `source "${s.id}"`, path: "url" }] : [])),
  );
  duplicates(
    "source file name",
    data.sources.flatMap((s) => (s.fileName ? [{ key: s.fileName, label: `source "${s.id}"`, path: "fileName" }] : [])),
  );
  for (const kind of SLUGGED_SEED_KINDS) {
    duplicates(
      `${SEED_KIND_LABELS[kind]} slug`,
      (data[kind] as { slug: string }[]).map((r) => ({
        key: r.slug,
        label: `${SEED_KIND_LABELS[kind]} "${r.slug}"`,
        path: "slug",
      })),
    );
  }
  duplicates(
    "meeting slug",
    data.dialogues.flatMap((d) =>
      d.meetings.map((m, i) => ({ key: m.slug, label: `dialogue "${d.slug}"`, path: `meetings[${i}].slug` })),
    ),
  );
  duplicates(
    "plan item slug",
    data.plans.flatMap((p) =>
      p.items.map((it, i) => ({ key: it.slug, label: `plan "${p.slug}"`, path: `items[${i}].slug` })),
    ),
  );
  for (const p of data.people) {
    duplicates(
      "role key",
      p.roles.map((r, i) => ({ key: r.key, label: `person "${p.slug}"`, path: `roles[${i}].key` })),
    );
  }
  for (const p of data.plans) {
    duplicates(
      "item number",
      p.items.map((it, i) => ({ key: String(it.number), label: `plan "${p.slug}"`, path: `items[${i}].number` })),
    );
    p.items.forEach((it, i) => {
      duplicates(
        "status update key",
        it.statusUpdates.map((u, j) => ({
          key: u.key,
          label: `plan "${p.slug}"`,
          path: `items[${i}].statusUpdates[${j}].key`,
        })),
      );
    });
  }
}

function checkSources(problems: Problems, data: SeedData) {
  for (const s of data.sources) {
    if (s.fileName === undefined) {
      if (!SlugSchema.safeParse(s.id).success)
        problems.push(`source "${s.id}": id: a web source's id must be kebab-case`);
      continue;
    }
    const stem = s.fileName.replace(/\.[^.]+$/, "");
    if (s.id !== stem) problems.push(`source "${s.id}": id: must be the file name without its extension ("${stem}")`);
  }
}

function checkReferences(problems: Problems, data: SeedData, known: Known) {
  const { ref, unique } = bound(problems);
  const sourceFiles = known.sources;
  const ministries = known.ministries;
  for (const t of data.topics) ref(`topic "${t.slug}"`, "sector", "sector", known.sectors, t.sector);
  for (const m of data.ministries) {
    ref(`ministry "${m.slug}"`, "predecessor", "ministry", ministries, m.predecessor);
    if (m.predecessor === m.slug) problems.push(`ministry "${m.slug}": predecessor: a ministry cannot succeed itself`);
  }
  for (const p of data.people) {
    p.roles.forEach((r, i) => {
      ref(`person "${p.slug}"`, `roles[${i}].ministry`, "ministry", ministries, r.ministry);
    });
  }
  for (const a of data.agreements) {
    const label = `agreement "${a.slug}"`;
    ref(label, "previous", "agreement", known.agreements, a.previous);
    if (a.previous === a.slug) problems.push(`${label}: previous: an agreement cannot follow itself`);
    a.signatories.forEach((s, i) => {
      ref(label, `signatories[${i}]`, "ministry", ministries, s);
    });
    a.topics.forEach((t, i) => {
      ref(label, `topics[${i}]`, "topic", known.topics, t);
    });
    unique(label, "signatories", "ministry", a.signatories);
    unique(label, "topics", "topic", a.topics);
  }
  for (const d of data.dialogues) {
    const label = `dialogue "${d.slug}"`;
    ref(label, "sector", "sector", known.sectors, d.sector);
    ref(label, "agreement", "agreement", known.agreements, d.agreement);
    d.participants.forEach((s, i) => {
      ref(label, `participants[${i}]`, "ministry", ministries, s);
    });
    unique(label, "participants", "ministry", d.participants);
    d.meetings.forEach((m, i) => {
      m.participants.forEach((p, j) => {
        ref(label, `meetings[${i}].participants[${j}].person`, "person", known.people, p.person);
      });
      unique(
        label,
        `meetings[${i}].participants`,
        "person",
        m.participants.map((p) => p.person),
      );
      m.reviews.forEach((r, j) => {
        ref(label, `meetings[${i}].reviews[${j}].agreement`, "agreement", known.agreements, r.agreement);
        ref(label, `meetings[${i}].reviews[${j}].plan`, "plan", known.plans, r.plan);
      });
      unique(
        label,
        `meetings[${i}].reviews`,
        "review of",
        m.reviews.map((r) => (r.agreement ? `agreement ${r.agreement}` : `plan ${r.plan}`)),
      );
    });
  }
  for (const p of data.plans) {
    const label = `plan "${p.slug}"`;
    ref(label, "sector", "sector", known.sectors, p.sector);
    ref(label, "implementingBody", "ministry", ministries, p.implementingBody);
    ref(label, "agreement", "agreement", known.agreements, p.agreement);
    ref(label, "parent", "plan", known.plans, p.parent);
    if (p.parent === p.slug) problems.push(`${label}: parent: a plan cannot be its own round`);
    p.items.forEach((it, i) => {
      ref(label, `items[${i}].responsibleBody`, "ministry", ministries, it.responsibleBody);
      it.statusUpdates.forEach((u, j) => {
        ref(label, `items[${i}].statusUpdates[${j}].evidenceSource`, "source", sourceFiles, u.evidenceSource);
      });
    });
  }
  for (const e of data.events) {
    const label = `event "${e.slug}"`;
    ref(label, "sector", "sector", known.sectors, e.sector);
    ref(label, "agreement", "agreement", known.agreements, e.agreement);
    e.participants.forEach((s, i) => {
      ref(label, `participants[${i}]`, "ministry", ministries, s);
    });
    unique(label, "participants", "ministry", e.participants);
  }
}

/** Cycles (a → b → … → a) in successions, lineages and plan rounds. */
function checkCycles(problems: Problems, data: SeedData) {
  const cycles = (
    what: string,
    label: (slug: string) => string,
    path: string,
    edges: Map<string, string | undefined>,
  ) => {
    const reported = new Set<string>();
    for (const start of edges.keys()) {
      const seen: string[] = [];
      let current: string | undefined = start;
      while (current !== undefined && edges.has(current) && !seen.includes(current)) {
        seen.push(current);
        current = edges.get(current);
      }
      if (current !== undefined && current === start && seen.length > 1 && !reported.has(start)) {
        seen.forEach((s) => {
          reported.add(s);
        });
        problems.push(`${label(start)}: ${path}: ${what} form a cycle (${[...seen, start].join(" → ")})`);
      }
    }
  };
  cycles(
    "predecessors",
    (s) => `ministry "${s}"`,
    "predecessor",
    new Map(data.ministries.map((m) => [m.slug, m.predecessor])),
  );
  cycles(
    "previous agreements",
    (s) => `agreement "${s}"`,
    "previous",
    new Map(data.agreements.map((a) => [a.slug, a.previous])),
  );
  cycles("parent plans", (s) => `plan "${s}"`, "parent", new Map(data.plans.map((p) => [p.slug, p.parent])));
}

function checkCitations(problems: Problems, data: SeedData, known: Known) {
  const sourceFiles = known.sources;
  const sourceByRef = new Map(data.sources.map((src) => [src.fileName ?? src.id, src]));
  for (const owner of citedRecords(data)) {
    const seen = new Set<string>();
    owner.citations.forEach((c, i) => {
      const at = `${owner.path}citations[${i}]`;
      const source = sourceByRef.get(c.source);
      if (!sourceFiles.has(c.source)) problems.push(`${owner.label}: ${at}.source: unknown source "${c.source}"`);
      else if (source?.fileName === undefined && c.quote !== undefined) {
        problems.push(
          `${owner.label}: ${at}.quote: a web source is not quoted: give a short locator and a paraphrase in our own words`,
        );
      } else if (source?.fileName !== undefined && c.quote === undefined) {
        problems.push(`${owner.label}: ${at}.quote: a source document is cited by quoting its words verbatim`);
      }
      if (c.field !== undefined && !owner.fields.has(c.field)) {
        problems.push(`${owner.label}: ${at}.field: "${c.field}" is not a field of this record`);
      } else if (c.field !== undefined && isUnset(owner.record[c.field])) {
        problems.push(`${owner.label}: ${at}.field: the record has no ${c.field} for this citation to be about`);
      }
      const key = JSON.stringify([c.field ?? null, c.source, c.quote ?? c.locator]);
      if (seen.has(key)) problems.push(`${owner.label}: ${at}: the same passage is cited twice for the same field`);
      seen.add(key);
    });
    for (const field of owner.dateFields) {
      if (owner.record[field] === undefined) continue;
      const supported = owner.citations.some((c) => c.field === field && (c.stance ?? "supports") === "supports");
      if (!supported)
        problems.push(
          `${owner.label}: ${owner.path}${field}: no citation supports this date (cite it with field "${field}")`,
        );
    }
    for (const problem of languageMarkProblems(owner, sourceByRef)) problems.push(problem);
  }
}

/** The collector's helpers as plain functions, so the checks read as they did inline. */
function bound(problems: Problems) {
  return {
    ref: problems.ref.bind(problems),
    unique: problems.unique.bind(problems),
    duplicates: problems.duplicates.bind(problems),
  };
}

function isUnset(value: unknown): boolean {
  return value === undefined || value === null || (Array.isArray(value) && value.length === 0);
}

/** Fields that a reader sees in their own language: name, title, summary, place… */
const LOCALIZED = /^(name|title|summary|place|agenda|outcomes)(En|Ko|Zh)$/;

/**
 * Every Korean or Chinese text is either an official form, cited (with its field) from
 * a source in that language, or listed in `translated` as the tracker's own; and every
 * English text the reader may see has both. Records without `translated` in their
 * schema (status updates, whose notes are staff's words) are not checked.
 */
function languageMarkProblems(owner: CitedRecord, sources: ReadonlyMap<string, SeedSource>): string[] {
  if (!owner.fields.has("translated")) return [];
  const problems: string[] = [];
  const at = (field: string) => `${owner.label}: ${owner.path}${field}`;
  const translated = (owner.record.translated as string[] | undefined) ?? [];
  for (const [field, value] of Object.entries(owner.record)) {
    const m = LOCALIZED.exec(field);
    if (!m || typeof value !== "string") continue;
    if (m[2] === "En") {
      for (const lang of ["Ko", "Zh"]) {
        if (isUnset(owner.record[`${m[1]}${lang}`]))
          problems.push(`${at(`${m[1]}${lang}`)}: missing (${field} is given)`);
      }
      continue;
    }
    const language = m[2] === "Ko" ? "ko" : "zh";
    const official = owner.citations.some(
      (c) =>
        c.field === field && (c.stance ?? "supports") === "supports" && sources.get(c.source)?.language === language,
    );
    if (official && translated.includes(field)) {
      problems.push(`${at(field)}: cited as the official form from a ${language} source, but also marked translated`);
    } else if (!official && !translated.includes(field)) {
      problems.push(
        `${at(field)}: no language mark: cite the official form from a ${language} source (field "${field}") or list it in translated`,
      );
    }
  }
  translated.forEach((field, i) => {
    if (!owner.fields.has(field)) problems.push(`${at(`translated[${i}]`)}: "${field}" is not a field of this record`);
    else if (isUnset(owner.record[field])) problems.push(`${at(`translated[${i}]`)}: the record has no ${field}`);
  });
  return problems;
}

/**
 * Quotes that are not, character for character, in their source's text.
 * `texts` maps a source file name to its contents; sources without a text are skipped.
 */
export function findQuoteProblems(data: SeedData, texts: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  for (const { owner, citation, index } of allCitations(data)) {
    const text = texts.get(citation.source);
    if (text === undefined || citation.quote === undefined) continue;
    if (!text.includes(citation.quote)) {
      problems.push(
        `${owner.label}: ${owner.path}citations[${index}].quote: not found verbatim in ${citation.source}: "${citation.quote}"`,
      );
    }
  }
  return problems;
}
