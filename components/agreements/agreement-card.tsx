import { getLocale, getTranslations } from "next-intl/server";
import { Badge, sideTone } from "@/components/ui/badge";
import { PartialDate } from "@/components/ui/partial-date";
import { localized, sideOrder } from "@/lib/i18n/localized";
import type { AgreementSummary } from "@/lib/queries/agreements";
import type { Locale } from "@/lib/schemas/vocab";

export async function AgreementCard({ agreement }: { agreement: AgreementSummary }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations();
  const title = localized(agreement, "title", locale);
  const [first, second] = sideOrder(locale);
  const bySide = (side: string) => agreement.signatories.filter((s) => s.side === side);
  const others = agreement.signatories.filter((s) => s.side !== "KR" && s.side !== "CN");
  const groups = [
    { side: first, bodies: bySide(first) },
    { side: second, bodies: bySide(second) },
    ...(others.length > 0 ? [{ side: "INTL", bodies: others }] : []),
  ].filter((g) => g.bodies.length > 0);

  return (
    <article
      className="flex flex-col gap-3 rounded-lg border border-line bg-white p-4 shadow-xs"
      data-testid="agreement-card"
    >
      <div className="flex flex-wrap items-center gap-2">
        <Badge tone="accent">{t(`agreementKind.${agreement.kind}` as "agreementKind.mou")}</Badge>
        <Badge>{t(`agreementStatus.${agreement.status}` as "agreementStatus.signed")}</Badge>
      </div>
      <h3 className="text-base leading-snug font-semibold" lang={title.lang}>
        {title.text}
      </h3>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1.5 text-sm">
        <dt className="text-muted">{t("home.signed")}</dt>
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
        <dt className="text-muted">{t("home.signatories")}</dt>
        <dd>
          {groups.length === 0 ? (
            <span className="text-muted">{t("home.noSignatories")}</span>
          ) : (
            <ul className="space-y-1">
              {groups.flatMap((g) =>
                g.bodies.map((body) => {
                  const name = localized(body, "name", locale);
                  return (
                    <li key={body.slug} className="flex items-baseline gap-2">
                      <Badge tone={sideTone(body.side)}>{t(`side.${body.side}` as "side.KR")}</Badge>
                      <span lang={name.lang}>{name.text}</span>
                    </li>
                  );
                }),
              )}
            </ul>
          )}
        </dd>
      </dl>
    </article>
  );
}
