import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { cache, type ReactNode } from "react";
import { archivedRecordPage } from "@/components/editing/archived-notice";
import { EditLink } from "@/components/editing/edit-link";
import { NewLink } from "@/components/editing/new-link";
import { ExportLinks } from "@/components/export/export-links";
import { FeedLink } from "@/components/export/feed-link";
import { RecordHistory } from "@/components/history/record-history";
import { PlanItems } from "@/components/plans/plan-items";
import { PlanPeriod } from "@/components/plans/plan-period";
import { CitationList, numberCitations } from "@/components/sources/citation-list";
import { CitationMarks } from "@/components/sources/citation-marks";
import { StatusBar } from "@/components/status/status-bar";
import { RecordTimeline } from "@/components/timeline/record-timeline";
import { Badge, sideTone } from "@/components/ui/badge";
import { FallbackNote } from "@/components/ui/fallback-note";
import { FallbackMark, LocalizedName } from "@/components/ui/localized-name";
import { OtherLanguages } from "@/components/ui/other-languages";
import { PartialDate } from "@/components/ui/partial-date";
import { Fact, Facts, Section } from "@/components/ui/section";
import { recordMetadata } from "@/lib/i18n/alternates";
import { fieldShown, localized, localizedOptional } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { htmlLang } from "@/lib/i18n/routing";
import { type Locale, SlugSchema } from "@/lib/schemas/vocab";
import { getArchivedRecord } from "@/lib/server/queries/archived-page";
import { getRecordHistory } from "@/lib/server/queries/audit-page";
import { citationsFor } from "@/lib/server/queries/citations";
import type { PlanDetail } from "@/lib/server/queries/plans";
import { getPlanPage } from "@/lib/server/queries/plans-page";
import { getRecordTimeline } from "@/lib/server/queries/timeline-page";
import { countByStatus } from "@/lib/status";

// Cached for everybody once first asked for (none at build time: there are thousands),
// revalidated on every edit and at least every five minutes: docs/decisions/0006.
export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

// generateMetadata and the page both ask for the record: one query per request.
const load = cache(getPlanPage);

export async function generateMetadata({ params }: PageProps<"/[locale]/plans/[slug]">): Promise<Metadata> {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  return recordMetadata(await load(slug), locale, `/plans/${slug}`);
}

/** What each part of the page is drawn from. */
type View = {
  plan: PlanDetail;
  locale: Locale;
  t: Awaited<ReturnType<typeof getTranslations>>;
  /** The citation marks of a field (null: of the record as a whole). */
  marks: (field: string | null) => ReactNode;
};

export default async function PlanPage({ params }: PageProps<"/[locale]/plans/[slug]">) {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  setRequestLocale(locale);
  const plan = await load(slug);
  if (!plan) {
    return archivedRecordPage(
      "ActionPlan",
      await getArchivedRecord("ActionPlan", SlugSchema.safeParse(slug).success ? slug : null),
    );
  }
  const t = await getTranslations();
  const [timeline, history] = await Promise.all([
    getRecordTimeline({ plan: plan.slug }),
    getRecordHistory(
      [
        { entityType: "ActionPlan", entityId: plan.id },
        ...plan.items.map((i) => ({ entityType: "PlanItem", entityId: i.id })),
      ],
      locale,
    ),
  ]);
  const historyLabels = Object.fromEntries(plan.items.map((i) => [i.id, t("plans.itemNumber", { number: i.number })]));
  const title = localized(plan, "title", locale);
  const summary = localizedOptional(plan, "summary", locale);
  const itemCitations = plan.items.flatMap((i) => [...i.citations, ...i.statusUpdates.flatMap((u) => u.citations)]);
  const allCitations = [...plan.citations, ...itemCitations];
  const numbers = numberCitations(allCitations);
  const context = new Map(
    plan.items.flatMap((i) =>
      [...i.citations, ...i.statusUpdates.flatMap((u) => u.citations)].map(
        (c) => [c.id, t("plans.itemNumber", { number: i.number })] as const,
      ),
    ),
  );
  const marks = (field: string | null) => (
    <CitationMarks citations={citationsFor(plan.citations, field)} numbers={numbers} />
  );
  const view: View = { plan, locale, t, marks };

  return (
    <article className="space-y-8">
      <header className="space-y-3">
        <nav aria-label={t("record.breadcrumb")} className="text-sm">
          <Link href="/plans">{t("nav.plans")}</Link>
          {plan.parent ? (
            <>
              {" › "}
              <Link href={`/plans/${plan.parent.slug}`}>
                <LocalizedName value={localized(plan.parent, "title", locale)} />
              </Link>
            </>
          ) : null}
        </nav>
        <h1 className="max-w-4xl text-2xl font-semibold tracking-tight sm:text-3xl" lang={htmlLang(title.lang)}>
          {title.text}
          <FallbackNote text={title} />
          {marks(fieldShown("title", title))}
        </h1>
        <EditLink entity="ActionPlan" id={plan.id} />
        <OtherLanguages values={{ en: plan.titleEn, ko: plan.titleKo, zh: plan.titleZh }} shown={title.lang} />
        <FeedLink scope="plan" slug={plan.slug} />
        {summary ? (
          <p className="max-w-3xl" lang={htmlLang(summary.lang)}>
            {summary.text}
            <FallbackMark value={summary} />
            {marks(null)}
          </p>
        ) : null}
      </header>

      <div className="record-layout grid gap-10 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="space-y-8">
          <PlanFacts {...view} />

          <Section
            id="items"
            title={t("plans.items")}
            aside={
              <span className="flex items-baseline gap-3 text-xs text-muted">
                {t("plans.itemCount", { count: plan.items.length })}
                <NewLink entity="PlanItem" with={{ planId: plan.id }} />
              </span>
            }
          >
            {plan.items.length === 0 ? (
              <p className="text-sm text-muted">{t("plans.noItems")}</p>
            ) : (
              <>
                <StatusBar counts={countByStatus(plan.items)} />
                <PlanItems items={plan.items} numbers={numbers} />
                <ExportLinks view="items" filters={{ plan: plan.slug }} />
              </>
            )}
          </Section>
          <RecordTimeline timeline={timeline} />
          <Section id="history" title={t("history.title")}>
            <RecordHistory {...history} labels={historyLabels} />
          </Section>
        </div>
        <aside className="space-y-3 lg:sticky lg:top-4 lg:self-start">
          <Section id="sources" title={t("record.sources")}>
            <CitationList citations={allCitations} numbers={numbers} context={context} />
          </Section>
        </aside>
      </div>
    </article>
  );
}

/** The plan's period, implementing body, agreement, sector, rounds and reviews. */
function PlanFacts({ plan, locale, t, marks }: View) {
  const none = <span className="text-muted">{t("record.notStated")}</span>;
  return (
    <Section id="facts" title={t("record.keyFacts")}>
      <Facts>
        <Fact label={t("plans.period")}>
          <PlanPeriod plan={plan} unknown={t("record.notStated")} ongoing={t("plans.ongoing")} />
          {marks("startOn")}
          {marks("endOn")}
        </Fact>
        <Fact label={t("fields.implementingBody")}>
          {plan.implementingBody ? (
            <span className="inline-flex items-baseline gap-1.5">
              <Badge tone={sideTone(plan.implementingBody.side)}>
                {t(`side.${plan.implementingBody.side}` as "side.KR")}
              </Badge>
              <Link href={`/ministries/${plan.implementingBody.slug}`}>
                <LocalizedName value={localized(plan.implementingBody, "name", locale)} />
              </Link>
            </span>
          ) : (
            none
          )}
          {marks("implementingBody")}
        </Fact>
        <Fact label={t("fields.agreement")}>
          {plan.agreement ? (
            <>
              <Link href={`/agreements/${plan.agreement.slug}`}>
                <LocalizedName value={localized(plan.agreement, "title", locale)} />
              </Link>
              {plan.agreement.signedOn ? (
                <span className="text-muted">
                  {" "}
                  ·{" "}
                  <PartialDate
                    value={plan.agreement.signedOn}
                    inferred={plan.agreement.signedInferred}
                    reasoning={plan.agreement.signedReasoning}
                  />
                </span>
              ) : null}
            </>
          ) : (
            none
          )}
          {marks("agreement")}
        </Fact>
        <Fact label={t("fields.sector")}>
          <LocalizedName value={localized(plan.sector, "name", locale)} />
        </Fact>
        {plan.rounds.length > 0 ? (
          <Fact label={t("plans.rounds")}>
            <ul>
              {plan.rounds.map((r) => (
                <li key={r.slug}>
                  <Link href={`/plans/${r.slug}`}>
                    <LocalizedName value={localized(r, "title", locale)} />
                  </Link>
                </li>
              ))}
            </ul>
          </Fact>
        ) : null}
        {plan.reviews.length > 0 ? (
          <Fact label={t("plans.reviewedAt")}>
            <ul>
              {plan.reviews.map((r) => (
                <li key={r.id}>
                  <Link href={`/dialogues/${r.meeting.dialogue.slug}#${r.meeting.slug}`}>
                    <LocalizedName value={localized(r.meeting.dialogue, "name", locale)} />
                    {r.meeting.number ? ` · ${t("record.meetingNumber", { number: r.meeting.number })}` : ""}
                  </Link>
                  {r.meeting.heldOn ? (
                    <span className="text-muted">
                      {" "}
                      ·{" "}
                      <PartialDate
                        value={r.meeting.heldOn}
                        inferred={r.meeting.heldInferred}
                        reasoning={r.meeting.heldReasoning}
                      />
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          </Fact>
        ) : null}
      </Facts>
    </Section>
  );
}
