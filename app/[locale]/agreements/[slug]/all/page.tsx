import { agreementPage, drawAgreement } from "../record";

// Cached like the record's page (docs/decisions/0006).
export const revalidate = 300;

export const generateMetadata = agreementPage.generateFullMetadata;
export const generateStaticParams = agreementPage.generateStaticParams;

/** The agreement in full: every list whole, where its page's "All …" links lead. */
export default async function FullAgreementPage({ params }: PageProps<"/[locale]/agreements/[slug]/all">) {
  return agreementPage.render(params, drawAgreement, true);
}
