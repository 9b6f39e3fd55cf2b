import { getLocale } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { HighlightedText } from "@/components/ui/highlighted-text";
import { FallbackMark } from "@/components/ui/localized-name";
import { PartialDate } from "@/components/ui/partial-date";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { htmlLang } from "@/lib/i18n/routing";
import { getTranslations } from "@/lib/i18n/translations";
import type { Locale } from "@/lib/schemas/vocab";
import type { AgreementSummary } from "@/lib/server/queries/agreements";
import { SignatoryList } from "./signatory-list";

export async function AgreementCard({
  agreement,
  terms = [],
}: {
  agreement: AgreementSummary;
  terms?: readonly string[];
}) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations();
  const title = localized(agreement, "title", locale);
  return (
    <article className="card shadow-xs" data-testid="agreement-card">
      <div className="flex flex-wrap items-center gap-2">
        <Badge tone="accent">{t(`agreementKind.${agreement.kind}` as "agreementKind.mou")}</Badge>
        <Badge>{t(`agreementStatus.${agreement.status}` as "agreementStatus.signed")}</Badge>
      </div>
      <h3 className="card-title leading-snug" lang={htmlLang(title.lang)}>
        <Link href={`/agreements/${agreement.slug}`}>
          <HighlightedText text={title.text} terms={terms} />
          <FallbackMark value={title} />
        </Link>
      </h3>
      <dl className="facts">
        <dt>{t("home.signed")}</dt>
        <dd>
          {agreement.signedOn ? (
            <PartialDate
              value={agreement.signedOn}
              inferred={agreement.signedInferred}
              reasoning={agreement.signedReasoning}
            />
          ) : (
            <span className="text-muted">{t("home.dateUnknown")}</span>
          )}
        </dd>
        <dt>{t("home.signatories")}</dt>
        <dd>
          <SignatoryList bodies={agreement.signatories} />
        </dd>
      </dl>
    </article>
  );
}
