import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { TimelineFilterForm } from "@/components/timeline/timeline-filter-form";
import { TimelineList } from "@/components/timeline/timeline-list";
import { ParamErrors } from "@/components/ui/param-errors";
import { todayIso } from "@/lib/dates";
import { db } from "@/lib/db";
import { alternatesFor } from "@/lib/i18n/alternates";
import { filterTimeline, listTimelineEntries } from "@/lib/queries/timeline";
import { parseSearchParams } from "@/lib/schemas/search-params";
import { TimelineFiltersSchema } from "@/lib/schemas/timeline-filters";
import type { Locale } from "@/lib/schemas/vocab";
import { groupByYear } from "@/lib/timeline";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/timeline">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "timeline" });
  return { title: t("title"), description: t("description"), alternates: alternatesFor(locale, "/timeline") };
}

export default async function TimelinePage({ params, searchParams }: PageProps<"/[locale]/timeline">) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const t = await getTranslations("timeline");
  const { values: filters, errors } = parseSearchParams(TimelineFiltersSchema, await searchParams);
  const today = todayIso();
  const [all, sectors] = await Promise.all([
    listTimelineEntries(db, today),
    db.sector.findMany({
      orderBy: { sortOrder: "asc" },
      select: { slug: true, nameEn: true, nameKo: true, nameZh: true },
    }),
  ]);
  const entries = filterTimeline(all, filters);
  const years = groupByYear(entries).map((g) => g.year);

  return (
    <div className="space-y-6">
      <header className="max-w-3xl space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{t("title")}</h1>
        <p className="text-muted">{t("lead")}</p>
      </header>
      <ParamErrors errors={errors} context="timeline" />
      <TimelineFilterForm filters={filters} sectors={sectors} />
      {years.length > 0 ? (
        <nav aria-label={t("jumpToYear")} className="no-print flex flex-wrap items-center gap-1.5 text-sm">
          <span className="mr-1 text-muted">{t("jumpToYear")}:</span>
          {years.map((y) => (
            <a
              key={y}
              href={`#y${y}`}
              className="rounded border border-line bg-white px-2 py-0.5 tabular-nums no-underline hover:border-accent"
            >
              {y}
            </a>
          ))}
        </nav>
      ) : null}
      <p className="text-sm text-muted" aria-live="polite">
        {t("count", { count: entries.length })}
      </p>
      <TimelineList entries={entries} today={today} />
    </div>
  );
}
