import "server-only";
import { createTranslator } from "next-intl";
import { precisionOf } from "@/lib/dates";
import { loadMessages } from "@/lib/i18n/messages";
import type { CompareProblem } from "@/lib/schemas/compare";
import type { Locale } from "@/lib/schemas/vocab";
import type { Db } from "@/lib/server/db/prisma";
import { type ComparedAgreement, compareAgreements } from "@/lib/server/queries/compare";
import { countByStatus } from "@/lib/status";
import type { Namer } from "./names";
import { joinList, type SheetRow, withNames } from "./sheets";

/**
 * /export/compare.<csv|xlsx|json>?a=…&a=…: the comparison /compare shows, one row per
 * agreement in the order chosen, codes with their names beside them.
 */

export const COMPARE_COLUMNS = withNames(
  [
    "slug",
    "title",
    "kind",
    "status",
    "signed_on",
    "signed_precision",
    "signed_inferred",
    "effective_on",
    "effective_precision",
    "expires_on",
    "expires_precision",
    "signatories",
    "sectors",
    "topics",
    "continues",
    "relation",
    "continued_by",
    "plans",
    "item_statuses",
    "dialogues",
    "sources",
  ],
  {
    kind: "kind_name",
    status: "status_name",
    signatories: "signatory_names",
    sectors: "sector_names",
    topics: "topic_names",
    continues: "continues_title",
    relation: "relation_name",
    continued_by: "continued_by_titles",
    plans: "plan_titles",
    item_statuses: "item_status_names",
    dialogues: "dialogue_names",
    sources: "source_titles",
  },
);

const text = (v: string | boolean | null | undefined) => (v === null || v === undefined ? "" : String(v));

/** A date, its precision ("year", "month", "day") and whether it was inferred. */
function dated(prefix: string, value: string | null, inferred: boolean): SheetRow {
  return {
    [`${prefix}_on`]: text(value),
    [`${prefix}_precision`]: value ? text(precisionOf(value)) : "",
    ...(prefix === "signed" ? { signed_inferred: value ? text(inferred) : "" } : {}),
  };
}

/** Every plan item of the agreement counted by status: "completed=3;in_progress=2", and in words. */
function itemStatuses(a: ComparedAgreement, names: Namer): SheetRow {
  const counts = Object.entries(countByStatus(a.plans.flatMap((p) => p.items))).filter(([, n]) => n > 0);
  return {
    item_statuses: joinList(counts.map(([s, n]) => `${s}=${n}`)),
    item_status_names: joinList(counts.map(([s, n]) => `${names.word("status", s)} ${n}`)),
  };
}

export function compareRow(a: ComparedAgreement, names: Namer): SheetRow {
  return {
    slug: a.slug,
    title: names.title(a),
    kind: a.kind,
    kind_name: names.word("agreementKind", a.kind),
    status: a.status,
    status_name: names.word("agreementStatus", a.status),
    ...dated("signed", a.signedOn, a.signedInferred),
    ...dated("effective", a.effectiveOn, a.effectiveInferred),
    ...dated("expires", a.expiresOn, a.expiresInferred),
    signatories: joinList(a.signatories.map((s) => s.slug)),
    signatory_names: joinList(a.signatories.map((s) => names.name(s))),
    sectors: joinList(a.sectors.map((s) => s.slug)),
    sector_names: joinList(a.sectors.map((s) => names.name(s))),
    topics: joinList(a.topics.map((t) => t.slug)),
    topic_names: joinList(a.topics.map((t) => names.name(t))),
    continues: text(a.previous?.slug),
    continues_title: names.title(a.previous),
    relation: a.previous ? text(a.relation) : "",
    relation_name: a.previous ? names.word("lineageRelation", a.relation) : "",
    continued_by: joinList(a.followers.map((f) => f.slug)),
    continued_by_titles: joinList(a.followers.map((f) => names.title(f))),
    plans: joinList(a.plans.map((p) => p.slug)),
    plan_titles: joinList(a.plans.map((p) => names.title(p))),
    ...itemStatuses(a, names),
    dialogues: joinList(a.dialogues.map((d) => d.slug)),
    dialogue_names: joinList(a.dialogues.map((d) => names.name(d))),
    sources: joinList(a.sources.map((s) => s.id)),
    source_titles: joinList(a.sources.map((s) => s.title)),
  };
}

/** The problems with a selection, worded as the page words them, in the export's language. */
async function wordProblems(locale: Locale, problems: readonly CompareProblem[]) {
  const t = createTranslator({ locale, messages: await loadMessages(locale), namespace: "compare" as never }) as (
    key: string,
    values?: Record<string, string | number>,
  ) => string;
  return problems.map((p) => ({ field: "a", message: t(`problems.${p.code}`, "values" in p ? p.values : {}) }));
}

/** The rows of a comparison, or the problems with the selection worded for a 400. */
export async function compareSheet(
  db: Db,
  raw: unknown,
  names: Namer,
): Promise<
  { ok: true; slugs: string[]; rows: SheetRow[] } | { ok: false; problems: { field: string; message: string }[] }
> {
  const comparison = await compareAgreements(db, raw);
  if (!comparison.ok) return { ok: false, problems: await wordProblems(names.locale, comparison.problems) };
  return { ok: true, slugs: comparison.slugs, rows: comparison.agreements.map((a) => compareRow(a, names)) };
}
