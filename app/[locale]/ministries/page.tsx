import { getTranslations } from "next-intl/server";
import { NewLink } from "@/components/editing/new-link";
import { CounterpartMatrix } from "@/components/ministries/counterpart-matrix";
import { Badge, sideTone } from "@/components/ui/badge";
import { FallbackMark, LocalizedName } from "@/components/ui/localized-name";
import { OtherLanguages } from "@/components/ui/other-languages";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { pageLocale, sectionMetadata } from "@/lib/i18n/alternates";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { htmlLang } from "@/lib/i18n/routing";
import { getMinistriesPage } from "@/lib/server/queries/ministries-page";

// Cached for everybody, revalidated on every edit (lib/server/cache/revalidate.ts) and at least
// every five minutes (dates such as "coming up" move on): docs/decisions/0006.
export const revalidate = 300;

export const generateMetadata = sectionMetadata("ministries", "/ministries");

export default async function MinistriesPage({ params }: PageProps<"/[locale]/ministries">) {
  const locale = await pageLocale(params);
  const t = await getTranslations();
  const { ministries, matrix } = await getMinistriesPage();
  const sides = locale === "zh" ? (["CN", "KR"] as const) : (["KR", "CN"] as const);
  const third = ministries.filter((m) => m.side !== "KR" && m.side !== "CN");
  const groups = [
    ...sides.map((side) => ({
      key: side,
      title: t(`side.${side}`),
      bodies: ministries.filter((m) => m.side === side),
    })),
    ...(third.length > 0 ? [{ key: "other", title: t("ministries.thirdParties"), bodies: third }] : []),
  ];

  return (
    <div className="space-y-10">
      <PageHeader title={t("ministries.title")} lead={t("ministries.lead")}>
        <NewLink entity="Ministry" />
      </PageHeader>

      <Section id="matrix" title={t("ministries.matrixTitle")}>
        <p className="text-sm text-muted">{t("ministries.matrixLead")}</p>
        <CounterpartMatrix matrix={matrix} />
      </Section>

      <div className="grid gap-10 lg:grid-cols-2">
        {groups.map((group) => (
          <Section key={group.key} id={`side-${group.key}`} title={group.title}>
            <ul className="space-y-3">
              {group.bodies.map((m) => {
                const name = localized(m, "name", locale);
                return (
                  <li key={m.slug} className="rounded-lg border border-line bg-white p-4" data-testid="ministry-card">
                    <div className="flex flex-wrap items-center gap-2">
                      <Badge tone={sideTone(m.side)}>{t(`side.${m.side}` as "side.KR")}</Badge>
                      <Badge>{t(`bodyKind.${m.kind}` as "bodyKind.ministry")}</Badge>
                      {m.abbreviation ? <span className="text-xs font-medium text-muted">{m.abbreviation}</span> : null}
                    </div>
                    <h3 className="mt-2 font-semibold" lang={htmlLang(name.lang)}>
                      <Link
                        href={`/ministries/${m.slug}`}
                        className="text-ink no-underline hover:text-accent hover:underline"
                      >
                        {name.text}
                        <FallbackMark value={name} />
                      </Link>
                    </h3>
                    <OtherLanguages values={{ en: m.nameEn, ko: m.nameKo, zh: m.nameZh }} shown={name.lang} />
                    <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted">
                      <span>{t("ministries.agreementCount", { count: m._count.signatures })}</span>
                      <span>{t("ministries.dialogueCount", { count: m._count.dialogues })}</span>
                      <span>{t("ministries.itemCount", { count: m._count.planItems })}</span>
                    </p>
                    {m.predecessor || m.successors.length > 0 ? (
                      <p className="mt-2 text-xs text-muted">
                        {m.predecessor ? (
                          <span>
                            {t("ministries.succeeded")}{" "}
                            <Link href={`/ministries/${m.predecessor.slug}`}>
                              <LocalizedName value={localized(m.predecessor, "name", locale)} />
                            </Link>
                          </span>
                        ) : null}
                        {m.successors.map((s) => (
                          <span key={s.slug}>
                            {t("ministries.succeededBy")}{" "}
                            <Link href={`/ministries/${s.slug}`}>
                              <LocalizedName value={localized(s, "name", locale)} />
                            </Link>
                          </span>
                        ))}
                      </p>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          </Section>
        ))}
      </div>
    </div>
  );
}
