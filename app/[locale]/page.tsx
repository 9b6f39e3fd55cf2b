import type { Metadata } from "next";
import type { ReactNode } from "react";
import { AgreementCard } from "@/components/agreements/agreement-card";
import { ChangedRecordRow } from "@/components/changes/changed-record-row";
import { StatusBadge } from "@/components/status/status-badge";
import { StatusBar } from "@/components/status/status-bar";
import { TimelineList } from "@/components/timeline/timeline-list";
import { aroundText } from "@/components/ui/isolated";
import { LocalizedName } from "@/components/ui/localized-name";
import { PartialDate } from "@/components/ui/partial-date";
import { Section } from "@/components/ui/section";
import { formatPartialDate, todayIso } from "@/lib/dates";
import { alternatesFor, pageLocale } from "@/lib/i18n/alternates";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { getTranslations } from "@/lib/i18n/translations";
import type { Locale } from "@/lib/schemas/vocab";
import { COMING_UP_DAYS } from "@/lib/server/queries/overview";
import { getOverviewPage, type OverviewPageData } from "@/lib/server/queries/overview-page";

// Cached for everybody, revalidated on every edit (lib/server/cache/revalidate.ts) and at least
// every five minutes (dates such as "coming up" move on): docs/decisions/0006.
export const revalidate = 300;

export async function generateMetadata({ params }: PageProps<"/[locale]">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "meta" });
  // The layout's title template does not apply to its own segment's page.
  return { title: { absolute: `${t("homeTitle")} · ${t("siteName")}` }, alternates: alternatesFor(locale, "/") };
}

function Stat({ href, label, value, detail }: { href: string; label: string; value: ReactNode; detail: ReactNode }) {
  return (
    <Link
      href={href}
      className="group block rounded-lg border border-line bg-white p-4 text-ink no-underline shadow-xs hover:border-accent"
    >
      <p className="text-sm text-muted">{label}</p>
      <p className="mt-1 text-3xl font-semibold tabular-nums group-hover:text-accent">{value}</p>
      <div className="mt-1 text-xs text-muted">{detail}</div>
    </Link>
  );
}

/** What each part of the page is drawn from. */
type View = {
  o: OverviewPageData;
  locale: Locale;
  t: Awaited<ReturnType<typeof getTranslations>>;
  /** This year, as "2025". */
  year: string;
};

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const locale = await pageLocale(params);
  const t = await getTranslations();
  const today = todayIso();
  const o = await getOverviewPage(today);
  const view: View = { o, locale, t, year: today.slice(0, 4) };

  return (
    <div className="space-y-10">
      <header className="max-w-3xl space-y-3">
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{t("home.title")}</h1>
        <Summary {...view} />
        <p className="text-sm text-muted">{t("home.lead")}</p>
      </header>

      <Stats {...view} />

      <div className="grid gap-10 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <Section
          id="coming-up"
          title={t("home.comingUp", { days: COMING_UP_DAYS })}
          more={{ href: "/timeline", label: t("home.toTimeline") }}
        >
          <p className="text-xs text-muted">{t("home.comingUpNote")}</p>
          <TimelineList entries={o.comingUp} today={today} headingLevel={3} />
        </Section>
        <div className="space-y-10">
          <LatestChanges {...view} />
          <LatestUpdates {...view} />
        </div>
      </div>

      <Section
        id="agreements"
        title={t("home.agreementsHeading")}
        more={{ href: "/agreements", label: t("home.toAgreements") }}
      >
        {o.agreements.length === 0 ? (
          <p className="rounded-lg border border-dashed border-line bg-white p-6 text-muted">{t("home.empty")}</p>
        ) : (
          <div className="grid gap-4 md:grid-cols-2 lg:grid-cols-3">
            {o.agreements.slice(0, 6).map((agreement) => (
              <AgreementCard key={agreement.slug} agreement={agreement} />
            ))}
          </div>
        )}
      </Section>
    </div>
  );
}

/**
 * Where the relationship stands in a sentence, drawn from the data (how many
 * agreements, how many in force, the newest), and when the tracker last changed.
 */
function Summary({ o, locale, t }: View) {
  const latest = o.agreements[0];
  const updated = aroundText((date) => t("home.updated", { date }));
  return (
    <div className="space-y-1" data-testid="home-summary">
      <p className="text-lg text-ink">
        {t("home.summaryCount", { count: o.agreementCount, inForce: o.inForce })}{" "}
        {latest?.signedOn
          ? t.rich("home.summaryLatest", {
              date: formatPartialDate(latest.signedOn, locale),
              latest: () => (
                <Link href={`/agreements/${latest.slug}`} className="font-medium">
                  <LocalizedName value={localized(latest, "title", locale)} />
                </Link>
              ),
            })
          : null}
      </p>
      {o.updatedAt ? (
        <p className="text-xs text-muted" data-testid="home-updated">
          {updated[0]}
          <time dateTime={o.updatedAt}>{formatPartialDate(todayIso(new Date(o.updatedAt)), locale)}</time>
          {updated[1]}
        </p>
      ) : null}
    </div>
  );
}

/** The four headline numbers, each a link to where they come from. */
function Stats({ o, locale, t, year }: View) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
      <li>
        <Stat
          href="/agreements"
          label={t("home.statAgreements")}
          value={o.agreementCount}
          detail={t("home.statAgreementsDetail", { inForce: o.inForce, signed: o.signed })}
        />
      </li>
      <li>
        <Stat
          href={`/timeline?kind=meeting&from=${year}&to=${year}`}
          label={t("home.statMeetings", { year })}
          value={o.meetingsThisYear}
          detail={t("home.statMeetingsDetail", { held: o.meetingsHeldThisYear })}
        />
      </li>
      <li>
        <Stat
          href="/status"
          label={t("home.statItems")}
          value={
            <>
              {o.itemTotal - o.itemCounts.not_assessed}
              <span className="text-base font-normal text-muted"> / {o.itemTotal}</span>
            </>
          }
          detail={
            <>
              <StatusBar counts={o.itemCounts} />
              <span className="mt-1 block">
                {t("home.statItemsDetail", {
                  completed: o.itemCounts.completed,
                  notAssessed: o.itemCounts.not_assessed,
                })}
              </span>
            </>
          }
        />
      </li>
      <li>
        <Stat
          href="/dialogues"
          label={t("home.statOverdue")}
          value={o.overdueDialogues.length}
          detail={
            o.overdueDialogues.length > 0
              ? o.overdueDialogues.map((d, i) => (
                  <span key={d.slug}>
                    {i > 0 ? " · " : null}
                    <LocalizedName value={localized(d, "name", locale)} />
                  </span>
                ))
              : t("home.statOverdueNone")
          }
        />
      </li>
    </ul>
  );
}

/** The few records the tracker added or changed last, told apart from when they happened. */
function LatestChanges({ o, locale, t }: View) {
  return (
    <Section
      id="latest-changes"
      title={t("home.latestChanges")}
      more={{ href: "/changes", label: t("home.toChanges") }}
    >
      {o.latestChanges.length === 0 ? (
        <p className="text-sm text-muted">{t("home.noChanges")}</p>
      ) : (
        <ul className="space-y-2 text-sm">
          {o.latestChanges.map((r) => (
            <ChangedRecordRow key={`${r.kind}-${r.key}`} record={r} locale={locale} />
          ))}
        </ul>
      )}
    </Section>
  );
}

/** The latest status updates, newest first. */
function LatestUpdates({ o, locale, t }: View) {
  return (
    <Section id="latest" title={t("home.latest")} more={{ href: "/status", label: t("home.toStatus") }}>
      {o.latestUpdates.length === 0 ? (
        <p className="text-sm text-muted">{t("home.noUpdates")}</p>
      ) : (
        <ul className="space-y-3 text-sm">
          {o.latestUpdates.map((u) => (
            <li key={u.id} className="rounded-md border border-line bg-white p-3">
              <p className="flex flex-wrap items-center gap-2 text-xs text-muted">
                <PartialDate value={u.assessedOn} />
                <StatusBadge status={u.status} />
                <span>{t(`basis.${u.basis}` as "basis.official")}</span>
              </p>
              <p className="mt-1">
                <Link href={`/plans/${u.planItem.plan.slug}#${u.planItem.slug}`}>
                  {u.planItem.number}. <LocalizedName value={localized(u.planItem, "title", locale)} />
                </Link>
              </p>
              <p className="text-xs text-muted">
                <LocalizedName value={localized(u.planItem.plan, "title", locale)} />
              </p>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
