import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { HighlightedText } from "@/components/ui/highlighted-text";
import { FallbackMark } from "@/components/ui/localized-name";
import { PartialDate } from "@/components/ui/partial-date";
import { localized, localizedOptional } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { htmlLang } from "@/lib/i18n/routing";
import type { Locale } from "@/lib/schemas/vocab";
import type { AgreementSummary } from "@/lib/server/queries/agreements";
import { COMPARE_FORM_ID } from "./compare-form";
import { SignatoryList } from "./signatory-list";

/** The four columns on a wide screen; a phone stacks them as a card. */
const COLUMNS = "md:grid md:grid-cols-[minmax(0,1fr)_9rem_18rem_7rem] md:gap-x-4";

/**
 * One markup for every width: a list of rows that lines up as a table from `md`
 * (with a header row of its own) and stacks as cards on a phone. Each row is drawn
 * once, not once per layout, which halves what a search result page renders and sends.
 * A cell's label is shown on a phone and read by screen readers at every width.
 */
export async function AgreementResults({
  rows,
  terms,
}: {
  rows: readonly AgreementSummary[];
  terms: readonly string[];
}) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations();
  const label = "text-muted md:sr-only";
  return (
    <div className="overflow-hidden rounded-lg border border-line bg-white text-sm">
      <div
        aria-hidden="true"
        data-testid="results-columns"
        className={`hidden border-b border-line bg-paper px-4 py-2.5 text-xs font-medium tracking-wide text-muted uppercase ${COLUMNS}`}
      >
        <span>{t("agreements.colTitle")}</span>
        <span>{t("agreements.colSigned")}</span>
        <span>{t("agreements.colSignatories")}</span>
        <span>{t("agreements.colStatus")}</span>
      </div>
      <ul className="divide-y divide-line">
        {rows.map((a) => {
          const title = localized(a, "title", locale);
          const summary = localizedOptional(a, "summary", locale);
          const status = t(`agreementStatus.${a.status}` as "agreementStatus.signed");
          return (
            <li
              key={a.slug}
              className={`grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1.5 p-4 hover:bg-paper/60 md:py-3 ${COLUMNS}`}
              data-testid="agreement-row"
            >
              <div className="col-span-2 md:col-span-1">
                <div className="mb-1 flex flex-wrap items-center gap-2">
                  <Badge tone="accent">{t(`agreementKind.${a.kind}` as "agreementKind.mou")}</Badge>
                  <span className="md:hidden">
                    <Badge>{status}</Badge>
                  </span>
                  <ComparePick slug={a.slug} title={title.text} label={t("compare.pick")} />
                </div>
                <Link
                  href={`/agreements/${a.slug}`}
                  lang={htmlLang(title.lang)}
                  className="text-base leading-snug font-semibold text-ink no-underline hover:text-accent hover:underline md:text-sm"
                >
                  <HighlightedText text={title.text} terms={terms} />
                  <FallbackMark value={title} />
                </Link>
                {summary ? (
                  <p className="mt-1 line-clamp-2 text-muted" lang={htmlLang(summary.lang)}>
                    <HighlightedText text={summary.text} terms={terms} />
                    <FallbackMark value={summary} />
                  </p>
                ) : null}
              </div>
              <span className={label}>{t("agreements.colSigned")}</span>
              <div className="md:whitespace-nowrap">
                {a.signedOn ? (
                  <PartialDate value={a.signedOn} inferred={a.signedInferred} reasoning={a.signedReasoning} />
                ) : (
                  <span className="text-muted">{t("home.dateUnknown")}</span>
                )}
              </div>
              <span className={label}>{t("agreements.colSignatories")}</span>
              <SignatoryList bodies={a.signatories} />
              <div className="hidden md:block">
                <span className="sr-only">{t("agreements.colStatus")} </span>
                <Badge>{status}</Badge>
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/**
 * A checkbox of the compare form (agreements-view.tsx) by its `form` attribute: the
 * list itself is no form, so it still prints (print CSS hides forms) and the ticks
 * travel as `a=<slug>` to /compare without JavaScript.
 */
function ComparePick({ slug, title, label }: { slug: string; title: string; label: string }) {
  return (
    <label className="no-print ml-auto inline-flex cursor-pointer items-center gap-1.5 rounded px-1 text-xs text-muted hover:text-ink">
      <input
        type="checkbox"
        name="a"
        value={slug}
        form={COMPARE_FORM_ID}
        className="size-4 accent-[var(--color-accent)]"
        data-testid="compare-pick"
      />
      {label}
      <span className="sr-only">: {title}</span>
    </label>
  );
}
