import { getLocale } from "next-intl/server";
import { langIfOther, rowWords, wordsFor } from "@/components/ui/row-words";
import { formatPartialDate } from "@/lib/dates";
import { excerpt, marked } from "@/lib/highlight";
import { localized, localizedOptional, sideOrder } from "@/lib/i18n/localized";
import { getTranslations } from "@/lib/i18n/translations";
import type { Locale } from "@/lib/schemas/vocab";
import type { AgreementSummary } from "@/lib/server/queries/agreements";
import { type AgreementLabels, type AgreementRow, AgreementRows, type Signer } from "./agreement-rows";
import { COMPARE_FORM_ID } from "./compare-form";

/**
 * The rows of /agreements, drawn by a client component from compact data
 * (agreement-rows.tsx): the page's RSC payload then carries each row's data, not its
 * element tree (issue 19). The words come once a page.
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
  // Only the words of the codes the page's rows use.
  const labels: AgreementLabels = {
    cols: [
      t("agreements.colTitle"),
      t("agreements.colSigned"),
      t("agreements.colSignatories"),
      t("agreements.colStatus"),
    ],
    kinds: wordsFor(
      rows.map((a) => a.kind),
      (k) => t(`agreementKind.${k}` as "agreementKind.mou"),
    ),
    statuses: wordsFor(
      rows.map((a) => a.status),
      (s) => t(`agreementStatus.${s}` as "agreementStatus.signed"),
    ),
    sides: wordsFor(
      rows.flatMap((a) => a.signatories.map((s) => s.side)),
      (s) => t(`side.${s}` as "side.KR"),
    ),
    compare: t("compare.pick"),
    form: COMPARE_FORM_ID,
    dateUnknown: t("home.dateUnknown"),
    noSignatories: t("home.noSignatories"),
  };
  return <AgreementRows rows={rows.map((a) => toRow(a, locale, terms))} labels={labels} words={await rowWords()} />;
}

function toRow(a: AgreementSummary, locale: Locale, terms: readonly string[]): AgreementRow {
  const title = localized(a, "title", locale);
  const summary = localizedOptional(a, "summary", locale);
  const row: AgreementRow = { u: a.slug, k: a.kind, s: a.status, t: marked(title.text, terms) };
  const tl = langIfOther(title, locale);
  if (tl) row.tl = tl;
  if (summary) {
    row.m = marked(excerpt(summary.text, terms), terms);
    const ml = langIfOther(summary, locale);
    if (ml) row.ml = ml;
  }
  if (a.signedOn) row.d = [a.signedOn, formatPartialDate(a.signedOn, locale)];
  if (a.signedOn && a.signedInferred) row.di = 1;
  if (a.signatories.length > 0) row.g = signers(a.signatories, locale);
  return row;
}

/** Signatories in the reader's side order (Korea–China, or 中韩 in Chinese), as SignatoryList sorts them. */
function signers(bodies: AgreementSummary["signatories"], locale: Locale): Signer[] {
  const order: readonly string[] = sideOrder(locale);
  const rank = (side: string) => (order.includes(side) ? order.indexOf(side) : order.length);
  return [...bodies]
    .sort((a, b) => rank(a.side) - rank(b.side))
    .map((body) => {
      const name = localized(body, "name", locale);
      const lang = langIfOther(name, locale);
      return lang ? [body.side, name.text, lang] : [body.side, name.text];
    });
}
