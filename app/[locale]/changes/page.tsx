import { ChangedRecordRow, pick } from "@/components/changes/changed-record-row";
import { StatusBadge } from "@/components/status/status-badge";
import { inputClass } from "@/components/ui/form-controls";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Section } from "@/components/ui/section";
import { addMonths, formatPartialDate, precisionOf, todayIso } from "@/lib/dates";
import { pageLocale, sectionMetadata } from "@/lib/i18n/alternates";
import { Link } from "@/lib/i18n/navigation";
import { htmlLang } from "@/lib/i18n/routing";
import { getTranslations } from "@/lib/i18n/translations";
import { pageParam } from "@/lib/schemas/page-param";
import { CHANGE_KINDS, type ChangeList } from "@/lib/server/queries/changes";
import { getChangesPage } from "@/lib/server/queries/changes-page";

export const dynamic = "force-dynamic";

export const generateMetadata = sectionMetadata("openData.changes", "/changes");

/** `since` must be a day no later than today; anything else falls back to a month ago, with a note. */
function readSince(raw: string | string[] | undefined, today: string): { since: string; bad: boolean } {
  const value = Array.isArray(raw) ? raw[0] : raw;
  const fallback = addMonths(today, -1);
  if (value === undefined || value.trim() === "") return { since: fallback, bad: false };
  if (precisionOf(value) !== "day" || value > today) return { since: fallback, bad: true };
  return { since: value, bad: false };
}

/**
 * The newest few records of each kind and status assessments; a link shows the rest (a seed
 * load or an import adds hundreds of thousands at once).
 */
const SHOWN_PER_KIND = 5;
const SHOWN_ASSESSMENTS = 20;
/** One kind listed on its own (`?kind=agreement`, `?kind=status`), a page at a time. */
const PAGE_SIZE = 30;

const LISTS: readonly string[] = [...CHANGE_KINDS, "status"];

/** One kind to list in full (`?kind=agreement`, `?kind=status`), or none when absent or not a kind. */
function kindToList(raw: string | string[] | undefined): ChangeList | null {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return LISTS.includes(value ?? "") ? (value as ChangeList) : null;
}

export default async function ChangesPage({ params, searchParams }: PageProps<"/[locale]/changes">) {
  const locale = await pageLocale(params);
  const t = await getTranslations("openData.changes");
  const today = todayIso();
  const query = await searchParams;
  const { since, bad } = readSince(query.since, today);
  const only = kindToList(query.kind);
  const load = (page: number) =>
    getChangesPage(
      since,
      only
        ? { only, take: PAGE_SIZE, skip: (page - 1) * PAGE_SIZE }
        : { take: SHOWN_PER_KIND, takeAssessments: SHOWN_ASSESSMENTS },
    );
  let requested = only ? pageParam(query.page) : 1;
  let changes = await load(requested);
  const pagesOf = (list: ChangeList) => Math.max(1, Math.ceil(changes.count[list] / PAGE_SIZE));
  // A page past the end shows the last one.
  if (only && requested > pagesOf(only)) {
    requested = pagesOf(only);
    changes = await load(requested);
  }
  const total = changes.total;
  const listHref = (list: ChangeList, page = 1) =>
    `/changes?since=${since}&kind=${list}${page > 1 ? `&page=${page}` : ""}#${list === "status" ? "status-updates" : `changed-${list}`}-heading`;
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });

  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} lead={t("lead")} />
      <form method="get" className="flex flex-wrap items-end gap-3" aria-describedby={bad ? "since-error" : undefined}>
        <div className="space-y-1">
          <label htmlFor="since" className="block text-xs font-medium text-muted">
            {t("since")}
          </label>
          <input id="since" name="since" type="date" defaultValue={since} max={today} className={inputClass} />
        </div>
        <button
          type="submit"
          className="rounded-md bg-accent px-3 py-1.5 text-sm font-medium text-white hover:opacity-90"
        >
          {t("show")}
        </button>
        <a href="/feed.xml" type="application/atom+xml" className="text-sm">
          {t("feed")}
        </a>
      </form>
      {bad ? (
        <p id="since-error" role="alert" className="text-sm text-amber-800">
          {t("badDate")}
        </p>
      ) : null}
      <p className="text-sm text-muted" aria-live="polite" data-testid="changes-summary">
        {t("summary", { count: total, since: dateTime.format(new Date(`${since}T00:00:00Z`)) })}
      </p>

      {only ? (
        <p className="text-sm">
          <Link href={`/changes?since=${since}`} data-testid="changes-all">
            ← {t("allKinds")}
          </Link>
        </p>
      ) : null}

      {changes.count.status > 0 && (!only || only === "status") ? (
        <Section id="status-updates" title={t("statusUpdates")}>
          <ul className="chg-list">
            {changes.statusUpdates.map((u) => {
              const title = pick({ en: u.planItem.titleEn, ko: u.planItem.titleKo, zh: u.planItem.titleZh }, locale);
              return (
                <li key={u.id} className="chg-row" data-testid="changed-status">
                  <StatusBadge status={u.status} />
                  <Link href={`/plans/${u.planItem.plan.slug}#${u.planItem.slug}`} lang={htmlLang(title.lang)}>
                    {u.planItem.number}. <bdi>{title.text}</bdi>
                  </Link>
                  <span className="text-muted">{t("assessed", { date: formatPartialDate(u.assessedOn, locale) })}</span>
                </li>
              );
            })}
          </ul>
          {more("status")}
        </Section>
      ) : null}

      {changes.kinds.map((kind) => {
        if (only && kind !== only) return null;
        const rows = changes.records.filter((r) => r.kind === kind);
        if (changes.count[kind] === 0) return null;
        return (
          <Section key={kind} id={`changed-${kind}`} title={t(`kinds.${kind}`)}>
            <ul className="chg-list">
              {rows.map((r) => (
                <ChangedRecordRow key={r.key} record={r} locale={locale} />
              ))}
            </ul>
            {more(kind)}
          </Section>
        );
      })}
    </div>
  );

  /** Under a kind: a link to all of it (the newest few shown), or its pages (the kind on its own). */
  function more(list: ChangeList) {
    const count = changes.count[list];
    const label = t(list === "status" ? "statusUpdates" : `kinds.${list}`);
    if (only === list) {
      return <Pagination page={requested} pageCount={pagesOf(list)} hrefFor={(page) => listHref(list, page)} />;
    }
    if (count <= (list === "status" ? SHOWN_ASSESSMENTS : SHOWN_PER_KIND)) return null;
    return (
      <p className="text-sm">
        <Link href={listHref(list)} data-testid="changes-more">
          {t("showAll", { count, kind: label })} →
        </Link>
      </p>
    );
  }
}
