import { EditLink } from "@/components/editing/edit-link";
import { NewLink } from "@/components/editing/new-link";
import { FIRST_SCREEN, firstOf, RestLink } from "@/components/records/first-screen";
import { RecordBody, RecordHeader } from "@/components/records/record-layout";
import { type RecordPageView, type RecordView, recordPage } from "@/components/records/record-page";
import { numberCitations } from "@/components/sources/citation-list";
import { marksOf } from "@/components/sources/citation-marks";
import { StatusBadge } from "@/components/status/status-badge";
import { RecordTimeline } from "@/components/timeline/record-timeline";
import { Badge, sideTone } from "@/components/ui/badge";
import { FallbackMark, LocalizedName } from "@/components/ui/localized-name";
import { PartialDate } from "@/components/ui/partial-date";
import { Fact, Facts, Section } from "@/components/ui/section";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { htmlLang } from "@/lib/i18n/routing";
import type { MinistryDetail } from "@/lib/server/queries/ministries";
import { getMinistryPage } from "@/lib/server/queries/ministries-page";

/** A ministry's page (./page.tsx) and the ministry in full (./all/page.tsx). */
export const ministryPage = recordPage("Ministry", getMinistryPage);

/**
 * What each part of the page is drawn from. The parts that draw marks are plain functions,
 * called while the page's tree is built, not components: their marks then register before
 * the citation list reads them, even where React sends a large part of the tree as a chunk
 * of its own, rendered later (see CitationNumbers).
 */
type View = RecordView<"ministry", MinistryDetail>;

/**
 * A ministry or other body: its facts, the first screenful of its agreements, dialogues,
 * plans and people (all of them on the body in full; its agreements on the agreements
 * list), its timeline, and its citations.
 */
export function drawMinistry({
  record: ministry,
  locale,
  t,
  timeline,
  full,
  fullHref,
}: RecordPageView<MinistryDetail>) {
  const numbers = numberCitations(ministry.citations, t);
  const marks = marksOf(ministry.citations, numbers);
  const view: View = { ministry, locale, t, marks, full, fullHref };

  return (
    <article className="space-y-8">
      <RecordHeader
        entity="Ministry"
        record={ministry}
        field="name"
        locale={locale}
        marks={marks}
        badges={
          <>
            <Badge tone={sideTone(ministry.side)}>{t(`side.${ministry.side}` as "side.KR")}</Badge>
            <Badge>{t(`bodyKind.${ministry.kind}` as "bodyKind.ministry")}</Badge>
          </>
        }
      />

      <RecordBody citations={ministry.citations} numbers={numbers} full={full} fullHref={fullHref}>
        {ministryFacts(view)}

        <Agreements {...view} />

        <Dialogues {...view} />

        <PlanItems {...view} />

        <People {...view} />
        <RecordTimeline timeline={timeline} full={full} fullHref={fullHref} />
      </RecordBody>
    </article>
  );
}

/** The body's abbreviation, founding date, predecessor and successors. */
function ministryFacts({ ministry, locale, t, marks }: View) {
  const none = <span className="text-muted">{t("record.notStated")}</span>;
  return (
    <Section id="facts" title={t("record.keyFacts")}>
      <Facts>
        <Fact label={t("fields.abbreviation")}>
          {ministry.abbreviation ?? none}
          {marks("abbreviation")}
        </Fact>
        <Fact label={t("fields.establishedOn")}>
          {ministry.establishedOn ? (
            <PartialDate
              value={ministry.establishedOn}
              inferred={ministry.establishedInferred}
              reasoning={ministry.establishedReasoning}
            />
          ) : (
            none
          )}
          {marks("establishedOn")}
        </Fact>
        <Fact label={t("fields.predecessor")}>
          {ministry.predecessor ? (
            <Link href={`/ministries/${ministry.predecessor.slug}`}>
              <LocalizedName value={localized(ministry.predecessor, "name", locale)} />
            </Link>
          ) : (
            none
          )}
          {marks("predecessor")}
        </Fact>
        <Fact label={t("ministries.successor")}>
          {ministry.successors.length > 0
            ? ministry.successors.map((s) => (
                <Link key={s.slug} href={`/ministries/${s.slug}`} className="block">
                  <LocalizedName value={localized(s, "name", locale)} />
                  {s.establishedOn ? (
                    <span className="text-muted">
                      {" "}
                      (<PartialDate value={s.establishedOn} />)
                    </span>
                  ) : null}
                </Link>
              ))
            : none}
        </Fact>
      </Facts>
    </Section>
  );
}

/** The agreements the body signed, with the other signatories. */
function Agreements({ ministry, locale, t, full }: View) {
  const shown = firstOf(ministry.signatures, FIRST_SCREEN.rows, full);
  return (
    <Section id="agreements" title={t("ministries.agreements")}>
      {ministry.signatures.length === 0 ? (
        <p className="text-sm text-muted">{t("ministries.noAgreements")}</p>
      ) : (
        <ul className="rows">
          {shown.map(({ agreement: a }) => {
            const title = localized(a, "title", locale);
            const partners = a.signatories.map((s) => s.ministry).filter((m) => m.slug !== ministry.slug);
            return (
              <li key={a.slug}>
                <Link href={`/agreements/${a.slug}`} lang={htmlLang(title.lang)}>
                  {title.text}
                  <FallbackMark value={title} />
                </Link>
                <p>
                  <span>{t(`agreementKind.${a.kind}` as "agreementKind.mou")}</span>
                  {a.signedOn ? (
                    <PartialDate value={a.signedOn} inferred={a.signedInferred} reasoning={a.signedReasoning} />
                  ) : null}
                  {partners.length > 0 ? (
                    <span>
                      {t("ministries.with")}{" "}
                      {partners.map((p, i) => (
                        <span key={p.slug}>
                          {i > 0 ? ", " : ""}
                          <Link href={`/ministries/${p.slug}`}>
                            {p.abbreviation ?? localized(p, "name", locale).text}
                          </Link>
                        </span>
                      ))}
                    </span>
                  ) : null}
                </p>
              </li>
            );
          })}
        </ul>
      )}
      <RestLink
        href={`/agreements?ministry=${ministry.slug}`}
        label={t("record.allAgreements", { count: ministry.signatures.length })}
        shown={shown.length}
        total={ministry.signatures.length}
      />
    </Section>
  );
}

/** The dialogues the body takes part in. */
function Dialogues({ ministry, locale, t, full, fullHref }: View) {
  const shown = firstOf(ministry.dialogues, FIRST_SCREEN.rows, full);
  return (
    <Section id="dialogues" title={t("record.dialogues")}>
      {ministry.dialogues.length === 0 ? (
        <p className="text-sm text-muted">{t("ministries.noDialogues")}</p>
      ) : (
        <ul className="space-y-1 text-sm">
          {shown.map(({ dialogue: d }) => (
            <li key={d.slug}>
              <Link href={`/dialogues/${d.slug}`}>
                <LocalizedName value={localized(d, "name", locale)} />
              </Link>
              <span className="text-muted"> · {t(`cadence.${d.cadence}` as "cadence.annual")}</span>
            </li>
          ))}
        </ul>
      )}
      <RestLink
        href={`${fullHref}#dialogues-heading`}
        label={t("record.allOf", { count: ministry.dialogues.length })}
        shown={shown.length}
        total={ministry.dialogues.length}
      />
    </Section>
  );
}

/** The plans and plan items the body implements. */
function PlanItems({ ministry, locale, t, full, fullHref }: View) {
  const plans = firstOf(ministry.plans, FIRST_SCREEN.rows, full);
  const items = firstOf(ministry.planItems, FIRST_SCREEN.rows - plans.length, full);
  const total = ministry.plans.length + ministry.planItems.length;
  return (
    <Section id="plans" title={t("ministries.planItems")}>
      {ministry.plans.length === 0 && ministry.planItems.length === 0 ? (
        <p className="text-sm text-muted">{t("ministries.noPlanItems")}</p>
      ) : (
        <ul className="space-y-2 text-sm">
          {plans.map((p) => (
            <li key={p.slug}>
              <Link href={`/plans/${p.slug}`}>
                <LocalizedName value={localized(p, "title", locale)} />
              </Link>
              <span className="text-muted"> · {t("ministries.implements")}</span>
            </li>
          ))}
          {items.map((item) => (
            <li key={item.slug}>
              <StatusBadge status={item.status} />{" "}
              <Link href={`/plans/${item.plan.slug}#${item.slug}`}>
                <LocalizedName value={localized(item, "title", locale)} />
              </Link>
            </li>
          ))}
        </ul>
      )}
      <RestLink
        href={`${fullHref}#plans-heading`}
        label={t("record.allOf", { count: total })}
        shown={plans.length + items.length}
        total={total}
      />
    </Section>
  );
}

/** The people who hold or held a role in the body. */
function People({ ministry, locale, t, full, fullHref }: View) {
  const shown = firstOf(ministry.roles, FIRST_SCREEN.rows, full);
  return (
    <Section id="people" title={t("ministries.people")} aside={<NewLink entity="Person" />}>
      {ministry.roles.length === 0 ? (
        <p className="text-sm text-muted">{t("ministries.noPeople")}</p>
      ) : (
        <ul className="space-y-1 text-sm">
          {shown.map((role) => (
            <li key={role.id}>
              <span className="font-medium">
                <LocalizedName value={localized(role.person, "name", locale)} />
              </span>{" "}
              <EditLink entity="Person" id={role.person.id} />
              <span className="text-muted">
                {" "}
                · <LocalizedName value={localized(role, "title", locale)} />
              </span>
              {role.startOn || role.asOf ? (
                <span className="text-muted">
                  {" "}
                  · <PartialDate value={(role.startOn ?? role.asOf) as string} />
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <RestLink
        href={`${fullHref}#people-heading`}
        label={t("record.allOf", { count: ministry.roles.length })}
        shown={shown.length}
        total={ministry.roles.length}
      />
    </Section>
  );
}
