import { drawMinistry, ministryPage } from "./record";

// Cached for everybody once first asked for (none at build time: there are thousands),
// revalidated on every edit and at least every five minutes: docs/decisions/0006.
export const revalidate = 300;

export const generateMetadata = ministryPage.generateMetadata;
export const generateStaticParams = ministryPage.generateStaticParams;

/** The ministry's page: the first screenful of each long list, with a link to the rest (./all). */
export default async function MinistryPage({ params }: PageProps<"/[locale]/ministries/[slug]">) {
  return ministryPage.render(params, drawMinistry);
}
