import { NewLink } from "@/components/editing/new-link";
import { CounterpartMatrix } from "@/components/ministries/counterpart-matrix";
import { MinistryRows } from "@/components/ministries/ministry-directory";
import { ministryDirectory } from "@/components/ministries/ministry-directory-data";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { pageLocale, sectionMetadata } from "@/lib/i18n/alternates";
import { getTranslations } from "@/lib/i18n/translations";
import { getMinistriesPage } from "@/lib/server/queries/ministries-page";

// Cached for everybody, revalidated on every edit (lib/server/cache/revalidate.ts) and at least
// every five minutes (dates such as "coming up" move on): docs/decisions/0006.
export const revalidate = 300;

export const generateMetadata = sectionMetadata("ministries", "/ministries");

export default async function MinistriesPage({ params }: PageProps<"/[locale]/ministries">) {
  const locale = await pageLocale(params);
  const t = await getTranslations("ministries");
  // The rows are drawn on the client from short data: the page's RSC payload then carries
  // the data rather than the rows' element tree (issue 19).
  const directory = await ministryDirectory(await getMinistriesPage(), locale);

  return (
    <div className="space-y-10">
      <PageHeader title={t("title")} lead={t("lead")}>
        <NewLink entity="Ministry" />
      </PageHeader>
      <Section id="matrix" title={directory.words.matrixTitle}>
        <p className="text-sm text-muted">{directory.words.matrixLead}</p>
        <CounterpartMatrix matrix={directory.matrix} words={directory.words.matrix} names={directory.words} />
      </Section>
      <div className="grid gap-10 lg:grid-cols-2">
        {directory.groups.map((group) => (
          <Section key={group.k} id={`side-${group.k}`} title={group.t}>
            <MinistryRows group={group} words={directory.words} />
          </Section>
        ))}
      </div>
    </div>
  );
}
