import { drawMinistry, ministryPage } from "../record";

// Cached like the record's page (docs/decisions/0006).
export const revalidate = 300;

export const generateMetadata = ministryPage.generateFullMetadata;
export const generateStaticParams = ministryPage.generateStaticParams;

/** The ministry in full: every list whole, where its page's "All …" links lead. */
export default async function FullMinistryPage({ params }: PageProps<"/[locale]/ministries/[slug]/all">) {
  return ministryPage.render(params, drawMinistry, true);
}
