import { getLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { LocalizedName } from "@/components/ui/localized-name";
import { PartialDate } from "@/components/ui/partial-date";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { getTranslations } from "@/lib/i18n/translations";
import { toQueryString } from "@/lib/schemas/search-params";
import type { Locale } from "@/lib/schemas/vocab";
import type { ComparedAgreement } from "@/lib/server/queries/compare-page";
import { Dialogues, Lineage, Plans, Signatories, Sources, Tags } from "./compare-cells";

type T = Awaited<ReturnType<typeof getTranslations<"compare">>>;

/** One aspect of the agreements: its label and how a cell shows it for one agreement. */
type Aspect = { key: string; label: string; cell: (a: ComparedAgreement) => ReactNode };

/** The narrowest the table may get before it scrolls inside its region: a label column and a column per agreement. */
const MIN_WIDTH: Record<number, string> = { 2: "min-w-[36rem]", 3: "min-w-[50rem]", 4: "min-w-[64rem]" };

function dated(t: T, value: string | null, inferred: boolean, reasoning: string | null) {
  return value ? (
    <PartialDate value={value} inferred={inferred} reasoning={reasoning} />
  ) : (
    <span className="text-muted">{t("notStated")}</span>
  );
}

async function aspects(): Promise<Aspect[]> {
  const t = await getTranslations("compare");
  const words = await getTranslations();
  const row = (key: string, cell: Aspect["cell"]): Aspect => ({ key, label: t(`rows.${key}` as "rows.kind"), cell });
  return [
    row("kind", (a) => <Badge tone="accent">{words(`agreementKind.${a.kind}` as "agreementKind.mou")}</Badge>),
    row("status", (a) => <Badge>{words(`agreementStatus.${a.status}` as "agreementStatus.signed")}</Badge>),
    row("signedOn", (a) => dated(t, a.signedOn, a.signedInferred, a.signedReasoning)),
    row("effectiveOn", (a) => dated(t, a.effectiveOn, a.effectiveInferred, a.effectiveReasoning)),
    row("expiresOn", (a) => dated(t, a.expiresOn, a.expiresInferred, a.expiresReasoning)),
    row("signatories", (a) => <Signatories bodies={a.signatories} />),
    row("sectors", (a) => <Tags records={a.sectors} href={(slug) => `/agreements?sector=${slug}`} />),
    row("topics", (a) => <Tags records={a.topics} href={(slug) => `/agreements?topic=${slug}`} />),
    row("continues", (a) => <Lineage links={a.previous ? [a.previous] : []} relation={a.relation} />),
    row("continuedBy", (a) => <Lineage links={a.followers} relation={null} />),
    row("plans", (a) => <Plans plans={a.plans} />),
    row("dialogues", (a) => <Dialogues dialogues={a.dialogues} />),
    row("sources", (a) => <Sources sources={a.sources} />),
  ];
}

/** The agreements as columns, the aspects as rows: the same aspect reads across. */
export async function CompareTable({ agreements }: { agreements: readonly ComparedAgreement[] }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("compare");
  const rows = await aspects();
  return (
    <>
      <p className="no-print text-xs text-muted md:hidden">{t("scrollHint")}</p>
      <section
        aria-labelledby="compare-caption"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls sideways (a phone) must take focus so keyboards can scroll it
        tabIndex={0}
        data-testid="compare-region"
        className="compare-scroll overflow-x-auto rounded-lg border border-line bg-white"
      >
        <table
          className={`compare-table w-full table-fixed border-collapse text-sm ${MIN_WIDTH[agreements.length] ?? ""}`}
        >
          <caption id="compare-caption" className="sr-only">
            {t("tableCaption", { count: agreements.length })} · {t("region")}
          </caption>
          <colgroup>
            <col className="compare-label-col w-24 sm:w-40" />
            {agreements.map((a) => (
              <col key={a.slug} />
            ))}
          </colgroup>
          <thead>
            <tr className="border-b border-line bg-paper align-top">
              <td className="compare-label sticky left-0 z-10 bg-paper px-3 py-3" />
              {agreements.map((a) => (
                <AgreementHead key={a.slug} agreement={a} all={agreements} locale={locale} />
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {rows.map((r) => (
              <tr key={r.key} className="align-top" data-aspect={r.key}>
                <th scope="row" className="compare-label cmp-th">
                  {r.label}
                </th>
                {agreements.map((a) => (
                  <td key={a.slug} className="cmp-td" data-agreement={a.slug}>
                    {r.cell(a)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}

/** An agreement's column heading: its title, and a link to the comparison without it (while two would remain). */
async function AgreementHead({
  agreement,
  all,
  locale,
}: {
  agreement: ComparedAgreement;
  all: readonly ComparedAgreement[];
  locale: Locale;
}) {
  const t = await getTranslations("compare");
  const title = localized(agreement, "title", locale);
  const others = all.filter((a) => a.slug !== agreement.slug).map((a) => a.slug);
  return (
    <th scope="col" className="px-3 py-3 text-left text-sm font-semibold" data-testid="compare-column">
      <Link href={`/agreements/${agreement.slug}`} className="text-ink hover:text-accent">
        <LocalizedName value={title} />
      </Link>
      {others.length >= 2 ? (
        <Link
          href={`/compare${toQueryString({ a: others })}`}
          title={t("removeTitle", { title: title.text })}
          className="no-print mt-1 block text-xs font-normal text-muted"
        >
          {t("remove")}
        </Link>
      ) : null}
    </th>
  );
}
