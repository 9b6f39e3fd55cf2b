import { getTranslations } from "next-intl/server";
import { NewLink } from "@/components/editing/new-link";
import { CounterpartMatrix } from "@/components/ministries/counterpart-matrix";
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
            {/* One compact row per body: the section already names the side (app/globals.css, .mc). */}
            <ul className="rows">
              {group.bodies.map((m) => {
                const name = localized(m, "name", locale);
                return (
                  <li key={m.slug} className="mc" data-testid="ministry-card">
                    <h3 lang={htmlLang(name.lang)}>
                      <Link href={`/ministries/${m.slug}`}>
                        {name.text}
                        <FallbackMark value={name} />
                      </Link>
                      {m.abbreviation ? <span> {m.abbreviation}</span> : null}
                    </h3>
                    <OtherLanguages values={{ en: m.nameEn, ko: m.nameKo, zh: m.nameZh }} shown={name.lang} />
                    <p>
                      {t(`bodyKind.${m.kind}` as "bodyKind.ministry")} ·{" "}
                      {[
                        t("ministries.agreementCount", { count: m._count.signatures }),
                        t("ministries.dialogueCount", { count: m._count.dialogues }),
                        t("ministries.itemCount", { count: m._count.planItems }),
                      ].join(" · ")}
                    </p>
                    {m.predecessor || m.successors.length > 0 ? (
                      <p>
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
