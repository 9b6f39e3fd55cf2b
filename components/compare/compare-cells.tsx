import { getLocale, getTranslations } from "next-intl/server";
import { StatusBar } from "@/components/status/status-bar";
import { Badge, sideTone } from "@/components/ui/badge";
import { LocalizedName } from "@/components/ui/localized-name";
import { PartialDate } from "@/components/ui/partial-date";
import { localized, sideOrder } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { htmlLang } from "@/lib/i18n/routing";
import type { Locale } from "@/lib/schemas/vocab";
import type { ComparedAgreement } from "@/lib/server/queries/compare-page";
import { countByStatus } from "@/lib/status";

/**
 * The cells of /compare: each shows one aspect of one agreement, names in the
 * reader's language through LocalizedName, "None recorded" where there is nothing.
 */

async function None() {
  const t = await getTranslations("compare");
  return <span className="text-muted">{t("none")}</span>;
}

/** Signatories by side, in the reader's order (Korea–China, or 中韩 in Chinese). */
export async function Signatories({ bodies }: { bodies: ComparedAgreement["signatories"] }) {
  if (bodies.length === 0) return <None />;
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("side");
  const order: readonly string[] = sideOrder(locale);
  const rank = (side: string) => (order.includes(side) ? order.indexOf(side) : order.length);
  const sorted = [...bodies].sort((a, b) => rank(a.side) - rank(b.side));
  return (
    <ul className="space-y-1">
      {sorted.map((body) => (
        <li key={body.slug} className="flex items-baseline gap-1.5">
          <Badge tone={sideTone(body.side)}>{t(body.side as "KR")}</Badge>
          <Link href={`/ministries/${body.slug}`} className="min-w-0">
            <LocalizedName value={localized(body, "name", locale)} />
          </Link>
        </li>
      ))}
    </ul>
  );
}

type NamedRecord = { slug: string; nameEn: string; nameKo: string | null; nameZh: string | null; translated: string };

/** Sectors or topics as chips, each a link to the agreements list filtered by it. */
export async function Tags({ records, href }: { records: readonly NamedRecord[]; href: (slug: string) => string }) {
  if (records.length === 0) return <None />;
  const locale = (await getLocale()) as Locale;
  return (
    <ul className="flex flex-wrap gap-1">
      {records.map((r) => (
        <li key={r.slug}>
          <Link
            href={href(r.slug)}
            className="block rounded-full border border-line bg-white px-2 py-1 text-xs text-ink no-underline hover:border-accent"
          >
            <LocalizedName value={localized(r, "name", locale)} />
          </Link>
        </li>
      ))}
    </ul>
  );
}

type LineageLink = ComparedAgreement["followers"][number];

/** The agreement it continues (with how) or those that continue it, each with its date. */
export async function Lineage({ links, relation }: { links: readonly LineageLink[]; relation: string | null }) {
  if (links.length === 0) return <None />;
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("lineageRelation");
  return (
    <ul className="space-y-1.5">
      {links.map((link) => {
        const name = <LocalizedName value={localized(link, "title", locale)} />;
        return (
          <li key={link.slug}>
            {link.archivedAt ? name : <Link href={`/agreements/${link.slug}`}>{name}</Link>}
            <span className="block text-xs text-muted">
              {link.signedOn ? <PartialDate value={link.signedOn} /> : null}
              {link.signedOn && relation ? " · " : null}
              {relation ? t(relation as "updates") : null}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/** Each plan carrying the agreement out, its period and its items by status. */
export async function Plans({ plans }: { plans: ComparedAgreement["plans"] }) {
  if (plans.length === 0) return <None />;
  const locale = (await getLocale()) as Locale;
  return (
    <ul className="space-y-2.5">
      {plans.map((plan) => (
        <li key={plan.slug} className="space-y-1">
          <Link href={`/plans/${plan.slug}`} className="font-medium">
            <LocalizedName value={localized(plan, "title", locale)} />
          </Link>
          {plan.startOn ? (
            <span className="block text-xs text-muted">
              <PartialDate value={plan.startOn} />
              {plan.endOn ? (
                <>
                  {" – "}
                  <PartialDate value={plan.endOn} />
                </>
              ) : null}
            </span>
          ) : null}
          <StatusBar counts={countByStatus(plan.items)} />
        </li>
      ))}
    </ul>
  );
}

/** The dialogues it set up and those whose meetings reviewed it. */
export async function Dialogues({ dialogues }: { dialogues: ComparedAgreement["dialogues"] }) {
  if (dialogues.length === 0) return <None />;
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("compare");
  return (
    <ul className="space-y-1.5">
      {dialogues.map((d) => (
        <li key={d.slug}>
          <Link href={`/dialogues/${d.slug}`}>
            <LocalizedName value={localized(d, "name", locale)} />
          </Link>
          <span className="block text-xs text-muted">{d.established ? t("established") : t("reviewed")}</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * The sources its citations rest on: on screen each title links to the source's page
 * with its publisher and date; on paper only publisher and date, run together, so a
 * comparison still fits one sheet (the titles are one click away on each page).
 */
export async function Sources({ sources }: { sources: ComparedAgreement["sources"] }) {
  if (sources.length === 0) return <None />;
  const t = await getTranslations("compare");
  return (
    <div className="space-y-1">
      <p className="text-xs text-muted">{t("sourceCount", { count: sources.length })}</p>
      <ol className="compare-sources list-decimal space-y-1 pl-4 text-xs print:hidden">
        {sources.map((s) => (
          <li key={s.id}>
            <Link href={`/sources/${s.id}`} lang={htmlLang(s.language)} className="line-clamp-2">
              {s.title}
            </Link>
            <SourceByline source={s} />
          </li>
        ))}
      </ol>
      <p className="hidden text-xs print:block">
        {sources.map((s, i) => (
          <span key={s.id}>
            {i > 0 ? "; " : null}
            <SourceByline source={s} print />
          </span>
        ))}
      </p>
    </div>
  );
}

/** Who published a source and when, as far as known; on paper the title stands in for an unknown publisher. */
function SourceByline({ source, print = false }: { source: ComparedAgreement["sources"][number]; print?: boolean }) {
  if (print && !source.publisher) {
    return <span lang={htmlLang(source.language)}>{source.title}</span>;
  }
  return (
    <span className="text-muted">
      {source.publisher ?? null}
      {source.publisher && source.publishedOn ? " · " : null}
      {source.publishedOn ? <PartialDate value={source.publishedOn} /> : null}
    </span>
  );
}
