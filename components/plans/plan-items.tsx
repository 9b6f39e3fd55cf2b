import { getLocale } from "next-intl/server";
import { EditLink } from "@/components/editing/edit-link";
import { FIRST_SCREEN, firstOf, RestLink } from "@/components/records/first-screen";
import type { CitationNumbers } from "@/components/sources/citation-list";
import { CitationMarks } from "@/components/sources/citation-marks";
import { FallbackMark, LocalizedName } from "@/components/ui/localized-name";
import { PartialDate } from "@/components/ui/partial-date";
import { formatPartialDate } from "@/lib/dates";
import { type LocalizedText, localized, localizedOptional } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { htmlLang } from "@/lib/i18n/routing";
import { getTranslations } from "@/lib/i18n/translations";
import type { ImplementationStatus, Locale } from "@/lib/schemas/vocab";
import { citationsFor } from "@/lib/server/queries/citations";
import type { PlanDetail } from "@/lib/server/queries/plans";
import { STATUS_STYLE } from "@/lib/status";
import { StatusEditor } from "./status-editor";

type Item = PlanDetail["items"][number];
/** What each item is drawn with: the reader's language and words, and the citations' numbers on the page. */
type View = {
  locale: Locale;
  t: Awaited<ReturnType<typeof getTranslations>>;
  numbers: CitationNumbers;
  /** The plan in full (each item's status history drawn), and its address. */
  full: boolean;
  fullHref: string;
};

/*
 * Drawn a dozen times an item, so without an await: an async component (StatusBadge,
 * PartialDate, LocalizedName, FallbackMark) is a chunk of its own in the RSC payload,
 * and a plan of two dozen items sent hundreds (issue 19). Same markup as those.
 */

/** An implementation status as icon + word (StatusBadge's markup). */
function badge(status: string, t: View["t"]) {
  const style = STATUS_STYLE[status as ImplementationStatus] ?? STATUS_STYLE.not_assessed;
  return (
    <span className={`badge whitespace-nowrap ${style.className}`} data-status={status}>
      <span aria-hidden="true" className="font-bold">
        {style.icon}
      </span>
      {t(`status.${status}` as "status.completed")}
    </span>
  );
}

/** An assessment's date (exact, never inferred), as PartialDate draws it. */
const day = (value: string, locale: Locale) => <time dateTime={value}>{formatPartialDate(value, locale)}</time>;

/** A name in the reader's language: LocalizedName where it is marked (a fallback, the tracker's translation), else isolated. */
const name = (value: LocalizedText) =>
  value.isFallback || value.isTranslation ? <LocalizedName value={value} /> : <bdi>{value.text}</bdi>;

/**
 * The latest official claim and the latest independent (news or staff) assessment,
 * when both exist and disagree on the status: readers then see both.
 */
function disagreement(updates: Item["statusUpdates"]) {
  const official = updates.find((u) => u.basis === "official");
  const independent = updates.find((u) => u.basis !== "official");
  return official && independent && official.status !== independent.status ? { official, independent } : null;
}

/** An item's citations marked beside its title. */
const titleCitations = (item: Item) => citationsFor(item.citations, "titleEn");

/** Every citation an item draws a mark for: its title's, and each status update's. */
export const itemMarked = (item: Item, full: boolean) => [
  ...titleCitations(item),
  ...(full ? item.statusUpdates.flatMap((u) => u.citations) : []),
];

/**
 * A plan's items: status with its basis, progress, responsible body, due date, last
 * update and history. On the plan's page the first screenful is drawn so, and the rest a
 * line each (its anchor, number, title and status) linking to it on the plan in full
 * (`full`: every item drawn so). Styled from .pi (app/globals.css, "record pages").
 */
export async function PlanItems({
  items,
  numbers,
  full = false,
  fullHref,
}: {
  items: readonly Item[];
  numbers: CitationNumbers;
  full?: boolean;
  fullHref: string;
}) {
  const drawn = firstOf(items, FIRST_SCREEN.items, full);
  const rest = items.slice(drawn.length);
  // The marks each item draws, registered before the first await (see CitationNumbers).
  for (const item of drawn) numbers.draw(itemMarked(item, full));
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations();
  const view: View = { locale, t, numbers, full, fullHref };

  return (
    <>
      <ol className="pis">
        {drawn.map((item) => (
          <PlanItem key={item.slug} item={item} {...view} />
        ))}
      </ol>
      {rest.length > 0 ? (
        <>
          <ol className="rest-l">
            {rest.map((item) => (
              <li key={item.slug} id={item.slug} data-testid="plan-item">
                {item.number}. {badge(item.status, t)}{" "}
                <Link href={`${fullHref}#${item.slug}`}>{name(localized(item, "title", locale))}</Link>
              </li>
            ))}
          </ol>
          <RestLink
            href={`${fullHref}#items-heading`}
            label={t("record.allItems", { count: items.length })}
            shown={drawn.length}
            total={items.length}
          />
        </>
      ) : null}
    </>
  );
}

/** One item: its number and title, responsible body, due date, status history and status form; its status on the side. */
function PlanItem({ item, ...view }: View & { item: Item }) {
  const { locale, t, numbers, full, fullHref } = view;
  const title = localized(item, "title", locale);
  return (
    <li id={item.slug} className="pi" data-testid="plan-item">
      <span aria-hidden="true">{item.number}</span>
      <div>
        <h3 lang={htmlLang(title.lang)}>
          <span className="sr-only">{item.number}. </span>
          {title.text}
          {title.isFallback ? <FallbackMark value={title} /> : null}
          <CitationMarks citations={titleCitations(item)} numbers={numbers} />
        </h3>
        <EditLink entity="PlanItem" id={item.id} />
        <ItemFacts item={item} {...view} />
        {item.statusUpdates.length === 0 ? null : full ? (
          <StatusHistory item={item} {...view} />
        ) : (
          // On the plan's page, a link to the history on the plan in full (with its sources).
          <p className="pi-h">
            <Link href={`${fullHref}#${item.slug}`}>{t("plans.history", { count: item.statusUpdates.length })} →</Link>
          </p>
        )}
        <StatusEditor
          item={{
            id: item.id,
            slug: item.slug,
            number: item.number,
            version: item.version,
            status: item.status,
            progress: item.progress,
            statusAssessedOn: item.statusAssessedOn,
          }}
        />
      </div>
      <StatusSummary item={item} t={t} locale={locale} />
    </li>
  );
}

/**
 * The item's responsible body and due date; those no source states are named
 * together on one line, not a "not stated" line each (a plan page reads shorter).
 */
function ItemFacts({ item, locale, t }: View & { item: Item }) {
  const missing = [
    item.responsibleBody ? null : t("plans.missingBody"),
    item.dueOn ? null : t("plans.missingDue"),
  ].filter((f): f is string => f !== null);
  const list = new Intl.ListFormat(locale, { type: "conjunction" }).format(missing);
  return (
    <>
      {item.responsibleBody || item.dueOn ? (
        <dl>
          {item.responsibleBody ? (
            <>
              <dt>{t("fields.responsibleBody")}</dt>
              <dd>
                <Link href={`/ministries/${item.responsibleBody.slug}`}>
                  {name(localized(item.responsibleBody, "name", locale))}
                </Link>
              </dd>
            </>
          ) : null}
          {item.dueOn ? (
            <>
              <dt>{t("fields.dueOn")}</dt>
              <dd>
                <PartialDate value={item.dueOn} inferred={item.dueInferred} reasoning={item.dueReasoning} />
              </dd>
            </>
          ) : null}
        </dl>
      ) : null}
      {missing.length > 0 ? (
        <p className="ns" data-testid="item-not-stated">
          {t("record.notStatedList", { fields: list })}
        </p>
      ) : null}
    </>
  );
}

/** An item's status updates, newest first, folded away. */
function StatusHistory({ item, locale, t, numbers }: View & { item: Item }) {
  return (
    <details className="pi-h">
      <summary>{t("plans.history", { count: item.statusUpdates.length })}</summary>
      <ol>
        {item.statusUpdates.map((u) => {
          const note = localizedOptional(u, "note", locale);
          return (
            <li key={u.id}>
              <p>
                {day(u.assessedOn, locale)}
                {badge(u.status, t)}
                <i>{t(`basis.${u.basis}` as "basis.official")}</i>
                {u.progress !== null ? <span>{t("plans.progressValue", { progress: u.progress })}</span> : null}
                <CitationMarks citations={u.citations} numbers={numbers} />
              </p>
              {note ? (
                <p lang={htmlLang(note.lang)}>
                  <bdi>{note.text}</bdi>
                  {note.isFallback ? <FallbackMark value={note} /> : null}
                </p>
              ) : null}
              {u.evidenceSource ? (
                <p>
                  {t("plans.evidence")}:{" "}
                  <Link href={`/sources/${u.evidenceSource.id}`}>
                    <bdi>{u.evidenceSource.title}</bdi>
                  </Link>
                </p>
              ) : null}
              {u.evidenceUrl ? (
                <p className="pi-u">
                  {t("plans.evidence")}:{" "}
                  <a href={u.evidenceUrl} rel="noopener noreferrer nofollow">
                    <bdi>{u.evidenceUrl}</bdi>
                  </a>
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
    </details>
  );
}

/** An item's status, the basis and date of its latest assessment, a disagreement between assessments, and its progress. */
function StatusSummary({ item, t, locale }: Pick<View, "t" | "locale"> & { item: Item }) {
  const latest = item.statusUpdates[0];
  const differ = disagreement(item.statusUpdates);
  return (
    <div className="pi-s">
      <p>{badge(item.status, t)}</p>
      {latest ? (
        <p className="text-muted">
          {t(`basis.${latest.basis}` as "basis.official")} · {day(latest.assessedOn, locale)}
        </p>
      ) : (
        <p className="text-muted">{t("plans.noAssessment")}</p>
      )}
      {differ ? (
        <div className="pi-d" data-testid="status-disagreement">
          <b>{t("plans.assessmentsDiffer")}</b>
          {[differ.official, differ.independent].map((u) => (
            <p key={u.id}>
              {badge(u.status, t)}
              <span className="text-muted">
                {t(`basis.${u.basis}` as "basis.official")} · {day(u.assessedOn, locale)}
              </span>
            </p>
          ))}
        </div>
      ) : null}
      {item.progress !== null ? (
        <div className="pi-p">
          <div
            role="progressbar"
            aria-valuenow={item.progress}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-label={t("plans.progress")}
          >
            <div style={{ width: `${item.progress}%` }} />
          </div>
          <p>{t("plans.progressValue", { progress: item.progress })}</p>
        </div>
      ) : null}
    </div>
  );
}
