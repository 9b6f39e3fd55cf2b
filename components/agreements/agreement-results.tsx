import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { HighlightedText } from "@/components/ui/highlighted-text";
import { FallbackMark } from "@/components/ui/localized-name";
import { PartialDate } from "@/components/ui/partial-date";
import { excerpt } from "@/lib/highlight";
import { localized, localizedOptional } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { htmlLang } from "@/lib/i18n/routing";
import type { Locale } from "@/lib/schemas/vocab";
import type { AgreementSummary } from "@/lib/server/queries/agreements";
import { COMPARE_FORM_ID } from "./compare-form";
import { SignatoryList } from "./signatory-list";

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
  // Rows are styled from short classes (app/globals.css, .rows): a page draws twenty.
  const label = "cl";
  return (
    <div className="rows">
      <div aria-hidden="true" data-testid="results-columns" className="rows-head ag-cols">
        <span>{t("agreements.colTitle")}</span>
        <span>{t("agreements.colSigned")}</span>
        <span>{t("agreements.colSignatories")}</span>
        <span>{t("agreements.colStatus")}</span>
      </div>
      <ul>
        {rows.map((a) => {
          const title = localized(a, "title", locale);
          const summary = localizedOptional(a, "summary", locale);
          const status = t(`agreementStatus.${a.status}` as "agreementStatus.signed");
          return (
            <li key={a.slug} className="ag-row ag-cols" data-testid="agreement-row">
              <div className="col-span-2 md:col-span-1">
                <div className="row-badges">
                  <Badge tone="accent">{t(`agreementKind.${a.kind}` as "agreementKind.mou")}</Badge>
                  <ComparePick slug={a.slug} label={t("compare.pick")} />
                </div>
                <Link href={`/agreements/${a.slug}`} lang={htmlLang(title.lang)} className="row-title">
                  <HighlightedText text={title.text} terms={terms} />
                  <FallbackMark value={title} />
                </Link>
                {summary ? (
                  <p className="row-summary" lang={htmlLang(summary.lang)}>
                    <HighlightedText text={excerpt(summary.text, terms)} terms={terms} />
                    <FallbackMark value={summary} />
                  </p>
                ) : null}
              </div>
              <span className={label}>{t("agreements.colSigned")}</span>
              <div className="md:whitespace-nowrap">
                {a.signedOn ? (
                  <PartialDate value={a.signedOn} inferred={a.signedInferred} brief />
                ) : (
                  <span className="text-muted">{t("home.dateUnknown")}</span>
                )}
              </div>
              <span className={label}>{t("agreements.colSignatories")}</span>
              <SignatoryList bodies={a.signatories} />
              <span className={label}>{t("agreements.colStatus")}</span>
              <div>
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
 * travel as `a=<slug>` to /compare without JavaScript. Its name is "Compare"; the
 * row's title (by id) describes it.
 */
function ComparePick({ slug, label }: { slug: string; label: string }) {
  return (
    <label className="pick">
      <input
        type="checkbox"
        name="a"
        value={slug}
        form={COMPARE_FORM_ID}
        aria-describedby={`t-${slug}`}
        data-testid="compare-pick"
      />
      {label}
    </label>
  );
}
