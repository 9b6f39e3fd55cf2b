import { SignatoryList } from "@/components/agreements/signatory-list";
import { History } from "@/components/records/history";
import { RecordBody, RecordHeader } from "@/components/records/record-layout";
import { type RecordPageView, type RecordView, recordPage } from "@/components/records/record-page";
import { numberCitations } from "@/components/sources/citation-list";
import { marksOf } from "@/components/sources/citation-marks";
import { StatusBar } from "@/components/status/status-bar";
import { RecordTimeline } from "@/components/timeline/record-timeline";
import { Badge } from "@/components/ui/badge";
import { FallbackMark, LocalizedName } from "@/components/ui/localized-name";
import { PartialDate } from "@/components/ui/partial-date";
import { Fact, Facts, Section } from "@/components/ui/section";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { htmlLang } from "@/lib/i18n/routing";
import type { AgreementDetail } from "@/lib/server/queries/agreements";
import { getAgreementPage } from "@/lib/server/queries/agreements-page";
import { getRecordHistory } from "@/lib/server/queries/audit-page";
import { countByStatus } from "@/lib/status";

/** An agreement's page (./page.tsx) and the agreement in full (./all/page.tsx). */
export const agreementPage = recordPage("Agreement", getAgreementPage);

/**
 * What each part of the page is drawn from. The parts that draw marks are plain functions,
 * called while the page's tree is built, not components: their marks then register before
 * the citation list reads them, even where React sends a large part of the tree as a chunk
 * of its own, rendered later (see CitationNumbers).
 */
type View = RecordView<"agreement", AgreementDetail>;

/** An agreement: its facts, lineage, plans, dialogues, timeline and history, and its citations. */
export async function drawAgreement({
  record: agreement,
  locale,
  t,
  timeline,
  full,
  fullHref,
}: RecordPageView<AgreementDetail>) {
  const history = await getRecordHistory([{ entityType: "Agreement", entityId: agreement.id }], locale);
  const numbers = numberCitations(agreement.citations, t);
  const marks = marksOf(agreement.citations, numbers);
  const view: View = { agreement, locale, t, marks, full, fullHref };

  return (
    <article className="space-y-8">
      <RecordHeader
        entity="Agreement"
        record={agreement}
        field="title"
        locale={locale}
        marks={marks}
        summaryClassName="max-w-3xl text-ink/90"
        badges={
          <>
            <Badge tone="accent">{t(`agreementKind.${agreement.kind}` as "agreementKind.mou")}</Badge>
            <Badge>{t(`agreementStatus.${agreement.status}` as "agreementStatus.signed")}</Badge>
          </>
        }
      />

      <RecordBody citations={agreement.citations} numbers={numbers} full={full} fullHref={fullHref}>
        {agreementFacts(view)}

        {lineage(view)}

        <Plans {...view} />

        <Dialogues {...view} />
        <RecordTimeline timeline={timeline} full={full} fullHref={fullHref} />
        <History history={history} full={full} fullHref={fullHref} t={t} />
      </RecordBody>
    </article>
  );
}

/** The signing, entry into force and expiry, the signatories, sectors and topics. */
function agreementFacts({ agreement, locale, t, marks }: View) {
  const sectors = [...new Map(agreement.topics.map(({ topic }) => [topic.sector.slug, topic.sector])).values()];
  const dateFact = (value: string | null, inferred: boolean, reasoning: string | null, field: string) =>
    value ? (
      <>
        <PartialDate value={value} inferred={inferred} reasoning={reasoning} />
        {marks(field)}
      </>
    ) : (
      <span className="text-muted">{t("record.notStated")}</span>
    );
  return (
    <Section id="facts" title={t("record.keyFacts")}>
      <Facts>
        <Fact label={t("fields.signedOn")}>
          {dateFact(agreement.signedOn, agreement.signedInferred, agreement.signedReasoning, "signedOn")}
        </Fact>
        <Fact label={t("fields.effectiveOn")}>
          {dateFact(agreement.effectiveOn, agreement.effectiveInferred, agreement.effectiveReasoning, "effectiveOn")}
        </Fact>
        <Fact label={t("fields.expiresOn")}>
          {dateFact(agreement.expiresOn, agreement.expiresInferred, agreement.expiresReasoning, "expiresOn")}
        </Fact>
        <Fact label={t("fields.signatories")}>
          <SignatoryList bodies={agreement.signatories.map((s) => s.ministry)} link />
          {marks("signatories")}
        </Fact>
        <Fact label={t("fields.sectors")}>
          {sectors.length === 0 ? (
            <span className="text-muted">{t("record.notStated")}</span>
          ) : (
            <ul className="flex flex-wrap gap-1.5">
              {sectors.map((s) => (
                <li key={s.slug}>
                  <Link href={`/agreements?sector=${s.slug}`} className="text-sm">
                    <LocalizedName value={localized(s, "name", locale)} />
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </Fact>
        <Fact label={t("fields.topics")}>
          {agreement.topics.length === 0 ? (
            <span className="text-muted">{t("record.notStated")}</span>
          ) : (
            <ul className="flex flex-wrap gap-1.5">
              {agreement.topics.map(({ topic }) => {
                const name = localized(topic, "name", locale);
                return (
                  <li key={topic.slug}>
                    <Link href={`/agreements?topic=${topic.slug}`} lang={htmlLang(name.lang)} className="pill">
                      {name.text}
                      <FallbackMark value={name} />
                    </Link>
                  </li>
                );
              })}
            </ul>
          )}
          {marks("topics")}
        </Fact>
      </Facts>
    </Section>
  );
}

/** The agreements this one continues and those that continue it, in order. */
function lineage({ agreement, locale, t, marks }: View) {
  return (
    <Section id="lineage" title={t("record.lineage")}>
      {agreement.lineage.length <= 1 ? (
        <p className="text-sm text-muted">{t("record.noLineage")}</p>
      ) : (
        <ol className="space-y-2" data-testid="lineage">
          {agreement.lineage.map((link) => {
            const name = localized(link, "title", locale);
            const current = link.id === agreement.id;
            return (
              <li key={link.slug} className="flex items-start gap-3 text-sm">
                <span className="mt-0.5 w-24 shrink-0 text-xs text-muted tabular-nums">
                  {link.signedOn ? <PartialDate value={link.signedOn} /> : "—"}
                </span>
                <span className={`min-w-0 ${current ? "font-semibold" : ""}`}>
                  {current ? (
                    <span aria-current="page" lang={htmlLang(name.lang)}>
                      {name.text}
                      <FallbackMark value={name} />
                    </span>
                  ) : (
                    <Link href={`/agreements/${link.slug}`} lang={htmlLang(name.lang)}>
                      {name.text}
                      <FallbackMark value={name} />
                    </Link>
                  )}
                  {link.relation && link.previousId ? (
                    <span className="ml-2 text-xs font-normal text-muted">
                      {t(`lineageRelation.${link.relation}` as "lineageRelation.updates")}
                    </span>
                  ) : null}
                </span>
              </li>
            );
          })}
        </ol>
      )}
      {marks("previous")}
    </Section>
  );
}

/** The action plans that implement the agreement, with their items by status. */
function Plans({ agreement, locale, t }: View) {
  return (
    <Section id="plans" title={t("record.plans")}>
      {agreement.plans.length === 0 ? (
        <p className="text-sm text-muted">{t("record.noPlans")}</p>
      ) : (
        <ul className="space-y-3">
          {agreement.plans.map((plan) => {
            const name = localized(plan, "title", locale);
            return (
              <li key={plan.slug} className="rounded-md border border-line bg-white p-3">
                <Link href={`/plans/${plan.slug}`} lang={htmlLang(name.lang)} className="font-medium">
                  {name.text}
                  <FallbackMark value={name} />
                </Link>
                <div className="mt-2">
                  <StatusBar counts={countByStatus(plan.items)} />
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </Section>
  );
}

/** The dialogues the agreement established and the meetings that reviewed it. */
function Dialogues({ agreement, locale, t }: View) {
  return (
    <Section id="dialogues" title={t("record.dialogues")}>
      {agreement.dialogues.length === 0 && agreement.reviews.length === 0 ? (
        <p className="text-sm text-muted">{t("record.noDialogues")}</p>
      ) : (
        <ul className="space-y-2 text-sm">
          {agreement.dialogues.map((d) => (
            <li key={d.slug}>
              <Link href={`/dialogues/${d.slug}`}>
                <LocalizedName value={localized(d, "name", locale)} />
              </Link>{" "}
              <span className="text-muted">· {t("record.establishedHere")}</span>
            </li>
          ))}
          {agreement.reviews.map(({ meeting, noteEn }) => (
            <li key={meeting.slug}>
              <Link href={`/dialogues/${meeting.dialogue.slug}#${meeting.slug}`}>
                <LocalizedName value={localized(meeting.dialogue, "name", locale)} />
                {meeting.number ? ` · ${t("record.meetingNumber", { number: meeting.number })}` : ""}
              </Link>{" "}
              {meeting.heldOn ? (
                <span className="text-muted">
                  ·{" "}
                  <PartialDate
                    value={meeting.heldOn}
                    inferred={meeting.heldInferred}
                    reasoning={meeting.heldReasoning}
                  />
                </span>
              ) : null}
              {noteEn ? <p className="text-muted">{noteEn}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
