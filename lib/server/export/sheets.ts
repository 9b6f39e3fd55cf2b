import "server-only";
/**
 * The columns of every spreadsheet the tracker writes and reads. Exports write these
 * columns, imports read the same ones (lib/import), and the template documents them,
 * so a file exported, edited in a spreadsheet and imported again lines up.
 *
 * A `readOnly` column is written for the reader's information and accepted, but
 * ignored, on import (an item's status moves only through status updates).
 */

export type Column = { name: string; description: string; readOnly?: boolean; required?: boolean };

export const SHEETS = {
  agreements: {
    label: "agreements",
    key: "slug",
    columns: [
      { name: "slug", description: "Identifier in the URL: lower-case words and hyphens", required: true },
      { name: "kind", description: "agreement, mou, plan, joint_statement or arrangement", required: true },
      {
        name: "status",
        description: "proposed, signed, in_force, expired, superseded or terminated",
        required: true,
      },
      { name: "title_en", description: "Title in English", required: true },
      { name: "title_ko", description: "Title in Korean" },
      { name: "title_zh", description: "Title in Chinese" },
      { name: "summary_en", description: "Summary in English" },
      { name: "summary_ko", description: "Summary in Korean" },
      { name: "summary_zh", description: "Summary in Chinese" },
      { name: "signed_on", description: 'Date signed: "2026", "2026-06" or "2026-01-05"' },
      { name: "signed_inferred", description: "true when no source states the date outright", readOnly: true },
      { name: "effective_on", description: "Date it takes effect, same form" },
      { name: "expires_on", description: "Date it expires, same form" },
      { name: "signatories", description: "Slugs of the signing ministries, separated by ;" },
      { name: "topics", description: "Slugs of its topics, separated by ;", readOnly: true },
      { name: "previous", description: "Slug of the agreement it follows", readOnly: true },
      { name: "relation", description: "updates, supersedes or follows", readOnly: true },
    ],
  },
  items: {
    label: "plan items",
    key: "plan + number",
    columns: [
      { name: "plan", description: "Slug of the plan", required: true },
      { name: "number", description: "Item number within the plan (1, 2, …)", required: true },
      { name: "slug", description: "Identifier of the item", required: true },
      { name: "title_en", description: "Title in English", required: true },
      { name: "title_ko", description: "Title in Korean" },
      { name: "title_zh", description: "Title in Chinese" },
      { name: "responsible_body", description: "Slug of the responsible ministry or body" },
      { name: "due_on", description: 'Due date: "2026", "2026-06" or "2026-01-05"' },
      { name: "status", description: "Current status (change it by importing status updates)", readOnly: true },
      { name: "progress", description: "Current progress, 0–100", readOnly: true },
      { name: "status_assessed_on", description: "When the current status was assessed", readOnly: true },
    ],
  },
  "status-updates": {
    label: "status updates",
    key: "id, or item + assessed_on + status + basis + note_en",
    columns: [
      { name: "id", description: "Identifier of an existing update; leave empty for a new one" },
      { name: "plan", description: "Slug of the plan", readOnly: true },
      { name: "item", description: "Slug of the plan item", required: true },
      {
        name: "status",
        description: "not_started, in_progress, completed, delayed, discontinued or not_assessed",
        required: true,
      },
      { name: "progress", description: "Share done, 0–100; 100 when completed" },
      { name: "assessed_on", description: 'Date of the assessment: "2026-11-20"', required: true },
      { name: "basis", description: "official, news or staff", required: true },
      { name: "note_en", description: "What the assessment rests on, in English" },
      { name: "evidence_url", description: "Link to the evidence (http or https)" },
      { name: "evidence_source", description: "Id of a source in /sources" },
    ],
  },
} as const satisfies Record<string, { label: string; key: string; columns: readonly Column[] }>;

export type SheetKind = keyof typeof SHEETS;
export const SHEET_KINDS = Object.keys(SHEETS) as SheetKind[];
export const columnNames = (kind: SheetKind): string[] => SHEETS[kind].columns.map((c) => c.name);

/**
 * The readable names an export writes beside its codes, in the language the link
 * asked for (`?lang=`): `status` then `status_name`. They are for people reading the
 * file; an import accepts them and ignores them, so an export still imports back.
 */
export const NAME_COLUMNS = {
  agreements: {
    kind: "kind_name",
    status: "status_name",
    signatories: "signatory_names",
    topics: "topic_names",
    previous: "previous_title",
    relation: "relation_name",
  },
  items: { plan: "plan_title", responsible_body: "responsible_body_name", status: "status_name" },
  "status-updates": { plan: "plan_title", item: "item_title", status: "status_name", basis: "basis_name" },
} as const satisfies Record<SheetKind, Record<string, string>>;

/** Each code column followed by its name column, where it has one. */
export const withNames = (columns: readonly string[], names: Readonly<Record<string, string>>): string[] =>
  columns.flatMap((c) => (names[c] ? [c, names[c]] : [c]));

/** The columns an export of a sheet writes: the import's, with the names beside the codes. */
export const exportColumns = (kind: SheetKind): string[] => withNames(columnNames(kind), NAME_COLUMNS[kind]);
export const nameColumns = (kind: SheetKind): string[] => Object.values(NAME_COLUMNS[kind]);

/** The columns of the exports that are views, not importable sheets. */
export const TIMELINE_COLUMNS = withNames(
  [
    "date",
    "precision",
    "inferred",
    "kind",
    "what",
    "status",
    "title_en",
    "title_ko",
    "title_zh",
    "place_en",
    "sectors",
    "sides",
    "link",
  ],
  { what: "what_name", status: "status_name", sectors: "sector_names", sides: "side_names" },
);

/** A cell: text, or empty. Lists are joined with "; ". */
export type Cell = string;
export type SheetRow = Record<string, Cell>;

export const LIST_SEPARATOR = ";";
export const joinList = (values: readonly string[]) => values.join(LIST_SEPARATOR);
export const splitList = (value: string) =>
  value
    .split(LIST_SEPARATOR)
    .map((v) => v.trim())
    .filter((v) => v !== "");
