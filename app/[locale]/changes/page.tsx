import { getTranslations } from "next-intl/server";
import { ChangedRecordRow, pick } from "@/components/changes/changed-record-row";
import { StatusBadge } from "@/components/status/status-badge";
import { inputClass } from "@/components/ui/form-controls";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { addMonths, formatPartialDate, precisionOf, todayIso } from "@/lib/dates";
import { pageLocale, sectionMetadata } from "@/lib/i18n/alternates";
import { Link } from "@/lib/i18n/navigation";
import { htmlLang } from "@/lib/i18n/routing";
import { CHANGE_KINDS, type ChangeKind } from "@/lib/server/queries/changes";
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

/** The newest few of each kind; a link shows the rest (a seed load adds hundreds at once). */
const SHOWN_PER_KIND = 20;

/** One kind to list in full (`?kind=agreement`), or none when absent or not a kind. */
function kindToList(raw: string | string[] | undefined): ChangeKind | null {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return (CHANGE_KINDS as readonly string[]).includes(value ?? "") ? (value as ChangeKind) : null;
}

export default async function ChangesPage({ params, searchParams }: PageProps<"/[locale]/changes">) {
  const locale = await pageLocale(params);
  const t = await getTranslations("openData.changes");
  const today = todayIso();
  const query = await searchParams;
  const { since, bad } = readSince(query.since, today);
  const only = kindToList(query.kind);
  const changes = await getChangesPage(since);
  const total = changes.records.length + changes.statusUpdates.length;
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

      {changes.statusUpdates.length > 0 ? (
        <Section id="status-updates" title={t("statusUpdates")}>
          <ul className="space-y-2 text-sm">
            {changes.statusUpdates.map((u) => {
              const title = pick({ en: u.planItem.titleEn, ko: u.planItem.titleKo, zh: u.planItem.titleZh }, locale);
              return (
                <li key={u.id} className="flex flex-wrap items-baseline gap-2">
                  <StatusBadge status={u.status} />
                  <Link href={`/plans/${u.planItem.plan.slug}#${u.planItem.slug}`} lang={htmlLang(title.lang)}>
                    {u.planItem.number}. {title.text}
                  </Link>
                  <span className="text-muted">{t("assessed", { date: formatPartialDate(u.assessedOn, locale) })}</span>
                </li>
              );
            })}
          </ul>
        </Section>
      ) : null}

      {changes.kinds.map((kind) => {
        if (only && kind !== only) return null;
        const rows = changes.records.filter((r) => r.kind === kind);
        if (rows.length === 0) return null;
        const shown = only ? rows : rows.slice(0, SHOWN_PER_KIND);
        return (
          <Section key={kind} id={`changed-${kind}`} title={t(`kinds.${kind}`)}>
            <ul className="space-y-1.5 text-sm">
              {shown.map((r) => (
                <ChangedRecordRow key={r.key} record={r} locale={locale} />
              ))}
            </ul>
            {shown.length < rows.length ? (
              <p className="text-sm">
                <Link href={`/changes?since=${since}&kind=${kind}#changed-${kind}-heading`} data-testid="changes-more">
                  {t("showAll", { count: rows.length, kind: t(`kinds.${kind}`) })} →
                </Link>
              </p>
            ) : null}
          </Section>
        );
      })}
    </div>
  );
}
