import type { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { DueStateBadge } from "@/components/dialogues/due-state";
import { EditLink } from "@/components/editing/edit-link";
import { NewLink } from "@/components/editing/new-link";
import { RecordBody, RecordHeader } from "@/components/records/record-layout";
import { recordPage } from "@/components/records/record-page";
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

// Cached for everybody once first asked for (none at build time: there are thousands),
// revalidated on every edit and at least every five minutes: docs/decisions/0006.
export const revalidate = 300;

const page = recordPage("Dialogue", getDialoguePage);
export const generateMetadata = page.generateMetadata;
export const generateStaticParams = page.generateStaticParams;

/** What each part of the page is drawn from. */
type View = {
  dialogue: DialogueDetail;
  locale: Locale;
  t: Awaited<ReturnType<typeof getTranslations>>;
  /** The marks of those of some citations that cite a field (null: the record as a whole). */
  marks: (citations: CitationView[], field: string | null) => ReactNode;
  /** A meeting's name: its number, or "Meeting". */
  meetingLabel: (m: { number: number | null }) => string;
};
type MeetingView = View & { m: DialogueDetail["meetings"][number] };

export default async function DialoguePage({ params }: PageProps<"/[locale]/dialogues/[slug]">) {
  return page.render(params, async ({ record: dialogue, locale, t, timeline }) => {
    const allCitations = [...dialogue.citations, ...dialogue.meetings.flatMap((m) => m.citations)];
    const numbers = numberCitations(allCitations, t);
    const meetingLabel = (m: { number: number | null }) =>
      m.number ? t("record.meetingNumber", { number: m.number }) : t("dialogues.meeting");
    const context = new Map(dialogue.meetings.flatMap((m) => m.citations.map((c) => [c.id, meetingLabel(m)] as const)));
    const marks = (citations: typeof allCitations, field: string | null) =>
      markCitations(citationsFor(citations, field), numbers);
    const view: View = { dialogue, locale, t, marks, meetingLabel };

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

        <RecordBody citations={allCitations} numbers={numbers} context={context}>
          <DialogueFacts {...view} />

          <Meetings {...view} />
          <RecordTimeline timeline={timeline} />
        </RecordBody>
      </article>
    );
  });
}

/** The dialogue's cadence, sector, founding agreement, participants and next meeting. */
function DialogueFacts({ dialogue, locale, t, marks }: View) {
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

/** Every meeting of the dialogue, each with its anchor. */
function Meetings(view: View) {
  const { dialogue, t } = view;
  return (
    <Section
      id="meetings"
      title={t("dialogues.meetings")}
      aside={<NewLink entity="Meeting" with={{ dialogueId: dialogue.id }} />}
    >
      {dialogue.meetings.length === 0 ? (
        <p className="text-sm text-muted">{t("dialogues.noMeetings")}</p>
      ) : (
        <ol className="space-y-4">
          {dialogue.meetings.map((m) => (
            <Meeting key={m.slug} m={m} {...view} />
          ))}
        </ol>
      )}
    </Section>
  );
}

/** One meeting: when and where it was held, who took part, its agenda, outcomes and reviews. */
function Meeting(view: MeetingView) {
  const { m, locale, t, marks, meetingLabel } = view;
  const place = localizedOptional(m, "place", locale);
  const agenda = localizedOptional(m, "agenda", locale);
  const outcomes = localizedOptional(m, "outcomes", locale);
  const none = <span className="text-muted">{t("record.notStated")}</span>;
  return (
    <li
      id={m.slug}
      className="scroll-mt-24 rounded-lg border border-line bg-white p-4 target:ring-2 target:ring-accent"
      data-testid="meeting"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="font-semibold">
          {meetingLabel(m)}
          {marks(m.citations, "number")}
        </h3>
        <span className="flex items-baseline gap-3">
          <EditLink entity="Meeting" id={m.id} />
          <Badge tone={m.status === "held" ? "neutral" : "accent"}>
            {t(`meetingStatus.${m.status}` as "meetingStatus.held")}
          </Badge>
        </span>
      </div>
      <dl className="mt-2 grid gap-x-4 gap-y-1.5 text-sm sm:grid-cols-[8rem_1fr]">
        <dt className="text-muted">{t("fields.heldOn")}</dt>
        <dd>
          {m.heldOn ? <PartialDate value={m.heldOn} inferred={m.heldInferred} reasoning={m.heldReasoning} /> : none}
          {marks(m.citations, "heldOn")}
        </dd>
        <dt className="text-muted">{t("fields.placeEn")}</dt>
        <dd lang={htmlLang(place?.lang)}>
          {place ? place.text : none}
          {marks(m.citations, "placeEn")}
        </dd>
        {m.participants.length > 0 ? <Participants {...view} /> : null}
        {agenda ? (
          <>
            <dt className="text-muted">{t("fields.agendaEn")}</dt>
            <dd lang={htmlLang(agenda.lang)}>
              {agenda.text}
              <FallbackMark value={agenda} />
              {marks(m.citations, "agendaEn")}
            </dd>
          </>
        ) : null}
        {outcomes ? (
          <>
            <dt className="text-muted">{t("fields.outcomesEn")}</dt>
            <dd lang={htmlLang(outcomes.lang)}>
              {outcomes.text}
              <FallbackMark value={outcomes} />
              {marks(m.citations, "outcomesEn")}
            </dd>
          </>
        ) : null}
        {m.reviews.length > 0 ? (
          <>
            <dt className="text-muted">{t("fields.reviews")}</dt>
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
                    {r.noteEn ? <span className="text-muted"> · {r.noteEn}</span> : null}
                  </li>
                ))}
              </ul>
              {marks(m.citations, "reviews")}
            </dd>
          </>
        ) : null}
      </dl>
    </li>
  );
}

/** A meeting's participants, each with their role at the time. */
function Participants({ m, locale, t, marks }: MeetingView) {
  return (
    <>
      <dt className="text-muted">{t("fields.participants")}</dt>
      <dd>
        <ul>
          {m.participants.map((p) => {
            const role = p.person.roles[0];
            return (
              <li key={p.person.slug}>
                <span className="font-medium">
                  <LocalizedName value={localized(p.person, "name", locale)} />
                </span>{" "}
                <EditLink entity="Person" id={p.person.id} />
                {role ? (
                  <span className="text-muted">
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
