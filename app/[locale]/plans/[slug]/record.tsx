import { NewLink } from "@/components/editing/new-link";
import { ExportLinks } from "@/components/export/export-links";
import { itemMarked, PlanItems } from "@/components/plans/plan-items";
import { PlanPeriod } from "@/components/plans/plan-period";
import { FIRST_SCREEN, firstOf } from "@/components/records/first-screen";
import { History } from "@/components/records/history";
import { RecordBody, RecordHeader } from "@/components/records/record-layout";
import { type RecordPageView, type RecordView, recordPage } from "@/components/records/record-page";
import { numberCitations } from "@/components/sources/citation-list";
import { marksOf } from "@/components/sources/citation-marks";
import { StatusBar } from "@/components/status/status-bar";
import { RecordTimeline } from "@/components/timeline/record-timeline";
import { Badge, sideTone } from "@/components/ui/badge";
import { LocalizedName } from "@/components/ui/localized-name";
import { PartialDate } from "@/components/ui/partial-date";
import { Fact, Facts, Section } from "@/components/ui/section";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { getRecordHistory } from "@/lib/server/queries/audit-page";
import type { PlanDetail } from "@/lib/server/queries/plans";
import { getPlanPage } from "@/lib/server/queries/plans-page";
import { countByStatus } from "@/lib/status";

/** A plan's page (./page.tsx) and the plan in full (./all/page.tsx). */
export const planPage = recordPage("ActionPlan", getPlanPage);

/**
 * What each part of the page is drawn from. The parts that draw marks are plain functions,
 * called while the page's tree is built, not components: their marks then register before
 * the citation list reads them, even where React sends a large part of the tree as a chunk
 * of its own, rendered later (see CitationNumbers).
 */
type View = RecordView<"plan", PlanDetail>;

/**
 * A plan: its facts, its first items in full and the rest a line each (every item in
 * full on the plan in full), its timeline and history, and the citations its marks point to.
 */
export async function drawPlan({ record: plan, locale, t, timeline, full, fullHref }: RecordPageView<PlanDetail>) {
  const history = await getRecordHistory(
    [
      { entityType: "ActionPlan", entityId: plan.id },
      ...plan.items.map((i) => ({ entityType: "PlanItem", entityId: i.id })),
    ],
    locale,
  );
  const historyLabels = Object.fromEntries(plan.items.map((i) => [i.id, t("plans.itemNumber", { number: i.number })]));
  const drawnItems = firstOf(plan.items, FIRST_SCREEN.items, full);
  // An item's status updates are drawn (with their marks) on the plan in full only.
  const cited = (i: PlanDetail["items"][number]) => [
    ...i.citations,
    ...(full ? i.statusUpdates.flatMap((u) => u.citations) : []),
  ];
  const itemCitations = drawnItems.flatMap(cited);
  const allCitations = [...plan.citations, ...itemCitations];
  const numbers = numberCitations(allCitations, t);
  const context = new Map(
    drawnItems.flatMap((i) => cited(i).map((c) => [c.id, t("plans.itemNumber", { number: i.number })] as const)),
  );
  const marks = marksOf(plan.citations, numbers);
  // The items' marks, registered now rather than when PlanItems is drawn (see View).
  for (const item of drawnItems) numbers.draw(itemMarked(item, full));
  const view: View = { plan, locale, t, marks, full, fullHref };

  return (
    <article className="space-y-8">
      <RecordHeader
        entity="ActionPlan"
        record={plan}
        field="title"
        locale={locale}
        marks={marks}
        crumbs={
          plan.parent ? (
            <>
              {" › "}
              <Link href={`/plans/${plan.parent.slug}`}>
                <LocalizedName value={localized(plan.parent, "title", locale)} />
              </Link>
            </>
          ) : null
        }
      />

      <RecordBody citations={allCitations} numbers={numbers} context={context} full={full} fullHref={fullHref}>
        {planFacts(view)}

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
              <PlanItems items={plan.items} numbers={numbers} full={full} fullHref={fullHref} />
              <ExportLinks view="items" filters={{ plan: plan.slug }} />
            </>
          )}
        </Section>
        <RecordTimeline timeline={timeline} full={full} fullHref={fullHref} />
        <History history={history} labels={historyLabels} full={full} fullHref={fullHref} t={t} />
      </RecordBody>
    </article>
  );
}

/** The plan's period, implementing body, agreement, sector, rounds and reviews. */
function planFacts({ plan, locale, t, marks }: View) {
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
              <DatedSuffix
                value={plan.agreement.signedOn}
                inferred={plan.agreement.signedInferred}
                reasoning={plan.agreement.signedReasoning}
              />
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
                  <DatedSuffix
                    value={r.meeting.heldOn}
                    inferred={r.meeting.heldInferred}
                    reasoning={r.meeting.heldReasoning}
                  />
                </li>
              ))}
            </ul>
          </Fact>
        ) : null}
      </Facts>
    </Section>
  );
}

/** " · 5 Jan 2026" after a linked name, quiet; nothing when the date is unknown. */
function DatedSuffix({
  value,
  inferred,
  reasoning,
}: {
  value: string | null;
  inferred: boolean;
  reasoning: string | null;
}) {
  if (!value) return null;
  return (
    <span className="text-muted">
      {" · "}
      <PartialDate value={value} inferred={inferred} reasoning={reasoning} />
    </span>
  );
}
