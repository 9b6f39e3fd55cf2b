import { getLocale } from "next-intl/server";
import { Field, inputClass } from "@/components/ui/form-controls";
import { Select } from "@/components/ui/select";
import { localized } from "@/lib/i18n/localized";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { getTranslations } from "@/lib/i18n/translations";
import { AGREEMENT_SORTS, type AgreementFilters } from "@/lib/schemas/agreement-filters";
import { AGREEMENT_KINDS, AGREEMENT_STATUSES, type Locale, SIDES } from "@/lib/schemas/vocab";
import type { listAgreementFacets } from "@/lib/server/queries/agreements";

type Facets = Awaited<ReturnType<typeof listAgreementFacets>>;
type Props = { filters: AgreementFilters; facets: Facets };
type T = Awaited<ReturnType<typeof getTranslations>>;

/**
 * The search and filter form: a plain GET form, so it works without JavaScript and
 * every state is a shareable URL.
 */
export async function AgreementFilterForm({ filters, facets }: { filters: AgreementFilters; facets: Facets }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations();
  const action = getPathname({ href: "/agreements", locale });

  return (
    <search>
      <form method="get" action={action} className="space-y-4 rounded-lg border border-line bg-white p-4">
        <div className="flex gap-2">
          <label htmlFor="q" className="sr-only">
            {t("agreements.search")}
          </label>
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={filters.q ?? ""}
            maxLength={200}
            placeholder={t("agreements.searchPlaceholder")}
            className={`${inputClass} py-2 text-base`}
          />
          <button
            type="submit"
            className="shrink-0 rounded-md bg-accent px-4 py-2 font-medium text-white hover:bg-accent-strong"
          >
            {t("agreements.search")}
          </button>
        </div>
        <Filters filters={filters} facets={facets} locale={locale} t={t} />
        <div className="flex flex-wrap items-center gap-3">
          <button
            type="submit"
            className="rounded-md border border-accent px-3 py-1.5 text-sm font-medium text-accent hover:bg-accent-soft"
          >
            {t("agreements.apply")}
          </button>
          <Link href="/agreements" className="text-sm">
            {t("agreements.clear")}
          </Link>
        </div>
      </form>
    </search>
  );
}

/** The filters: sector, topic, ministry, side, kind, status, years signed and the order. */
function Filters({ filters, facets, locale, t }: Props & { locale: Locale; t: T }) {
  const name = (r: { nameEn: string; nameKo?: string | null; nameZh?: string | null }) => localized(r, "name", locale);
  const sortLabel = {
    relevance: t("agreements.sortRelevance"),
    date: t("agreements.sortDate"),
    title: t("agreements.sortTitle"),
  };
  return (
    <fieldset className="grid grid-cols-2 gap-3 md:grid-cols-4">
      <legend className="sr-only">{t("agreements.filters")}</legend>
      <Field id="f-sector" label={t("agreements.sector")}>
        <Select
          id="f-sector"
          name="sector"
          value={filters.sector}
          anyLabel={t("agreements.any")}
          options={facets.sectors.map((s) => ({ value: s.slug, label: name(s).text, lang: name(s).lang }))}
        />
      </Field>
      <Field id="f-topic" label={t("agreements.topic")}>
        <Select
          id="f-topic"
          name="topic"
          value={filters.topic}
          anyLabel={t("agreements.any")}
          options={facets.sectors
            .filter((s) => s.topics.length > 0)
            .map((s) => ({
              group: name(s).text,
              options: s.topics.map((topic) => ({
                value: topic.slug,
                label: name(topic).text,
                lang: name(topic).lang,
              })),
            }))}
        />
      </Field>
      <Field id="f-ministry" label={t("agreements.ministry")}>
        <Select
          id="f-ministry"
          name="ministry"
          value={filters.ministry[0]}
          anyLabel={t("agreements.any")}
          options={SIDES.map((side) => ({
            group: t(`side.${side}`),
            options: facets.ministries
              .filter((m) => m.side === side)
              .map((m) => ({ value: m.slug, label: name(m).text, lang: name(m).lang })),
          })).filter((g) => g.options.length > 0)}
        />
      </Field>
      {filters.ministry.slice(1).map((slug) => (
        <input key={slug} type="hidden" name="ministry" value={slug} />
      ))}
      <Field id="f-side" label={t("agreements.side")}>
        <Select
          id="f-side"
          name="side"
          value={filters.side}
          anyLabel={t("agreements.any")}
          options={SIDES.map((s) => ({ value: s, label: t(`side.${s}`) }))}
        />
      </Field>
      <Field id="f-kind" label={t("agreements.kind")}>
        <Select
          id="f-kind"
          name="kind"
          value={filters.kind}
          anyLabel={t("agreements.any")}
          options={AGREEMENT_KINDS.map((k) => ({ value: k, label: t(`agreementKind.${k}`) }))}
        />
      </Field>
      <Field id="f-status" label={t("agreements.status")}>
        <Select
          id="f-status"
          name="status"
          value={filters.status}
          anyLabel={t("agreements.any")}
          options={AGREEMENT_STATUSES.map((s) => ({ value: s, label: t(`agreementStatus.${s}`) }))}
        />
      </Field>
      <SignedYears filters={filters} facets={facets} t={t} />
      <Field id="f-sort" label={t("agreements.sort")}>
        <Select
          id="f-sort"
          name="sort"
          value={filters.sort}
          anyLabel={filters.q ? sortLabel.relevance : sortLabel.date}
          options={AGREEMENT_SORTS.map((s) => ({ value: s, label: sortLabel[s] }))}
        />
      </Field>
    </fieldset>
  );
}

/** The years signed, from and to, with the years the agreements span as placeholders. */
function SignedYears({ filters, facets, t }: Props & { t: T }) {
  return (
    <div className="grid grid-cols-2 gap-2">
      <Field id="f-from" label={t("agreements.signedFrom")}>
        <input
          id="f-from"
          name="from"
          type="number"
          inputMode="numeric"
          min={1900}
          max={2100}
          placeholder={facets.minYear ? String(facets.minYear) : ""}
          defaultValue={filters.from ?? ""}
          className={inputClass}
        />
      </Field>
      <Field id="f-to" label={t("agreements.signedTo")}>
        <input
          id="f-to"
          name="to"
          type="number"
          inputMode="numeric"
          min={1900}
          max={2100}
          placeholder={facets.maxYear ? String(facets.maxYear) : ""}
          defaultValue={filters.to ?? ""}
          className={inputClass}
        />
      </Field>
    </div>
  );
}
