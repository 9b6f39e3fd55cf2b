import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/status/status-badge";
import { inputClass } from "@/components/ui/form-controls";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { addMonths, formatPartialDate, precisionOf, todayIso } from "@/lib/dates";
import { pageLocale, sectionMetadata } from "@/lib/i18n/alternates";
import { Link } from "@/lib/i18n/navigation";
import { htmlLang } from "@/lib/i18n/routing";
import type { Locale } from "@/lib/schemas/vocab";
import type { ChangedRecord } from "@/lib/server/queries/changes";
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

const pick = (title: ChangedRecord["title"], locale: Locale) => {
  const text = title[locale] ?? title.en;
  return { text, lang: title[locale] ? locale : "en" };
};

export default async function ChangesPage({ params, searchParams }: PageProps<"/[locale]/changes">) {
  const locale = await pageLocale(params);
  const t = await getTranslations("openData.changes");
  const today = todayIso();
  const { since, bad } = readSince((await searchParams).since, today);
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
        const rows = changes.records.filter((r) => r.kind === kind);
        if (rows.length === 0) return null;
        return (
          <Section key={kind} id={`changed-${kind}`} title={t(`kinds.${kind}`)}>
            <ul className="space-y-1.5 text-sm">
              {rows.map((r) => {
                const title = pick(r.title, locale);
                return (
                  <li key={r.key} className="flex flex-wrap items-baseline gap-2">
                    <span
                      className={`rounded px-1.5 py-0.5 text-xs font-medium ${r.isNew ? "bg-emerald-50 text-emerald-800" : "bg-slate-100 text-slate-700"}`}
                    >
                      {r.isNew ? t("new") : t("updated")}
                    </span>
                    <Link href={r.href} lang={htmlLang(title.lang)}>
                      {title.text}
                    </Link>
                    <time className="text-xs text-muted" dateTime={r.at.toISOString()}>
                      {dateTime.format(r.at)}
                    </time>
                  </li>
                );
              })}
            </ul>
          </Section>
        );
      })}
    </div>
  );
}
