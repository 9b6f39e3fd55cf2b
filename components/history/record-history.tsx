import { getFormatter } from "next-intl/server";
import { aroundText, Isolated } from "@/components/ui/isolated";
import { vocabularyOf } from "@/lib/i18n/field-vocabularies";
import { htmlLang } from "@/lib/i18n/routing";
import { getTranslations } from "@/lib/i18n/translations";
import type { AuditRow } from "@/lib/server/queries/audit";
import type { HistoryNames as Names } from "@/lib/server/queries/audit-page";
import { namesRecords } from "@/lib/server/queries/record-edit";
import { ActorName, ActorNames } from "./actor-names";

type Word = (field: string, value: string) => string | null;

function show(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  return typeof value === "string" ? value : JSON.stringify(value);
}

/**
 * A changed value as a reader reads it: the names of the records it names (kept as
 * ids), a vocabulary's word in the reader's language (kept as a code), or the value.
 */
function Value({ field, value, names, word }: { field: string; value: unknown; names: Names; word: Word }) {
  if (typeof value === "string" && value) {
    const translated = word(field, value);
    if (translated) return <>{translated}</>;
  }
  const ids = Array.isArray(value) ? value : [value];
  if (!namesRecords(field) || ids.length === 0 || !ids.every((id) => typeof id === "string" && id)) {
    return Array.isArray(value) && value.length === 0 ? "—" : <bdi>{show(value)}</bdi>;
  }
  return (
    <>
      {ids.map((id: string, i) => {
        const name = names[id];
        return (
          <span key={id}>
            {i > 0 ? ", " : null}
            {name ? <bdi lang={htmlLang(name.lang)}>{name.label}</bdi> : <bdi>{id}</bdi>}
          </span>
        );
      })}
    </>
  );
}

/**
 * One audit entry's changes as a reader reads them: each field by its label, each
 * value in words (a record's name, a status in the reader's language) where the log
 * keeps an id or a code. `names` comes from getRecordHistory or getAuditPage for the entries shown.
 */
export async function Changes({ row, names }: { row: AuditRow; names: Names }) {
  const fieldName = await getTranslations("editForm.field");
  const messages = await getTranslations();
  const word: Word = (field, value) => {
    const vocabulary = vocabularyOf(row.entityType, field);
    const key = `${vocabulary?.[1]}.${value}` as "side.KR";
    return vocabulary && messages.has(key) ? messages(key) : null;
  };
  if (Object.keys(row.changes).length === 0) return null;
  return (
    <ul className="text-xs">
      {Object.entries(row.changes).map(([field, [from, to]]) => (
        <li key={field}>
          <span className="font-medium">{fieldName.has(field as "kind") ? fieldName(field as "kind") : field}</span>:{" "}
          <Value field={field} value={from} names={names} word={word} /> →{" "}
          <Value field={field} value={to} names={names} word={word} />
        </li>
      ))}
    </ul>
  );
}

/**
 * A record's history from the audit log, newest first. Editor names only for
 * signed-in readers; everyone else sees that staff made the change. Staff pages
 * (rendered per request for signed-in users) pass `showNames`; on cached public pages
 * the HTML names nobody and the browser fills the names in for signed-in readers.
 */
export async function RecordHistory({
  rows,
  names,
  showNames = false,
  labels = {},
}: {
  rows: readonly AuditRow[];
  /** The names of the records the entries' changes name (getRecordHistory). */
  names: Names;
  showNames?: boolean;
  /** A name per entity id, for histories that span several records (a plan's items). */
  labels?: Readonly<Record<string, string>>;
}) {
  const t = await getTranslations("history");
  const format = await getFormatter();
  if (rows.length === 0) return <p className="text-sm text-muted">{t("none")}</p>;
  const [before, after] = aroundText((name) => t("by", { name }));
  const list = (
    <ol className="space-y-3 border-l-2 border-line pl-4 text-sm" data-testid="record-history">
      {rows.map((row) => (
        <li key={row.id} className="space-y-1">
          <p className="flex flex-wrap items-baseline gap-x-2 text-xs text-muted">
            <time dateTime={row.at.toISOString()}>
              {format.dateTime(row.at, { dateStyle: "medium", timeStyle: "short" })}
            </time>
            <span className="font-medium text-ink">{t(`action.${row.action}` as "action.update")}</span>
            {labels[row.entityId] ? <bdi>{labels[row.entityId]}</bdi> : null}
            {showNames ? (
              <span data-testid="history-actor">
                {before}
                <bdi>{row.actorLabel}</bdi>
                {after}
              </span>
            ) : (
              <ActorName id={row.id} staff={t("byStaff")} named={[before, after]} />
            )}
          </p>
          <Changes row={row} names={names} />
          {row.note ? (
            <p className="text-xs">
              <Isolated text={row.note} template={(note) => t("note", { note })} />
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
  return showNames ? list : <ActorNames ids={rows.map((r) => r.id)}>{list}</ActorNames>;
}
