import { getLocale } from "next-intl/server";
import { StatusBar } from "@/components/status/status-bar";
import { Badge, sideTone } from "@/components/ui/badge";
import { LocalizedName } from "@/components/ui/localized-name";
import { PartialDate } from "@/components/ui/partial-date";
import { formatPartialDate } from "@/lib/dates";
import { localized, sideOrder } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { getTranslations } from "@/lib/i18n/translations";
import type { Locale } from "@/lib/schemas/vocab";
import type { ComparedAgreement } from "@/lib/server/queries/compare-page";
import { countByStatus } from "@/lib/status";
import { type ComparedSource, CompareSources } from "./compare-sources";

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

/** The sources its citations rest on (./compare-sources.tsx draws them). */
export async function Sources({ sources }: { sources: ComparedAgreement["sources"] }) {
  if (sources.length === 0) return <None />;
  const t = await getTranslations("compare");
  const locale = await getLocale();
  const compact = sources.map((s): ComparedSource => {
    const source: ComparedSource = { i: s.id, t: s.title };
    if (s.language) source.l = s.language;
    if (s.publisher) source.p = s.publisher;
    if (s.publishedOn) source.d = [s.publishedOn, formatPartialDate(s.publishedOn, locale)];
    return source;
  });
  return (
    <div className="space-y-1">
      <p className="text-xs text-muted">{t("sourceCount", { count: sources.length })}</p>
      <CompareSources sources={compact} />
    </div>
  );
}
