import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { HighlightedText } from "@/components/ui/highlighted-text";
import { FallbackMark } from "@/components/ui/localized-name";
import { PartialDate } from "@/components/ui/partial-date";
import { localized, localizedOptional } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { htmlLang } from "@/lib/i18n/routing";
import type { AgreementSummary } from "@/lib/queries/agreements";
import type { Locale } from "@/lib/schemas/vocab";
import { AgreementCard } from "./agreement-card";
import { SignatoryList } from "./signatory-list";

/** A dense table on wide screens, cards on a phone. */
export async function AgreementResults({
  rows,
  terms,
}: {
  rows: readonly AgreementSummary[];
  terms: readonly string[];
}) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations();
  return (
    <>
      <div className="hidden overflow-hidden rounded-lg border border-line bg-white md:block">
        <table className="w-full border-collapse text-sm">
          <thead className="bg-paper text-left text-xs font-medium tracking-wide text-muted uppercase">
            <tr>
              <th scope="col" className="px-4 py-2.5">
                {t("agreements.colTitle")}
              </th>
              <th scope="col" className="w-36 px-4 py-2.5">
                {t("agreements.colSigned")}
              </th>
              <th scope="col" className="w-72 px-4 py-2.5">
                {t("agreements.colSignatories")}
              </th>
              <th scope="col" className="w-28 px-4 py-2.5">
                {t("agreements.colStatus")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {rows.map((a) => {
              const title = localized(a, "title", locale);
              const summary = localizedOptional(a, "summary", locale);
              return (
                <tr key={a.slug} className="align-top hover:bg-paper/60" data-testid="agreement-row">
                  <td className="px-4 py-3">
                    <div className="mb-1">
                      <Badge tone="accent">{t(`agreementKind.${a.kind}` as "agreementKind.mou")}</Badge>
                    </div>
                    <Link
                      href={`/agreements/${a.slug}`}
                      lang={htmlLang(title.lang)}
                      className="font-semibold text-ink no-underline hover:text-accent hover:underline"
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
                  </td>
                  <td className="px-4 py-3 whitespace-nowrap">
                    {a.signedOn ? (
                      <PartialDate value={a.signedOn} inferred={a.signedInferred} reasoning={a.signedReasoning} />
                    ) : (
                      <span className="text-muted">{t("home.dateUnknown")}</span>
                    )}
                  </td>
                  <td className="px-4 py-3">
                    <SignatoryList bodies={a.signatories} />
                  </td>
                  <td className="px-4 py-3">
                    <Badge>{t(`agreementStatus.${a.status}` as "agreementStatus.signed")}</Badge>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="grid gap-3 md:hidden">
        {rows.map((a) => (
          <AgreementCard key={a.slug} agreement={a} terms={terms} />
        ))}
      </div>
    </>
  );
}
