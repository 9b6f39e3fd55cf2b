import { getFormatter, getTranslations } from "next-intl/server";
import type { AuditRow } from "@/lib/queries/audit";
import { ActorName, ActorNames } from "./actor-names";

function show(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  return typeof value === "string" ? value : JSON.stringify(value);
}

/**
 * A record's history from the audit log, newest first. Editor names only for
 * signed-in readers; everyone else sees that staff made the change. Staff pages
 * (rendered per request for signed-in users) pass `showNames`; on cached public pages
 * the HTML names nobody and the browser fills the names in for signed-in readers.
 */
export async function RecordHistory({
  rows,
  showNames = false,
  labels = {},
}: {
  rows: readonly AuditRow[];
  showNames?: boolean;
  /** A name per entity id, for histories that span several records (a plan's items). */
  labels?: Readonly<Record<string, string>>;
}) {
  const t = await getTranslations("history");
  const format = await getFormatter();
  if (rows.length === 0) return <p className="text-sm text-muted">{t("none")}</p>;
  const marker = "\u0000";
  const [before = "", after = ""] = t("by", { name: marker }).split(marker);
  const list = (
    <ol className="space-y-3 border-l-2 border-line pl-4 text-sm" data-testid="record-history">
      {rows.map((row) => (
        <li key={row.id} className="space-y-1">
          <p className="flex flex-wrap items-baseline gap-x-2 text-xs text-muted">
            <time dateTime={row.at.toISOString()}>
              {format.dateTime(row.at, { dateStyle: "medium", timeStyle: "short" })}
            </time>
            <span className="font-medium text-ink">{t(`action.${row.action}` as "action.update")}</span>
            {labels[row.entityId] ? <span>{labels[row.entityId]}</span> : null}
            {showNames ? (
              <span data-testid="history-actor">{t("by", { name: row.actorLabel })}</span>
            ) : (
              <ActorName id={row.id} staff={t("byStaff")} named={[before, after]} />
            )}
          </p>
          {Object.keys(row.changes).length > 0 ? (
            <ul className="text-xs">
              {Object.entries(row.changes).map(([field, [from, to]]) => (
                <li key={field}>
                  <span className="font-mono">{field}</span>: {show(from)} → {show(to)}
                </li>
              ))}
            </ul>
          ) : null}
          {row.note ? <p className="text-xs">{t("note", { note: row.note })}</p> : null}
        </li>
      ))}
    </ol>
  );
  return showNames ? list : <ActorNames ids={rows.map((r) => r.id)}>{list}</ActorNames>;
}
