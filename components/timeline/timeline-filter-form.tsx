import { getLocale } from "next-intl/server";
import { Field, inputClass } from "@/components/ui/form-controls";
import { Select } from "@/components/ui/select";
import { localized } from "@/lib/i18n/localized";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { getTranslations } from "@/lib/i18n/translations";
import type { TimelineFilters } from "@/lib/schemas/timeline-filters";
import { type Locale, SIDES } from "@/lib/schemas/vocab";
import { TIMELINE_KINDS, type TimelineOrder } from "@/lib/timeline";

type Sector = { slug: string; nameEn: string; nameKo: string | null; nameZh: string | null };

/** The timeline's filters and order: a plain GET form, so every view is a shareable URL. */
export async function TimelineFilterForm({
  filters,
  order,
  sectors,
}: {
  filters: TimelineFilters;
  order: TimelineOrder;
  sectors: readonly Sector[];
}) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations();
  return (
    <form
      method="get"
      action={getPathname({ href: "/timeline", locale })}
      className="no-print grid grid-cols-2 items-end gap-3 rounded-lg border border-line bg-white p-4 sm:grid-cols-3 lg:grid-cols-7"
    >
      <Field id="t-sector" label={t("timeline.track")}>
        <Select
          id="t-sector"
          name="sector"
          value={filters.sector}
          anyLabel={t("agreements.any")}
          options={sectors.map((s) => ({ value: s.slug, label: localized(s, "name", locale).text }))}
        />
      </Field>
      <Field id="t-side" label={t("agreements.side")}>
        <Select
          id="t-side"
          name="side"
          value={filters.side}
          anyLabel={t("agreements.any")}
          options={SIDES.map((s) => ({ value: s, label: t(`side.${s}`) }))}
        />
      </Field>
      <Field id="t-kind" label={t("timeline.kind")}>
        <Select
          id="t-kind"
          name="kind"
          value={filters.kind}
          anyLabel={t("agreements.any")}
          options={TIMELINE_KINDS.map((k) => ({ value: k, label: t(`timeline.kinds.${k}`) }))}
        />
      </Field>
      {(["from", "to"] as const).map((bound) => (
        <Field key={bound} id={`t-${bound}`} label={t(`timeline.${bound}`)}>
          <input
            id={`t-${bound}`}
            name={bound}
            type="number"
            min={1900}
            max={2100}
            defaultValue={filters[bound] ?? ""}
            className={inputClass}
          />
        </Field>
      ))}
      <Field id="t-order" label={t("timeline.order")}>
        {/* Oldest first is the default, so it sends an empty value and stays out of the URL. */}
        <Select
          id="t-order"
          name="order"
          value={order === "newest" ? order : undefined}
          anyLabel={t("timeline.orders.oldest")}
          options={[{ value: "newest", label: t("timeline.orders.newest") }]}
        />
      </Field>
      <div className="flex items-center gap-3">
        <button
          type="submit"
          className="rounded-md bg-accent px-4 py-1.5 text-sm font-medium text-white hover:bg-accent-strong"
        >
          {t("agreements.apply")}
        </button>
        <Link href="/timeline" className="whitespace-nowrap text-sm">
          {t("agreements.clear")}
        </Link>
      </div>
    </form>
  );
}
