import type { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { DueStateBadge } from "@/components/dialogues/due-state";
import { EditLink } from "@/components/editing/edit-link";
import { NewLink } from "@/components/editing/new-link";
import { FIRST_SCREEN, firstOf, RestLink } from "@/components/records/first-screen";
import { RecordBody, RecordHeader } from "@/components/records/record-layout";
import { type RecordPageView, recordPage } from "@/components/records/record-page";
import { numberCitations } from "@/components/sources/citation-list";
import { markCitations } from "@/components/sources/citation-marks";
import { RecordTimeline } from "@/components/timeline/record-timeline";
import { Badge, sideTone } from "@/components/ui/badge";
import { FallbackMark, LocalizedName } from "@/components/ui/localized-name";
import { PartialDate } from "@/components/ui/partial-date";
import { Fact, Facts, Section } from "@/components/ui/section";
import { localized, localizedOptional } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { htmlLang } from "@/lib/i18n/routing";
import type { Locale } from "@/lib/schemas/vocab";
import { type CitationView, citationsFor } from "@/lib/server/queries/citations";
import type { DialogueDetail } from "@/lib/server/queries/dialogues";
import { getDialoguePage } from "@/lib/server/queries/dialogues-page";

/** A dialogue's page (./page.tsx) and the dialogue in full (./all/page.tsx). */
export const dialoguePage = recordPage("Dialogue", getDialoguePage);

/**
 * What each part of the page is drawn from. The parts are plain functions, called while
 * the page's tree is built, not components: their marks then register before the
 * citation list reads them, even where React sends a large part of the tree as a chunk
 * of its own, rendered later (see CitationNumbers).
 */
type View = {
  dialogue: DialogueDetail;
  locale: Locale;
  t: Awaited<ReturnType<typeof getTranslations>>;
  /** The marks of those of some citations that cite a field (null: the record as a whole). */
  marks: (citations: CitationView[], field: string | null) => ReactNode;
  /** A meeting's name: its number, or "Meeting". */
  meetingLabel: (m: { number: number | null }) => string;
} & Pick<RecordPageView<DialogueDetail>, "full" | "fullHref">;
type MeetingView = View & { m: DialogueDetail["meetings"][number] };

/**
 * A dialogue: its facts, its latest meetings in full and earlier ones a line each (every
 * meeting in full on the dialogue in full), its timeline, and the citations its marks point to.
 */
export function drawDialogue({
  record: dialogue,
  locale,
  t,
  timeline,
  full,
  fullHref,
}: RecordPageView<DialogueDetail>) {
  const drawn = firstOf(dialogue.meetings, FIRST_SCREEN.meetings, full);
  const allCitations = [...dialogue.citations, ...drawn.flatMap((m) => m.citations)];
  const numbers = numberCitations(allCitations, t);
  const meetingLabel = (m: { number: number | null }) =>
    m.number ? t("record.meetingNumber", { number: m.number }) : t("dialogues.meeting");
  const context = new Map(dialogue.meetings.flatMap((m) => m.citations.map((c) => [c.id, meetingLabel(m)] as const)));
  const marks = (citations: typeof allCitations, field: string | null) =>
    markCitations(citationsFor(citations, field), numbers);
  const view: View = { dialogue, locale, t, marks, meetingLabel, full, fullHref };

  return (
    <article className="space-y-8">
      <RecordHeader
        entity="Dialogue"
        record={dialogue}
        field="name"
        locale={locale}
        marks={(field) => marks(dialogue.citations, field === null ? null : "nameEn")}
        badges={
          <>
            <Badge tone="accent">{t(`dialogueFormat.${dialogue.format}` as "dialogueFormat.bilateral")}</Badge>
            <Badge>{t(`dialogueLevel.${dialogue.level}` as "dialogueLevel.minister")}</Badge>
          </>
        }
      />

      <RecordBody citations={allCitations} numbers={numbers} context={context} full={full} fullHref={fullHref}>
        {dialogueFacts(view)}

        {meetings(view)}
        <RecordTimeline timeline={timeline} full={full} fullHref={fullHref} />
      </RecordBody>
    </article>
  );
}

/** The dialogue's cadence, sector, founding agreement, participants and next meeting. */
function dialogueFacts({ dialogue, locale, t, marks }: View) {
  const none = <span className="text-muted">{t("record.notStated")}</span>;
  return (
    <Section id="facts" title={t("record.keyFacts")}>
      <Facts>
        <Fact label={t("fields.cadence")}>
          {t(`cadence.${dialogue.cadence}` as "cadence.annual")}
          {marks(dialogue.citations, "cadence")}
        </Fact>
        <Fact label={t("dialogues.next")}>
          <DueStateBadge due={dialogue.due} />
          {"after" in dialogue.due ? (
            <p className="mt-1 text-xs text-muted">
              {t("dialogues.dueReason", { cadence: t(`cadence.${dialogue.cadence}` as "cadence.annual") })}{" "}
              <PartialDate value={dialogue.due.after} />
            </p>
          ) : null}
        </Fact>
        <Fact label={t("fields.sector")}>
          <LocalizedName value={localized(dialogue.sector, "name", locale)} />
        </Fact>
        <Fact label={t("fields.agreement")}>
          {dialogue.agreement ? (
            <Link href={`/agreements/${dialogue.agreement.slug}`}>
              <LocalizedName value={localized(dialogue.agreement, "title", locale)} />
            </Link>
          ) : (
            none
          )}
          {marks(dialogue.citations, "agreement")}
        </Fact>
        <Fact label={t("dialogues.participants")}>
          {dialogue.participants.length === 0 ? (
            none
          ) : (
            <ul className="space-y-1">
              {dialogue.participants.map(({ ministry: m }) => (
                <li key={m.slug} className="flex items-baseline gap-2">
                  <Badge tone={sideTone(m.side)}>{t(`side.${m.side}` as "side.KR")}</Badge>
                  <Link href={`/ministries/${m.slug}`}>
                    <LocalizedName value={localized(m, "name", locale)} />
                  </Link>
                </li>
              ))}
            </ul>
          )}
          {marks(dialogue.citations, "participants")}
        </Fact>
      </Facts>
    </Section>
  );
}

/**
 * The dialogue's meetings, newest first, each with its anchor: the latest in full, earlier
 * ones a line each linking to them on the dialogue in full (every one in full there).
 */
function meetings(view: View) {
  const { dialogue, t, full, fullHref } = view;
  const drawn = firstOf(dialogue.meetings, FIRST_SCREEN.meetings, full);
  const rest = dialogue.meetings.slice(drawn.length);
  return (
    <Section
      id="meetings"
      title={t("dialogues.meetings")}
      aside={<NewLink entity="Meeting" with={{ dialogueId: dialogue.id }} />}
    >
      {dialogue.meetings.length === 0 ? (
        <p className="text-sm text-muted">{t("dialogues.noMeetings")}</p>
      ) : (
        <ol className="space-y-4">{drawn.map((m) => meeting({ ...view, m }))}</ol>
      )}
      {rest.length > 0 ? (
        <>
          <h3 className="rest-h">{t("record.olderMeetings")}</h3>
          <ul className="rest-l">
            {rest.map((m) => (
              <li key={m.slug} id={m.slug} data-testid="meeting">
                <Link href={`${fullHref}#${m.slug}`}>{view.meetingLabel(m)}</Link>
                {m.heldOn ? (
                  <>
                    {" · "}
                    <PartialDate value={m.heldOn} inferred={m.heldInferred} reasoning={m.heldReasoning} />
                  </>
                ) : null}
                {m.status === "held" ? null : ` · ${t(`meetingStatus.${m.status}` as "meetingStatus.held")}`}
              </li>
            ))}
          </ul>
          <RestLink
            href={`${fullHref}#meetings-heading`}
            label={t("record.allMeetings", { count: dialogue.meetings.length })}
            shown={drawn.length}
            total={dialogue.meetings.length}
          />
        </>
      ) : null}
    </Section>
  );
}

/**
 * One meeting: when and where it was held, who took part, its agenda, outcomes and
 * reviews; what no source states is named on one line. Styled from .mtg (app/globals.css).
 */
function meeting(view: MeetingView) {
  const { m, locale, t, marks, meetingLabel } = view;
  const place = localizedOptional(m, "place", locale);
  const agenda = localizedOptional(m, "agenda", locale);
  const outcomes = localizedOptional(m, "outcomes", locale);
  const missing = [m.heldOn ? null : t("fields.heldOn"), place ? null : t("fields.placeEn")].filter(
    (f): f is string => f !== null,
  );
  return (
    <li id={m.slug} className="mtg" data-testid="meeting">
      <div>
        <h3>
          {meetingLabel(m)}
          {marks(m.citations, "number")}
        </h3>
        <EditLink entity="Meeting" id={m.id} />
        <Badge tone={m.status === "held" ? "neutral" : "accent"}>
          {t(`meetingStatus.${m.status}` as "meetingStatus.held")}
        </Badge>
      </div>
      <dl>
        {m.heldOn ? (
          <>
            <dt>{t("fields.heldOn")}</dt>
            <dd>
              <PartialDate value={m.heldOn} inferred={m.heldInferred} reasoning={m.heldReasoning} />
              {marks(m.citations, "heldOn")}
            </dd>
          </>
        ) : null}
        {place ? (
          <>
            <dt>{t("fields.placeEn")}</dt>
            <dd lang={htmlLang(place.lang)}>
              {place.text}
              {marks(m.citations, "placeEn")}
            </dd>
          </>
        ) : null}
        {m.participants.length > 0 ? participants(view) : null}
        {agenda ? (
          <>
            <dt>{t("fields.agendaEn")}</dt>
            <dd lang={htmlLang(agenda.lang)}>
              {agenda.text}
              <FallbackMark value={agenda} />
              {marks(m.citations, "agendaEn")}
            </dd>
          </>
        ) : null}
        {outcomes ? (
          <>
            <dt>{t("fields.outcomesEn")}</dt>
            <dd lang={htmlLang(outcomes.lang)}>
              {outcomes.text}
              <FallbackMark value={outcomes} />
              {marks(m.citations, "outcomesEn")}
            </dd>
          </>
        ) : null}
        {m.reviews.length > 0 ? (
          <>
            <dt>{t("fields.reviews")}</dt>
            <dd>
              <ul>
                {m.reviews.map((r) => (
                  <li key={r.id}>
                    {r.agreement ? (
                      <Link href={`/agreements/${r.agreement.slug}`}>
                        <LocalizedName value={localized(r.agreement, "title", locale)} />
                      </Link>
                    ) : r.plan ? (
                      <Link href={`/plans/${r.plan.slug}`}>
                        <LocalizedName value={localized(r.plan, "title", locale)} />
                      </Link>
                    ) : null}
                    {r.noteEn ? <span> · {r.noteEn}</span> : null}
                  </li>
                ))}
              </ul>
              {marks(m.citations, "reviews")}
            </dd>
          </>
        ) : null}
      </dl>
      {missing.length > 0 ? (
        <p className="ns">
          {t("record.notStatedList", { fields: new Intl.ListFormat(locale, { type: "conjunction" }).format(missing) })}
        </p>
      ) : null}
    </li>
  );
}

/** A meeting's participants, each with their role at the time. */
function participants({ m, locale, t, marks }: MeetingView) {
  return (
    <>
      <dt>{t("fields.participants")}</dt>
      <dd>
        <ul>
          {m.participants.map((p) => {
            const role = p.person.roles[0];
            return (
              <li key={p.person.slug}>
                <b>
                  <LocalizedName value={localized(p.person, "name", locale)} />
                </b>{" "}
                <EditLink entity="Person" id={p.person.id} />
                {role ? (
                  <span>
                    {" "}
                    · <LocalizedName value={localized(role, "title", locale)} />
                    {role.ministry ? `, ${localized(role.ministry, "name", locale).text}` : ""}
                  </span>
                ) : null}
              </li>
            );
          })}
        </ul>
        {marks(m.citations, "participants")}
      </dd>
    </>
  );
}
