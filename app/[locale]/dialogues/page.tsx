import { getTranslations } from "next-intl/server";
import { DueStateBadge } from "@/components/dialogues/due-state";
import { NewLink } from "@/components/editing/new-link";
import { Badge, sideTone } from "@/components/ui/badge";
import { FallbackMark, LocalizedName } from "@/components/ui/localized-name";
import { PageHeader } from "@/components/ui/page-header";
import { PartialDate } from "@/components/ui/partial-date";
import { pageLocale, sectionMetadata } from "@/lib/i18n/alternates";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { htmlLang } from "@/lib/i18n/routing";
import { getDialoguesPage } from "@/lib/server/queries/dialogues-page";

// Cached for everybody, revalidated on every edit (lib/server/cache/revalidate.ts) and at least
// every five minutes (dates such as "coming up" move on): docs/decisions/0006.
export const revalidate = 300;

export const generateMetadata = sectionMetadata("dialogues", "/dialogues");

export default async function DialoguesPage({ params }: PageProps<"/[locale]/dialogues">) {
  const locale = await pageLocale(params);
  const t = await getTranslations();
  const dialogues = await getDialoguesPage();

  return (
    <div className="space-y-8">
      <PageHeader title={t("dialogues.title")} lead={t("dialogues.lead")}>
        <NewLink entity="Dialogue" />
      </PageHeader>
      <ul className="grid gap-4 md:grid-cols-2">
        {dialogues.map((d) => {
          const name = localized(d, "name", locale);
          const lastHeld = d.meetings.find((m) => m.status === "held");
          return (
            <li key={d.slug} className="card" data-testid="dialogue-card">
              <div className="row-badges">
                <Badge tone="accent">{t(`dialogueFormat.${d.format}` as "dialogueFormat.bilateral")}</Badge>
                <Badge>{t(`dialogueLevel.${d.level}` as "dialogueLevel.minister")}</Badge>
                <Badge>{t(`cadence.${d.cadence}` as "cadence.annual")}</Badge>
              </div>
              <h2 className="card-title" lang={htmlLang(name.lang)}>
                <Link href={`/dialogues/${d.slug}`}>
                  {name.text}
                  <FallbackMark value={name} />
                </Link>
              </h2>
              <dl className="facts">
                <dt>{t("dialogues.sector")}</dt>
                <dd>
                  <LocalizedName value={localized(d.sector, "name", locale)} />
                </dd>
                <dt>{t("dialogues.meetings")}</dt>
                <dd>
                  {t("dialogues.meetingCount", { count: d.meetings.length })}
                  {lastHeld?.heldOn ? (
                    <span className="text-muted">
                      {" "}
                      · {t("dialogues.lastHeld")}{" "}
                      <PartialDate value={lastHeld.heldOn} inferred={lastHeld.heldInferred} brief />
                    </span>
                  ) : null}
                </dd>
                <dt>{t("dialogues.next")}</dt>
                <dd>
                  <DueStateBadge due={d.due} />
                </dd>
                {d.participants.length > 0 ? (
                  <>
                    <dt>{t("dialogues.participants")}</dt>
                    <dd className="chips">
                      {d.participants.map(({ ministry: m }) => (
                        <Link key={m.slug} href={`/ministries/${m.slug}`}>
                          <Badge tone={sideTone(m.side)}>{m.abbreviation ?? localized(m, "name", locale).text}</Badge>
                        </Link>
                      ))}
                    </dd>
                  </>
                ) : null}
              </dl>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
